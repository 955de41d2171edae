# quit() with no argument exits 0; SystemExit can be caught first.
try:
    quit(7)
except SystemExit as e:
    print('caught SystemExit', e.code)
print('quitting')
quit()
print('not reached')
