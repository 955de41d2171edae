# Function objects: names, qualnames, docs, modules, annotations, identity.
def outer():
    """Outer docstring."""
    def inner(x: int) -> str:
        return str(x)
    return inner
inner = outer()
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(inner.__name__, inner.__qualname__, inner.__doc__, inner.__annotations__)
class K:
    def method(self):
        pass
print(K.method.__qualname__, K().method.__name__, K().method.__func__ is K.method)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, type(lam).__name__, callable(lam))
inner.extra = 'custom attribute'
print(inner.extra, inner.__dict__)
print(outer.__code__.co_name, outer.__code__.co_filename.endswith('func_attributes.py'), inner.__code__.co_varnames)
print(type(outer.__code__).__name__, outer.__globals__ is globals())
outer.__name__ = 'renamed'
print(outer.__name__, outer.__qualname__)
