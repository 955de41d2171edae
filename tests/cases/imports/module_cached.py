# A module's body runs once; later imports come from sys.modules.
import sys
print('_counted' in sys.modules)
import _counted
import _counted
from _counted import loads
print('_counted' in sys.modules, sys.modules['_counted'] is _counted, loads)
def again():
    import _counted as c
    return c is _counted
print(again())
del sys.modules['_counted']
import _counted as fresh
print(fresh is _counted)
try:
    import _raises
except ValueError as e:
    print('ValueError:', e)
print('_raises' in sys.modules)
print(sys.modules['__main__'].__name__, sys.modules['sys'] is sys)
