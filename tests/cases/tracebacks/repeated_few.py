# Fewer than four identical frames are all printed; more collapse.
def countdown(n):
    if n == 0:
        raise ValueError('reached zero')
    countdown(n - 1)

try:
    countdown(2)
except ValueError:
    pass
countdown(5)
