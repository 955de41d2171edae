# Decorators, including arbitrary expressions (PEP 614).
@simple
def a(): pass


@dotted.name.attr
def b(): pass


@call(1, key='v')
def c(): pass


@first
@second(2)
@third.attr(x=3)
def d(): pass


@buttons[0].clicked.connect
def e(): pass


@(lambda f: f)
def g(): pass


@x if y else z
def h(): pass


@(deco := make_decorator())
def i(): pass


@lookup['key']
class K: pass


@functools.lru_cache(maxsize=None)
async def cached(): pass


@a or b
def j(): pass


@f(x)(y)
def k(): pass


@ns.__getattribute__('deco')
def l(): pass


class Holder:
    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    @staticmethod
    def s(): pass

    @classmethod
    def c(cls): pass
