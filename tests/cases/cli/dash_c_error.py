# An uncaught exception in `mnemo -c CODE` exits 1.
print('from -c')
{}['missing']
