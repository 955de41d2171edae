# Reading the running script through __file__.
with open(__file__) as f:
    lines = f.readlines()
print(len(lines), lines[0].rstrip())
print(__file__.endswith('builtins/read_own_source.py'))
