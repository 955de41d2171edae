# open(): text and binary write, read, readline, readlines, iteration, with, modes.
path = '/tmp/mnemo_case_open_files.txt'
with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second line\nthird'), f.closed, f.mode, f.name == path)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path, 'r') as f:
    print(f.readlines())
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip('\n'))
with open(path, 'a') as f:
    f.write('\nappended')
f = open(path)
print(f.read().splitlines())
f.close()
with open(path, 'wb') as f:
    f.write(b'\x00\x01binary\xff')
with open(path, 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo €\n')
with open(path, encoding='utf-8') as f:
    print(f.read(3), repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(list(f), f.read(), repr(f.readline()))
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    open('/tmp/mnemo_no_such_dir/x.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
try:
    with open(path, 'w') as f:
        f.read()
except OSError as e:
    print(type(e).__name__ + ':', e)
