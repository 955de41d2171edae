# Assignment expressions.
if (n := len('hello')) > 3:
    print('long', n)
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print((z := 10) + z)

def f():
    [w := k for k in range(3)]
    return w
print(f())
