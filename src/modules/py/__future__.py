"""The `__future__` module: the record of each future statement mnemo's compiler knows.

`from __future__ import annotations` is a directive the compiler acts on (annotations are kept
as strings); the import itself also runs, as in CPython, and binds a `_Feature` describing the
feature: when it became optional, when it became (or becomes) mandatory, and its compiler flag.
"""

# The compiler flags, with CPython 3.11's values (they appear in the features' reprs).
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """One future statement: optional since one release, mandatory from another (or never)."""

    def __init__(self, optional, mandatory, flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = flag

    def getOptionalRelease(self):
        """The release (as a sys.version_info-like tuple) that accepted the statement first."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature became the default, or None if that is not planned."""
        return self.mandatory

    def __repr__(self):
        return "_Feature(%r, %r, %r)" % (self.optional, self.mandatory, self.compiler_flag)


# (name, optional release, mandatory release, flag), in the order CPython lists them.
_TABLE = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
    ("annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
)

all_feature_names = [row[0] for row in _TABLE]
for _row in _TABLE:
    globals()[_row[0]] = _Feature(_row[1], _row[2], _row[3])
del _row
