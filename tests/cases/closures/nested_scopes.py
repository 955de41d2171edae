# Three levels of nesting, shadowing, and class bodies that do not form scopes for methods.
x = 'global'
def level1():
    x = 'level1'
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())
def shadow():
    x = 'shadow'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
class C:
    y = 'class attr'
    def method(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
print(C().method())
def uses_later():
    def f():
        return later
    later = 'bound later'
    return f()
print(uses_later())
def free_unbound():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    v = 1
free_unbound()
