# The caret line marks the operator of a failing binary operation.
def combine(a, b):
    label = 'total: '
    return label + a * b + len(label)

print(combine(2, 3))
