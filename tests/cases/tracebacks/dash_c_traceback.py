# A traceback from `mnemo -c CODE`: the file is "<string>" and no source lines are shown.
def fail(n):
    return 10 / n
print(fail(5))
fail(0)
