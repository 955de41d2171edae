# Importing a third-party module that is not installed.
print('before import')
import numpy as np
print(np.zeros(3))
