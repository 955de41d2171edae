# A failure inside nested generators shows each generator frame.
def source():
    yield 1
    yield 'two'

def doubled(it):
    for x in it:
        yield x * 2 + 0

for value in doubled(source()):
    print(value)
