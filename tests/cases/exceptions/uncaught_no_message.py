# An uncaught exception without a message prints just the class name.
print('working')
raise NotImplementedError
