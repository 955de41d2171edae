# contextlib.ExitStack: when exit callbacks raise, each new exception's __context__ is the one
# raised before it (IndexError -> KeyError -> ValueError), as if the callbacks were nested.


def raiser(exc):
    def cb(*details):
        raise exc
    return cb


from contextlib import ExitStack

try:
    with ExitStack() as st:
        st.push(raiser(IndexError('first')))
        st.push(raiser(KeyError('second')))
        raise ValueError('body')
except Exception as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print('chain', chain)

