# from M import name, when M has no such name (the message names M's file).
from _greet import hello
print(hello('x'))
from _greet import goodbye
