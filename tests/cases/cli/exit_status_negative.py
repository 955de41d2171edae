# A negative exit status.
import sys
print('exiting with -1')
sys.exit(-1)
