# Several dedents at once, and dedent at end of file.
if a:
    if b:
        if c:
            x = 1
    y = 2
z = 3
for i in r:
    for j in s:
        for k in t:
            pass