# exit() raises SystemExit; the code becomes the exit status.
print('about to exit')
exit(3)
print('not reached')
