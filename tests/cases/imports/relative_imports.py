# Relative imports inside a package (from . and from ..).
from pkg.inner import thing, leaf
print(thing)
print(leaf.__name__, leaf.__package__)
import pkg.inner, sys
print(pkg.inner.sub is sys.modules['pkg.sub'], pkg.inner.leaf is leaf)
