# __name__ is '__main__' in the script and the module name in an imported module.
import _greet
print(__name__, _greet.__name__)
if __name__ == '__main__':
    print('running as the main program')
import sys
print(sys.modules[__name__] is sys.modules['__main__'])
