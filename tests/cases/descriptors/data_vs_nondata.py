# Data descriptors beat the instance dict; non-data descriptors lose to it.
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from non-data descriptor'
class Data:
    def __get__(self, obj, objtype=None):
        return 'from data descriptor'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d)
c.__dict__['nd'] = 'instance dict wins'
c.__dict__['d'] = 'instance dict loses'
print(c.nd, c.d)
c.d = 5
print(c.__dict__)
def plain(self):
    return 'function is a non-data descriptor'
C.f = plain
c2 = C()
print(c2.f())
c2.f = lambda: 'instance attribute shadows method'
print(c2.f())
print(C.__dict__['f'].__get__(c2, C)(), C.f(c2))
