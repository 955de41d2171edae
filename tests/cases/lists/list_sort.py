# sort and sorted: keys, reverse, stability.
words = ['banana', 'Apple', 'cherry', 'date', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort()
print(pairs)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([3.5, 1, 2.25, -1]), sorted('hello'), sorted({3: 'x', 1: 'y'}), sorted([], reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
class Rec:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f'Rec({self.n})'
print(sorted([Rec(3), Rec(1), Rec(2)]))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-3:], big == sorted(big))
