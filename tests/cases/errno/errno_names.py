import errno, os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95])
print(sorted(errno.errorcode.items())[:5])
print(len(errno.errorcode), sum(1 for n in dir(errno) if n.startswith('E')))
print(sorted(n for n in dir(errno) if n.startswith('E') and getattr(errno, n) < 20))

try:
    open('/no/such/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir('.')
except OSError as e:
    print(type(e).__name__, e.errno == errno.EEXIST)
