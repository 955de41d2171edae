# Packages: __init__.py runs first, submodules, attribute binding on the parent.
import pkg
print(pkg.VERSION, pkg.square(5), pkg.__name__, pkg.__package__)
import pkg.sub
print(pkg.sub.__name__, pkg.sub.__package__, pkg.sub.square is pkg.square)
from pkg import sub
from pkg.sub import square
print(sub is pkg.sub, square(6))
import pkg.sub as ps
print(ps is sub, pkg.__file__.endswith('pkg/__init__.py'), hasattr(pkg, '__path__'))
import sys
print(sorted(k for k in sys.modules if k.startswith('pkg')))
try:
    import pkg.nothing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
