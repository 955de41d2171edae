# Unicode identifiers, including ones that NFKC normalization changes.
café = 1
名前 = 'name'
Ωmega = 2
ﬁ = 1  # the fi ligature: the name is 'fi'
ℌ = 2  # black-letter H: the name is 'H'
µ = 3  # micro sign: the name is GREEK SMALL LETTER MU
ｘ = 4  # fullwidth x: the name is 'x'
ǅ = 5  # titlecase digraph: NFKC makes it two letters, 'D' + 'ž'
ⅸ = 6  # small roman numeral nine: NFKC makes it 'ix'
print(ﬁ, fi, ℌ, H)
def grüße(naïve, *, größe=1):
    return naïve + größe
grüße(naïve=1, größe=2)
class Привет:
    атрибут = 1
obj.ﬁeld = Привет.атрибут
from ﬁle import ﬁ as ﬂ
_ñ = ñ_ = __ñ__ = 0
def f(ﬁrst, ﬂag=1, *ａrgs, **ｋw): return ﬁrst
f(ﬂag=2)
