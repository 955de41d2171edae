# Assignment expressions (:=) in conditions, comprehensions, calls, subscripts.
if (n := len(data)) > 10:
    print(n)
while (chunk := read(1024)):
    process(chunk)
values = [y := f(x), y ** 2, y ** 3]
filtered = [y for x in data if (y := transform(x)) is not None]
totals = [total := total + v for v in values]
print(x := 10)
print(value := compute(), other=(z := 3))
foo(a, b := 2, c=3)
match_ = (m := pattern.search(line)) and m.group(0)
result = [(last := item) for item in items]
squares = {(k := key): k ** 2 for key in range(3)}
any((hit := v) > 3 for v in values)
data[i := 0] = 1
item = data[j := 1]
x = (y := (z := 5))
lam = lambda: (w := 1)
if any((found := t) for t in targets):
    pass
