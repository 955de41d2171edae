# An uncaught exception in a program read from stdin.
x = 1
print('from stdin')
x.append(2)
