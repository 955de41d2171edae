# if / elif / else, while / else, for / else, break, continue.
if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1
elif b: x = 2
else: x = 3
while True:
    break
while x < 10:
    x += 1
    if x == 5:
        continue
else:
    done()
for i in range(10):
    if i == 3:
        continue
    if i == 8:
        break
else:
    print('no break')
for i in range(3): print(i)
while False: pass
if x:
    if y:
        pass
    else:
        pass
elif z:
    while w:
        for q in r:
            break
        else:
            continue
