# Common TypeErrors from builtins and operators.
nothing = None
for bad in [lambda: len(5), lambda: 1 + None, lambda: [1] * 1.5, lambda: nothing[0], lambda: 'a' < 1, lambda: -'a',
            lambda: iter(5), lambda: sorted(5), lambda: sum(5), lambda: int(None), lambda: 1 in 5,
            lambda: {}.get(), lambda: [].append(1, 2), lambda: str.join(), lambda: 'x'.join(5),
            lambda: {[1]: 2}, lambda: object() + 1, lambda: 5 - 'x', lambda: 2 ** 'x', lambda: 'x' % 5 % 5]:
    try:
        bad()
    except TypeError as e:
        print(e)
