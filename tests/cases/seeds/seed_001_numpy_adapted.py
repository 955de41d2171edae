# Example of seeds/001_7e4ff41e4f75ebf5.txt (numpy arrays), adapted to one statement per
# line: numpy is a third-party package, so both interpreters stop at the import with
# ModuleNotFoundError.
import numpy as np
np_array = np.array([1, 2, 3, 4])
print(np_array.nbytes) # Get the size of the numpy array in bytes
