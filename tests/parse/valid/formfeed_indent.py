# A form feed at the start of a line resets the indentation count.

def f():
    return 1

class C:
    x = 1
    y = 2
