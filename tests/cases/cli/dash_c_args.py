# `mnemo -c CODE ARGS...`: the arguments follow '-c' in sys.argv.
import sys
print(sys.argv)
print(len(sys.argv[1:]), 'extra arguments')
