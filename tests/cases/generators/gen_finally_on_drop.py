# A suspended generator is closed when its last reference goes away: its finally block runs then.
def resource(name):
    print('open', name)
    try:
        yield 1
        yield 2
    finally:
        print('close', name)
for x in resource('loop'):
    print('got', x)
    break
print('after loop')
g = resource('named')
next(g)
print('dropping g')
g = None
print('after drop')
def consume():
    r = resource('local')
    return next(r)
print('consume returned', consume())
first = next(resource('temporary'))
print('first was', first)
