# An uncaught re.error ends the program with CPython's last traceback line.
import re

print(re.findall('a', 'banana'))
re.compile('(?P<name>x)(?P=nope)')
