# sys.exit(True) exits with status 1, printing nothing.
import sys
print('exit with True')
sys.exit(True)
