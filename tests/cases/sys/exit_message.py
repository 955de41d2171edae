# sys.exit('message') prints the message to stderr and exits 1.
import sys
print('about to fail')
sys.exit('fatal: configuration file is missing')
