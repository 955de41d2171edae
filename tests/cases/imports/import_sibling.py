# Importing a .py file next to the script: import, import as, from import.
import _greet
import _greet as g
from _greet import hello, GREETING as G
print(_greet.hello('world'), g is _greet, hello is _greet.hello, G)
print(_greet.__name__, _greet.__doc__, type(_greet).__name__)
print(_greet.__file__.endswith('imports/_greet.py'), _greet._private())
print(sorted(n for n in dir(_greet) if not n.startswith('__')))
_greet.GREETING = 'Hi'
print(hello('again'))
