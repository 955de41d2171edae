# printf-style % formatting.
print('%s and %s' % ('a', 'b'), '%d%%' % 50, '%5d|%-5d|' % (3, 4), '%05.1f' % 3.14159)
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%e' % 12345.678, '%g' % 0.00001234)
print('%r %s %a' % ('q', 'q', 'é'), '%c%c' % (72, 'i'), '%i' % 3.9, '%.3s' % 'abcdef')
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159), '%+d % d' % (5, 5))
print('%s' % 'single', '%d items' % 3, 'no args' % ())
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'%s-%d' % (b'x', 5))
