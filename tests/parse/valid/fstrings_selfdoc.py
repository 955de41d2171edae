# Self-documenting expressions: the "=" specifier (Python 3.8+), with spaces, conversions, specs.
x = 42
a = f"{x=}"
b = f"{x = }"
c = f"{x = !r:>10}"
d = f"{x=:.2f}"
e = f"{x=!s}"
f = f"{x=!a}"
g = f"{x + 1=}"
h = f"{x.real=}"
i = f"{x  =  }"
j = f"{x=:>{w}}"
k = f"{'text'=}"
l = f"{x=} and {y=}"
