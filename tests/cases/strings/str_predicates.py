# is* predicates.
tests = ['abc', 'ABC', 'Abc', '123', '12.5', '', ' ', 'a1', 'Hello World', '\t\n', 'éà', '²', '½', 'x_y', '_id', 'class', '1abc']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
