# __import__ and __build_class__.
m = __import__('sys')
print(m.__name__, m is __import__('sys'))
import sys
print(m is sys, callable(__build_class__), callable(__import__))
class Base:
    def greet(self):
        return 'hello from ' + type(self).__name__
Made = __build_class__(lambda: None, 'Made', Base)
print(Made.__name__, Made.__bases__, Made().greet(), type(Made).__name__)
try:
    __import__('no_such_module_for_import_builtin')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
