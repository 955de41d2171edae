# Platform facts from sys.
import sys
print(sys.version.startswith('3.11'), sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[3] in ('alpha', 'beta', 'candidate', 'final'))
print(isinstance(sys.implementation.name, str), sys.implementation.version[:2] == sys.version_info[:2] or isinstance(sys.implementation.version, tuple))
print(sys.platform, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), sys.path[0].endswith('tests/cases/sys'))
print(type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys)
print(sys.getrecursionlimit(), callable(sys.getrefcount), callable(sys.getsizeof), callable(sys.intern))
