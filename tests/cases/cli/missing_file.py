# `mnemo tests/cases/cli/no_such_script.py` (see missing_file.cmd): the file does not exist, exit 2.
