# type() with one and three arguments; classes are objects.
print(type(1), type('s'), type([]), type(None), type(type), type(object), type(len), type(print).__name__)
Dyn = type('Dyn', (), {'greet': lambda self: 'hi from ' + type(self).__name__, 'n': 3})
d = Dyn()
print(Dyn.__name__, d.greet(), d.n, Dyn.__bases__, Dyn.__mro__)
Sub = type('Sub', (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn), type(Sub) is type)
print(type(d) is Dyn, isinstance(Dyn, type), isinstance(type, object), isinstance(object, type))
classes = {}
for name in ['Alpha', 'Beta']:
    classes[name] = type(name, (object,), {'label': name.lower()})
print([c().label for c in classes.values()])
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError:', e)
