# os: working directory, mkdir/makedirs, listdir, rename, remove, stat, environ, getpid,
# walk, and os.path; with CPython's OSError subclasses and messages.
import os
import os.path

base = os.path.join('tests', '_os_case_tmp')
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.mkdir(base)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
with open(os.path.join(base, 'f.txt'), 'w') as f:
    f.write('hello')
print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, 'a')), os.path.isfile(os.path.join(base, 'f.txt')))
print(os.path.exists(base), os.path.exists(os.path.join(base, 'nope')), os.path.getsize(os.path.join(base, 'f.txt')))
st = os.stat(os.path.join(base, 'f.txt'))
print(st.st_size, st[6], isinstance(st.st_mtime, float), st.st_mtime > 1e9)
os.rename(os.path.join(base, 'f.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
print([(os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(base)])
tests = [
    ('remove missing', lambda: os.remove(os.path.join(base, 'missing.txt'))),
    ('mkdir existing', lambda: os.mkdir(base)),
    ('rmdir non-empty', lambda: os.rmdir(base)),
    ('listdir missing', lambda: os.listdir(os.path.join(base, 'nope'))),
    ('rename missing', lambda: os.rename('no_such_src', 'dst')),
    ('makedirs existing', lambda: os.makedirs(os.path.join(base, 'a'))),
    ('remove dir', lambda: os.remove(os.path.join(base, 'a'))),
    ('stat missing', lambda: os.stat('no_such_file')),
    ('listdir int', lambda: os.listdir(3.5)),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except OSError as e:
        print(text, '->', type(e).__name__, e.errno, str(e).replace(os.getcwd(), '<cwd>'))
    except TypeError as e:
        print(text, '->', 'TypeError:', e)
os.remove(os.path.join(base, 'g.txt'))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base))
cwd = os.getcwd()
os.chdir('tests')
print(os.path.basename(os.getcwd()), os.path.abspath('x') == os.path.join(cwd, 'tests', 'x'))
os.chdir(cwd)
print(os.getcwd() == cwd, isinstance(os.getpid(), int), os.getpid() > 0)
os.environ['MNEMO_TEST_VAR'] = 'value 1'
print(os.environ['MNEMO_TEST_VAR'], os.getenv('MNEMO_TEST_VAR'), 'MNEMO_TEST_VAR' in os.environ)
del os.environ['MNEMO_TEST_VAR']
print(os.getenv('MNEMO_TEST_VAR'), os.getenv('MNEMO_TEST_VAR', 'dflt'), os.environ.get('NOPE_NOPE'))
try:
    os.environ['MNEMO_NOPE']
except KeyError as e:
    print('KeyError', e)
print(os.sep, os.pathsep, os.linesep == '\n', os.name, os.curdir, os.pardir)
p = os.path
print(p.join('a', 'b', 'c.txt'), p.join('/a', '/b'), p.join('a/', 'b'), p.join('a', ''))
print(p.split('/x/y/z.py'), p.split('z.py'), p.splitext('archive.tar.gz'), p.splitext('.bashrc'), p.splitext('a.b/c'))
print(p.basename('/x/y/z.py'), p.dirname('/x/y/z.py'), p.dirname('z'), p.basename('/x/y/'))
print(p.normpath('/a//b/./c/../d'), p.normpath(''), p.normpath('../x/..'), p.isabs('/a'), p.isabs('a'))
print(p.abspath('/a/b/../c'), p.relpath('/a/b/c', '/a/d'), p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']))
print(p.expanduser('~nosuchuser_zz/x'), p.splitdrive('/a/b'))
