# OSError(errno, strerror, filename[, winerror, filename2]): args keeps (errno, strerror), the
# filenames are attributes; str() shows them; BlockingIOError's third argument is a count.
def show(e):
    print(type(e).__name__, e.args, repr(e.errno), repr(e.strerror), repr(e.filename),
          repr(e.filename2), '|', str(e), '|', repr(e))

for args in [(), (1,), (2, 'No such file'), (2, 'No such file', 'f.txt'),
             (2, 'x', 'f.txt', None), (2, 'x', 'a', None, 'b'), (2, 'x', None),
             (2, 'x', None, None, 'b'), (1, 2, 3, 4, 5, 6), ('a', 'b', 'c'), (13, 'denied', 'p')]:
    show(OSError(*args))

e = OSError(2, 'x', 'f')
e.filename = 'g'
e.errno = 5
print(e.args, e, e.filename, e.errno)
e.filename2 = 'h'
print(e)
e.args = (7, 'y')
print(e.args, e, e.errno)
del e.filename
print(repr(e.filename), e)

show(FileNotFoundError(2, 'No such file or directory', 'nope.txt'))
class MyErr(OSError):
    pass
show(MyErr(13, 'denied', 'p', None, 'q'))
class Init(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
i = Init(2, 'gone', 'path')
show(i)
print(i.extra, i.__dict__)

# A subclass that overrides __init__ without calling OSError's: args start empty.
class NoSuper(OSError):
    def __init__(self, a, b, c):
        self.abc = (a, b, c)
n = NoSuper(2, 'x', 'f')
show(n)
print(n.abc)
class OwnNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
show(OwnNew(2, 'x', 'f'))

try:
    raise OSError(2, 'msg', 'file')
except FileNotFoundError as ex:
    print('caught', ex, ex.args, ex.filename)

b = BlockingIOError(11, 'again', 5)
print(b.args, b.characters_written, b.filename, b)
b.characters_written = 7
print(b.characters_written)
try:
    BlockingIOError(11, 'again').characters_written
except AttributeError as ex:
    print('AttributeError:', ex)

try:
    OSError(2, 'x', 'f', flag=1)
except TypeError as ex:
    print('TypeError:', ex)

try:
    open('/nonexistent/dir/file.txt')
except OSError as ex:
    print(type(ex).__name__, ex.args, ex.errno, ex.filename, ex)
