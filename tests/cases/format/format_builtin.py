# format() builtin, __format__ and str/repr of containers.
print(format(12), format('s'), format(1.5), format(None), format([1, 2]))
print(format('abc', '>5'), format(3, '04'), format(True), format(True, '>5'), format(1.0, ''))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, 'usd'), '{:usd}'.format(m), f'{m:.1f}')
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(object(), '') == str(object()) or True)
