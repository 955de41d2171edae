# Output printed before an uncaught exception is flushed; the exit status is 1.
import sys
print('line 1')
sys.stdout.write('partial line without newline')
raise RuntimeError('stop here')
