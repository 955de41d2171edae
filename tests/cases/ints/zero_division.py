# Uncaught ZeroDivisionError from integer modulo.
def ratio(a, b):
    return a % b
print(ratio(7, 3))
print(ratio(7, 0))
