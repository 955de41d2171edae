# sys.exit() and sys.exit(None) exit 0 silently.
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print('code', e.code, e.args)
print('exiting cleanly')
sys.exit()
