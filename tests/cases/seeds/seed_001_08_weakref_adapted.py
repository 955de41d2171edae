# The weakref example of seeds/001_7e4ff41e4f75ebf5.txt, adapted: CPython prints the object
# (<__main__.MyClass object at 0x...>, an address); the case prints its type name instead.
import weakref
class MyClass:
    pass
obj = MyClass()
weak_obj = weakref.ref(obj)
print(type(weak_obj()).__name__) # Access the object through a weak reference
