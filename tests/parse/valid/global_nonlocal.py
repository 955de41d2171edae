# global and nonlocal declarations.
global counter
counter = 0
a = b = 0


def bump():
    global counter
    counter += 1


def several():
    global a, b
    a, b = b, a


def outer():
    x = 1
    y = 2

    def inner():
        nonlocal x
        x += 1

        def innermost():
            nonlocal x, y
            global counter
            x = y = counter

        return innermost

    return inner
