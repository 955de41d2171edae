# SystemExit is a BaseException: except Exception does not catch it.
import sys
try:
    try:
        sys.exit(2)
    except Exception:
        print('not caught here')
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
print('continuing after SystemExit')
