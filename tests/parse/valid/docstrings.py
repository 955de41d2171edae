"""Module docstring.

With several lines, and "quotes".
"""


def f():
    """Function docstring."""
    return 1


def g():
    '''Single-quoted triple docstring.'''


class C:
    """Class docstring."""

    def method(self):
        r"""Raw docstring with \n kept."""

    async def am(self):
        """Async method docstring."""


def h():
    "A plain one-line string as a docstring."
    x = 1
    "Not a docstring, just an expression."
    return x


def i():
    f"""f-string is not a docstring {1}"""
