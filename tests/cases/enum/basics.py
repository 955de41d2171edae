import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1) is Color.RED, Color["BLUE"])
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), [m.name for m in Color.__members__.values()])
print(Color.RED.describe(), Color.default(), type(Color.RED), type(Color))
print(Color, Enum, enum.EnumMeta is enum.EnumType)
print(f"{Color.RED}", format(Color.BLUE), "%s" % Color.GREEN, str(Color.GREEN))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED in Color)
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: "r"}[Color.CRIMSON])
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 7
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
try:
    unique(Color)
except ValueError as e:
    print("ValueError:", e)


@unique
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()


print(list(Weekday), Weekday.WED.value)


class Mixed(Enum):
    A = 1
    B = auto()
    C = 10
    D = auto()



print([m.value for m in Mixed])


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num(2), f"{Num.TWO:>4}|")
print(sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int), int(Num.TWO), Num.ONE < 2)
try:
    Num(3)
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))


class Shade(Enum):
    LIGHT = 1
    DARK = 2

    @classmethod
    def _missing_(cls, value):
        if value == "l":
            return cls.LIGHT
        return None


print(Shade("l"), Shade(2))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(list(rw), list(Perm), ~Perm.R, repr(~Perm.R), rw & Perm.W, rw ^ Perm.R, Perm(3) is rw)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), repr(IP(0)), IP.R + 1, IP.W == 2)


class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad!"


print(Mood.HAPPY, repr(Mood.HAPPY), Mood.SAD.upper(), Mood.HAPPY == "happy", f"{Mood.SAD}")

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Pet = Enum("Pet", [("DOG", "d"), ("FISH", "f")])
print(Pet.DOG, Pet("f"))
