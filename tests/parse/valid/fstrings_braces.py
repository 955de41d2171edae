# Doubled braces are literal braces.
a = f'{{}}'
b = f'{{{x}}}'
c = f'{{x}}'
d = f'}}{{'
e = f'{{ {x} }}'
f = f'{x}}}'
g = f'{{{{'
h = f'{{{x!r}}}'
i = f'{x:{{}}}'  # in 3.11 the spec's {{}} is a nested field holding an empty dict
j = f'set: {{{", ".join(s)}}}'
k = '{{not an f-string}}'
l = f'a{{b}}c{d}e'
