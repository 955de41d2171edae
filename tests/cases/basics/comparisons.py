# Comparison operators, chaining and mixed numeric types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(True == 1, False == 0, True + True)
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print(None is None, None == None, None is not None)
print(1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'x' not in 'abc')

def noisy(v):
    print('eval', v)
    return v

print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(1 == 1.0 == True)
print(float('nan') == float('nan'), float('nan') != float('nan'))
