# send(): values into a running generator.
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'
e = echo()
print(next(e), e.send(1), e.send('two'), next(e))
g = echo()
try:
    g.send('too early')
except TypeError as ex:
    print('TypeError:', ex)
