import types, sys

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b, vars(ns))
ns.c = [1, 2]
del ns.b
print(ns, repr(ns))
try:
    types.SimpleNamespace({'x': 1}, y=2)
except TypeError as e:
    print('TypeError', e)
print(ns == types.SimpleNamespace(a=1, c=[1, 2]), ns == types.SimpleNamespace(a=1), ns != 3)
ns.me = ns
print(ns)
try:
    hash(ns)
except TypeError as e:
    print('TypeError', e)

class Point(types.SimpleNamespace):
    pass
print(Point(x=1, y=2))

def f(): pass
def g(): yield 1
class C:
    __slots__ = ('s',)
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(sys, types.ModuleType))
print(isinstance(C.__dict__, types.MappingProxyType), isinstance(f.__code__, types.CodeType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.CellType)
print(types.MemberDescriptorType, types.GetSetDescriptorType, types.MethodDescriptorType)
m = types.ModuleType('made', 'a doc')
print(m.__name__, m.__doc__)
try:
    raise KeyError('k')
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

Meta = type('Meta', (type,), {})
K = types.new_class('K', (), {'metaclass': Meta}, lambda ns: ns.update(answer=42))
print(type(K).__name__, K.answer, K.__name__, K.__bases__)
print(types.resolve_bases((int, list[int])))
print(types.prepare_class('Z', (int,)))

class Base:
    pass
class Alias:
    def __mro_entries__(self, bases):
        return (Base,)
D = types.new_class('D', (Alias(),))
print(D.__bases__ == (Base,), type(D.__orig_bases__[0]).__name__)
