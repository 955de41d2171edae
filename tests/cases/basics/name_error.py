# An uncaught NameError; CPython suggests a close name.
values = [1, 2, 3]
print(len(values))
print(valuez)
