# RecursionError: repeated frames collapse into '[Previous line repeated N more times]'.
def walk(node):
    return walk(node + 1)

print('start')
walk(0)
