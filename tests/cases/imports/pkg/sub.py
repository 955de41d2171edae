print('loading pkg.sub, __name__ =', __name__, '__package__ =', __package__)
def square(x):
    return x * x
