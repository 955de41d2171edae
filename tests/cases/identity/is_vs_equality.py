# == compares values, 'is' compares identity.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
e1, e2, t0 = [], [], ()
print(e1 is e2, {} == {}, t0 is tuple())
class AlwaysEqual:
    def __eq__(self, other):
        return True
x = AlwaysEqual()
print(x == 5, x is x, x == None, x is None)
nan = float('nan')
lst = [nan]
print(nan == nan, nan in lst, lst == [nan], lst.count(nan), lst.index(nan))
print(1 == 1.0, (1).__eq__(1.0), (1.0).__eq__(1))
print(id(a) == id(c), id(a) == id(b))
