# Absolute and relative imports in every form.
import os
import os.path
import os as o
import os.path as osp
import sys, re as regex, collections.abc
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    path as p2,
    sep,
)
from collections import *
from . import sibling
from .sibling import name
from .. import parent
from ..a.b import c as d
from .. import (a, b,)
from ... import grandparent
from .... import great
from ...pkg.mod import thing
from .mod import (x, y as z)
from . import (one)
import a.b.c.d.e.f
