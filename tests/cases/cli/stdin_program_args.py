# `mnemo - ARGS...` with the program on stdin.
import sys
print(sys.argv)
