# Singletons and other constants.
a = True
b = False
c = None
d = ...
e = [True, False, None]
f = {None: True}
g = not True
h = None is None
i = True + False
j = __debug__
k = -True
l = 'True' if True else 'False'
