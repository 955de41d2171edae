# The format mini-language for floats.
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e20, 0.000123456, 2.5, float('inf'), float('nan')]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '+.2f', ',.2f', '012.3f', '.0f', '#.0f', 'n', '_.1f']:
    print(repr(spec), [format(v, spec) for v in vals])
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(1e16, ''), format(1e16, 'g'), format(123456789.0, 'g'), format(1.0, '.10g'))
