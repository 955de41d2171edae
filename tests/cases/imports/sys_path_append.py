# Adding a directory to sys.path makes its modules importable.
import sys
try:
    import extra_mod
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print(sys.path[0].endswith('tests/cases/imports'))
sys.path.append(sys.path[0] + '/extra')
import extra_mod
print(extra_mod.where)
