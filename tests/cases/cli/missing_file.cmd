tests/cases/cli/no_such_script.py
