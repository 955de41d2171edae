# sys.exit(n) exits with status n; finally blocks run on the way out.
import sys
def shutdown():
    try:
        print('shutting down')
        sys.exit(5)
    finally:
        print('finally runs during SystemExit')
shutdown()
print('not reached')
