# NameError and AttributeError suggestions ('Did you mean ...?').
class Shape:
    def __init__(self):
        self.radius = 2

s = Shape()
try:
    s.raduis
except AttributeError as e:
    print('caught:', e)
number_of_items = 3
print(number_of_itmes)
