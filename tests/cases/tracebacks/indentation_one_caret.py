# An IndentationError (a subclass of SyntaxError) is printed with one caret, as CPython 3.11
# prints it: only an exact SyntaxError shows its range.
for x in range(3):
print(x)
