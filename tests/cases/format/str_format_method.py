# str.format with positional, keyword, indexing, attributes and specs.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]}'.format(['p', 'q']), '{d[key]}'.format(d={'key': 'v'}))
class Pt:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=Pt()))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'), '{:*>6}'.format(7), '{:08.3f}'.format(3.14159))
print('{!r} {!s} {!a}'.format('s', 's', 'é'), '{{}} {}'.format('braces'))
print('{0:{1}}|'.format('w', 5), '{:{fill}{align}{width}}'.format('z', fill='.', align='^', width=7))
print('{:,}'.format(10 ** 9), '{:.3}'.format('abcdef'), '{:10.3}|'.format('abcdef'))
for bad in ['{', '}', '{0} {}', '{2}', '{x}']:
    try:
        print(bad.format('only'))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
