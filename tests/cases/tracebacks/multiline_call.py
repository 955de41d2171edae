# A failing call that spans several lines: only its first line is shown, without carets.
def build(a, b, c):
    return a + b + c

result = build(
    1,
    2,
    'three',
)
