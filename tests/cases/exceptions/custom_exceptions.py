# User-defined exception classes.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f'{key}: {reason}')
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise ConfigError('port', 'not a number')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
try:
    raise WithStr('ignored')
except WithStr as e:
    print(e, repr(e), e.args)
class NoInit(ValueError):
    code = 7
try:
    raise NoInit('a', 'b')
except ValueError as e:
    print(e, e.code, NoInit.__mro__[1].__name__)
try:
    raise ConfigError
except TypeError as e:
    print('TypeError:', e)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise object
except TypeError as e:
    print('TypeError:', e)
