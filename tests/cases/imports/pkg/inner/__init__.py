from .. import sub
from . import leaf
from .leaf import leaf_value
from ..sub import square as sq
thing = f'inner uses sub.square(3)={sub.square(3)} and sq(4)={sq(4)}; leaf_value={leaf_value}'
