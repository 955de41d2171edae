# random: argument errors worded as CPython's, and state round trips.
import random

tests = [
    ('choice([])', lambda: random.choice([])),
    ('randrange(0)', lambda: random.randrange(0)),
    ('randrange(5, 5)', lambda: random.randrange(5, 5)),
    ('randrange(1, 10, 0)', lambda: random.randrange(1, 10, 0)),
    ('randrange(10, 1, 2)', lambda: random.randrange(10, 1, 2)),
    ('sample([1, 2], 3)', lambda: random.sample([1, 2], 3)),
    ('sample({1, 2}, 1)', lambda: random.sample({1, 2}, 1)),
    ('choices([1, 2], [1])', lambda: random.choices([1, 2], [1])),
    ('choices([1, 2], [0, 0])', lambda: random.choices([1, 2], [0, 0])),
    ('getrandbits(-1)', lambda: random.getrandbits(-1)),
    ('seed([1])', lambda: random.seed([1])),
    ('shuffle((1, 2))', lambda: random.shuffle((1, 2))),
    ('randrange(3, step=2)', lambda: random.randrange(3, step=2)),
    ('sample([1, 2], -1)', lambda: random.sample([1, 2], -1)),
    ('choices([1], [1], cum_weights=[1])', lambda: random.choices([1], [1], cum_weights=[1])),
    ('gammavariate(0, 1)', lambda: random.gammavariate(0, 1)),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)

r = random.Random(12345)
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)], len(state), state[0], len(state[1]))
r2 = random.Random()
r2.setstate(state)
print(r2.random() == first[0])
random.seed(0)
print([random.randint(1, 6) for _ in range(20)])
print(random.sample('abcdefghij', 10), random.sample(range(1000), 30))
deck = [f'{v}{s}' for s in 'SHDC' for v in 'A23456789TJQK']
random.seed(2024)
random.shuffle(deck)
print(deck[:13])
print([round(random.gauss(10, 2), 6) for _ in range(6)])
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=10))
print(isinstance(random.random(), float), 0 <= random.random() < 1)
random.seed()
print(0 <= random.randrange(100) < 100)
