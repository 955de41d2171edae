# Implicit line joining inside (), [] and {}, with comments inside.
result = some_function(
    first_argument,   # comment
    second_argument,
    # a comment line inside the parentheses
    keyword=value,
)
items = [
    1, 2, 3,

    4, 5, 6,
]
mapping = {
    'a': 1,  # trailing
    'b': [
        2,
        3,
    ],
}
total = (a
         + b
         - c)
condition = (x and
             y or
             z)
call(arg
     )(other
       )
if (a and
        b):
    pass
def f(
    a,
    b,
): return (
    a,
    b)
x = [
]
y = (
)
