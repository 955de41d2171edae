import stat

names = sorted(n for n in dir(stat) if n[:1].isupper())
for n in names:
    v = getattr(stat, n)
    if callable(v):
        continue
    print(n, v)

kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO,
         stat.S_IFLNK, stat.S_IFSOCK, 0]
tests = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK",
         "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
for k in kinds:
    mode = k | 0o644
    print(oct(mode), [t for t in tests if getattr(stat, t)(mode)],
          oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), stat.filemode(mode))

for perm in [0o7777, 0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1776, 0, 0o111, 0o421, 0o777]:
    print(oct(perm), stat.filemode(stat.S_IFREG | perm), stat.filemode(perm),
          stat.filemode(stat.S_IFDIR | perm))
print(stat.filemode(0o170777), stat.S_IMODE(0o170777), stat.S_IFMT(0o170777))
import os
st = os.stat("tests")
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.filemode(st.st_mode)[0])
for bad in ["x", None, 1.5]:
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.filemode):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError")
