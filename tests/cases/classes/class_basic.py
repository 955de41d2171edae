# Classes, instances, __init__, methods, class vs instance attributes.
class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__module__)
q = p.moved(1)
print(q.x, q.y, type(q) is Point, isinstance(q, Point), type(q).__name__, q.__class__.__name__)
p.dims = 3
print(p.dims, Point.dims, q.dims, sorted(p.__dict__))
Point.dims = 5
print(q.dims, p.dims)
m = p.norm2
print(m(), m.__self__ is p, type(m).__name__, Point.norm2(p))
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, vars(e))
try:
    e.missing
except AttributeError as ex:
    print('AttributeError:', ex)
try:
    Point.missing
except AttributeError as ex:
    print('AttributeError:', ex)
