# os.scandir (DirEntry name/path/is_dir/is_file/is_symlink/stat, context manager) and the
# stat module's predicates, on a directory tree the case makes and removes.
import os
import stat

base = 'scandir_case_tmp'
os.makedirs(os.path.join(base, 'sub', 'deeper'))
with open(os.path.join(base, 'a.txt'), 'w') as f:
    f.write('hello')
with open(os.path.join(base, 'sub', 'b.txt'), 'w') as f:
    f.write('x' * 10)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          stat.S_ISDIR(e.stat().st_mode), stat.S_ISREG(e.stat().st_mode), os.fspath(e))
print([e.stat().st_size for e in entries if e.is_file()], entries[0].inode() > 0)
print(type(entries[0]).__name__, type(os.scandir(base)).__name__)
it = os.scandir(base)
first = next(it)
it.close()
print(list(it))
print(sorted(e.name for e in os.scandir(os.path.join(base, 'sub'))))
cwd = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()))
os.chdir(cwd)
for root, dirs, files in sorted(os.walk(base)):
    print(root, sorted(dirs), sorted(files))
print(stat.filemode(os.stat(base).st_mode)[0], stat.S_IFMT(os.stat(base).st_mode) == stat.S_IFDIR,
      stat.S_ISLNK(os.lstat(base).st_mode))
try:
    os.scandir('no_such_dir_here')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
os.remove(os.path.join(base, 'sub', 'b.txt'))
os.remove(os.path.join(base, 'a.txt'))
os.removedirs(os.path.join(base, 'sub', 'deeper'))
print(os.path.exists(base))
