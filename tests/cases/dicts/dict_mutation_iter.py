# Changing a dict's size while iterating raises RuntimeError.
d = {i: i * i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 100
except RuntimeError as e:
    print('RuntimeError:', e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 'a'}
for k in d:
    d[k] = 'changed'
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    {}[[]]
except TypeError as e:
    print('TypeError:', e)
