# Implicit concatenation of adjacent literals of the same kind.
a = 'a' 'b'
b = 'a' "b" '''c''' """d"""
c = ('one'
     'two'
     'three')
d = u'a' 'b'
e = 'a' u'b'
f = b'x' b'y'
g = r'\n' '\n'
h = 'multi' \
    'line'
i = ("first line\n"
     "second line\n")
j = 'x' f'{y}'
k = f'{y}' 'x'
l = 'a' f'{b}' 'c' f'{d}' 'e'
m = f'{a}' f'{b}'
n = '' ''
o = f'' ''
p = u'' 'kept'
q = 'a' r'\b' u'c'
