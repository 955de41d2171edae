# Helper: prints when its body runs, so the cases can see how often it is executed.
print('executing _counted, __name__ =', __name__)
loads = 1
