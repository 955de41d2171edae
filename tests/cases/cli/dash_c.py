# Run as `mnemo -c CODE` (see dash_c.cmd): sys.argv is ['-c'], __name__ is '__main__'.
import sys
print(sys.argv, __name__)
print(sum(range(10)))
