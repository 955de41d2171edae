x = 3jj
