tests/cases/cli/also_missing.py
some
args
