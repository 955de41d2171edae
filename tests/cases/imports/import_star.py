# from M import * honours __all__, otherwise skips underscore names.
from _stars import *
print(public, _listed_private)
try:
    not_listed
except NameError as e:
    print('NameError:', e)
from _nostars import *
print(visible)
try:
    _hidden
except NameError as e:
    print('NameError:', e)
