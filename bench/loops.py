# Loops: nested integer loops with arithmetic, comparisons and augmented assignment.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count

def collatz_max(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        steps = 0
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best

def triple_loop(n):
    total = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                total += (a * b) ^ c
    return total

print(sieve(1000000))
print(collatz_max(100000))
print(triple_loop(100))
