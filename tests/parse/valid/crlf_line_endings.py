# This file uses CRLF line endings.
x = 1
if x:
    y = 'a'
    z = '''multi
line'''
def f():
    return x + \
        1
