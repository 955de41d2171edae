# args, str, repr of exceptions; attributes of particular exceptions.
for e in [Exception(), Exception('msg'), Exception('a', 2), ValueError(''), KeyError('key'), KeyError('a', 'b'),
          IndexError(5), OSError(2, 'No such file'), StopIteration(7), SystemExit(3), UnicodeError('u')]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    raise StopIteration('val')
except StopIteration as s:
    print(s.value)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    'x'.undefined_attr
except AttributeError as e:
    print(e.name, e.obj)
try:
    undefined_name_here
except NameError as e:
    print(e.name)
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit('msg').code)
ex = ValueError('original')
ex.args = ('changed', 1)
print(ex, ex.args)
print(BaseException.__name__, type(ValueError('x').__traceback__).__name__)
try:
    raise ValueError('with tb')
except ValueError as e2:
    print(type(e2.__traceback__).__name__, e2.__traceback__.tb_lineno)
