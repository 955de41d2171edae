# A traceback through several function frames, with CPython 3.11's caret lines.
def average(values):
    return total(values) / len(values)

def total(values):
    result = 0
    for v in values:
        result = result + v
    return result

print(average([1, 2, 3]))
print(average([]))
