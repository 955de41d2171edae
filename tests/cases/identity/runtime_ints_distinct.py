# Ints above 256 computed at run time are distinct objects.
x = 1000
y = int('1000')
print(x == y, x is y)
a = 500
b = a * 2
c = a + a
print(b == c, b is c)
big1 = 2 ** 100
big2 = 2 ** 100
print(big1 == big2)
lst = [i * 1000 for i in range(3)]
lst2 = [i * 1000 for i in range(3)]
print(lst == lst2, lst[2] is lst2[2], lst[0] is lst2[0])
def compute(k):
    return k * 300
print(compute(2) is compute(2), compute(0) is compute(0))
