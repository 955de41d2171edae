# import inside a function binds a local name.
def use():
    import _greet
    from _greet import hello as h
    return h('local'), 'h' in locals(), '_greet' in locals()
print(use())
print('_greet' in globals())
import sys
print('_greet' in sys.modules)
