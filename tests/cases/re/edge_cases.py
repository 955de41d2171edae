# re edge cases found by comparing mnemo with CPython on generated patterns.
import re

def show(pattern, *subjects):
    try:
        r = re.compile(pattern)
    except re.error as e:
        print(repr(pattern), 'error:', e)
        return
    for s in subjects:
        print(repr(pattern), repr(s), [m.span() for m in r.finditer(s)], r.split(s), r.sub('<\\g<0>>', s))

show('\\1\\')               # a trailing backslash is reported before the bad reference
show('{1,2}\\')
show('a(?#c)*', 'aaa')      # a quantifier after a comment repeats what came before
show('(?#c)*')
show('(?:)*', 'ab')
show('(?i:)+', 'ab')
show('(?=a)*b', 'ab')       # zero-width items can be repeated
show('(?!b){1,2}a', 'ab')
show('\\B', '', 'ab', 'a b')   # \B never matches in an empty string
show('(?(2)a|b)(c)?(d)', 'bd', 'acd')   # a conditional may name a later group
show('(?(3)a|b)(c)')
show('(?(?P<n>x)a)')
show('(?\\1)')
show('(a)(?(1)b)|c', 'ab', 'c', 'a')
show('x{,}', 'xx')
show('(?P<a>a)(?P<b>b)?(?(b)c|d)', 'abc', 'ad', 'abd')
show('a|b|', 'abc')
show('(?m)$', 'a\nb\n')
show('\\Z|$', 'a\n')
