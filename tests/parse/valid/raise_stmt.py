# raise in every form.
def f():
    raise


def g():
    raise ValueError


def h():
    raise ValueError('message')


def i(e):
    raise RuntimeError('wrapped') from e


def j():
    raise KeyError() from None


def k(err):
    raise err.with_traceback(None)


def l():
    raise (ValueError if True else TypeError)('x') from (e := None)
