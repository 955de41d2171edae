# return/break in finally override; exception swallowed by return in finally.
def override():
    try:
        return 'try'
    finally:
        return 'finally'
def swallow():
    try:
        raise RuntimeError('lost')
    finally:
        return 'swallowed'
def order():
    out = []
    try:
        out.append(1)
        return out
    finally:
        out.append(2)
print(override(), swallow(), order())
def loop():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 0:
                break
    return i
print(loop())
def cleanup_counts():
    count = 0
    for _ in range(4):
        try:
            count += 1
            continue
        finally:
            count += 10
    return count
print(cleanup_counts())
