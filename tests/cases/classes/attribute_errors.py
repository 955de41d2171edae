# AttributeError messages on instances, classes, modules and builtins.
import sys
class Thing:
    def __init__(self):
        self.value = 1
t = Thing()
for expr in [lambda: t.valeu, lambda: Thing.nope, lambda: (1).foo, lambda: 'x'.foo, lambda: None.foo,
             lambda: [].push, lambda: sys.nothing_here, lambda: len.__wrapped__]:
    try:
        expr()
    except AttributeError as e:
        print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
