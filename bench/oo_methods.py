# Object-oriented code: classes, inheritance, method calls, attribute reads and writes, properties.
class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        raise NotImplementedError

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        self.moves += 1

class Rect(Shape):
    def __init__(self, x, y, w, h):
        super().__init__('rect')
        self.x = x
        self.y = y
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)
        self.name = 'square'

class Circle(Shape):
    def __init__(self, x, y, r):
        super().__init__('circle')
        self.x = x
        self.y = y
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    @property
    def perimeter(self):
        return 6 * self.r

class Scene:
    def __init__(self):
        self.shapes = []

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def step(self, t):
        for s in self.shapes:
            s.move(t % 3 - 1, t % 5 - 2)

    def total_area(self):
        total = 0
        for s in self.shapes:
            total += s.area()
        return total

    def total_perimeter(self):
        return sum(s.perimeter for s in self.shapes)

scene = Scene()
for i in range(1000):
    kind = i % 3
    if kind == 0:
        scene.add(Rect(i, -i, i % 7 + 1, i % 11 + 1))
    elif kind == 1:
        scene.add(Square(-i, i, i % 5 + 1))
    else:
        scene.add(Circle(i, i, i % 9 + 1))

checksum = 0
for t in range(3500):
    scene.step(t)
    if t % 50 == 0:
        checksum += scene.total_area() + scene.total_perimeter()
first = scene.shapes[0]
print(checksum, first.x, first.y, first.moves, first.name, scene.shapes[1].name)
