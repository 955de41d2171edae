# The class body runs once, top to bottom; names defined there become attributes.
print('before class')
class C:
    print('in class body')
    a = 1
    b = a + 1
    lst = [a, b]
    def m(self):
        return self.b
    del a
    if b > 1:
        flag = 'yes'
    for i in range(3):
        pass
print('after class')
print(C.b, C.lst, C.flag, C.i, hasattr(C, 'a'), C().m())
print(C.__qualname__, '__dict__' in dir(C), type(C.__dict__).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        type(self).last = self
for _ in range(3):
    Counter()
print(Counter.instances, Counter.last is not None)
