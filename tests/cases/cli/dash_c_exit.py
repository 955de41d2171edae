# sys.exit(n) in -c code sets the exit status.
import sys
print('exiting with 9')
sys.exit(9)
