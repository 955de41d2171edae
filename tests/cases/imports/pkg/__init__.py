print('initializing pkg, __name__ =', __name__, '__package__ =', __package__)
from .sub import square
VERSION = '1.0'
