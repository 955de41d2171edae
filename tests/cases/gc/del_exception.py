# An exception in __del__ is printed ("Exception ignored in: ...") and does not propagate.
class Bad:
    def __del__(self):
        raise ValueError("boom")


x = Bad()
del x
print("still running")


def f():
    Bad()
    return 1


print(f())
