# SystemExit raised in an except block exits with its code, no traceback.
import sys
try:
    1 / 0
except ZeroDivisionError:
    print('handling, then exiting')
    sys.exit(4)
