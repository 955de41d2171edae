# inf and nan behaviour.
inf = float('inf')
nan = float('nan')
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(float('Infinity'), float('-INF'), float('nan'), float(' 1.5 '), float('-0'))
print(inf + 1, 1 / inf, -1 / inf, max(1, inf), min(-inf, 0))
print([nan] == [nan], nan in [nan])
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0) == hash(1), hash(0.5))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(int(1e18), int(-2.5), float(2 ** 60), float(-3))
print(float(10 ** 308) < inf)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
for bad in ('abc', '', '1.2.3', 'nanx'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
