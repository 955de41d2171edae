# Equal constants in one script are one object (the compiler merges them).
x = 1000
y = 1000
print(x is y)
s = 'not an identifier!'
t = 'not an identifier!'
print(s is t)
f1 = 2.5
f2 = 2.5
print(f1 is f2)
def func():
    return 1000
print(func() is x)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
