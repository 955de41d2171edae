# Example of seeds/001_7e4ff41e4f75ebf5.txt (generators instead of lists), adapted: the article
# prints a million numbers; the case sums them instead and compares the memory of the
# generator with that of the equivalent list (byte sizes differ between interpreters, the
# relation does not).
import sys


def count_up_to(n):
    for i in range(n):
        yield i


total = 0
for number in count_up_to(1000000):
    total += number  # Only one number is in memory at a time
print(total)
gen = count_up_to(1000000)
lst = list(range(1000000))
print(sys.getsizeof(gen) < sys.getsizeof(lst), sys.getsizeof(gen) < 1000)
print(next(gen), next(gen), sum(gen) == total - 1)
