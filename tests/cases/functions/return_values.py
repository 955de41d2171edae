# Implicit None return, multiple returns, early return, return in loops.
def nothing():
    x = 1
def pair():
    return 1, 2
def early(n):
    for i in range(n):
        if i == 3:
            return 'found 3'
    return 'none'
def empty_return():
    return
print(nothing(), pair(), early(10), early(2), empty_return())
a, b = pair()
print(a + b)
