leaf_value = 'leaf of ' + __name__
