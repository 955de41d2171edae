# if/elif/else, while/else, for/else, break, continue.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'

for n in (-5, 0, 3, 42):
    print(n, classify(n))

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print('even', i)
else:
    print('while finished without break')
print('after while', i)

j = 0
while j < 3:
    j += 1
else:
    print('while else ran', j)

for k in range(5):
    if k == 10:
        break
else:
    print('for else ran')

for k in range(5):
    if k == 2:
        print('breaking at', k)
        break
else:
    print('not printed')

for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
print()
for x in []:
    print('never')
else:
    print('empty loop else')
