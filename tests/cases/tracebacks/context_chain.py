# An exception raised while handling another: 'During handling of the above exception'.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f'cannot parse {text!r}')

parse('12')
parse('twelve')
