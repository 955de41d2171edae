# Interned strings: the interning table's reference is not counted, as in CPython 3.11.
import sys

print(sys.getrefcount("hello"))          # the code's constant, the unit's arena, the argument
s = "hello"
print(sys.getrefcount(s))
print(sys.getrefcount("hello world"))    # not identifier-like: not interned
built = "".join(["ab", "cd"])
print(sys.getrefcount(built))
same = sys.intern(built)
print(same is built, sys.getrefcount(built))
again = sys.intern("".join(["a", "bcd"]))
print(again is built, sys.getrefcount(built))
del same, again
print(sys.getrefcount(built))


def f():
    return "local_constant"


r = f()
print(sys.getrefcount(r))
del f
print(sys.getrefcount(r))
