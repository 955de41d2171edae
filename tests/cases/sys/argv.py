# sys.argv holds the script path as given, then the arguments.
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith('argv.py'))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
