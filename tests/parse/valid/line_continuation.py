# Backslash continuations, in and around statements and expressions.
x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
z = [1,
     2,
     3]
with a as b, \
        c as d:
    pass
assert x, \
    'message'
def f(a,
      b):
    return a + \
        b
s = 'abc' \
    'def'
total = (1 +
         2) * \
    3
del x, \
    y
import os, \
    sys
