# raise ... from None hides the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'no entry {k!r}') from None

lookup({}, 'x')
