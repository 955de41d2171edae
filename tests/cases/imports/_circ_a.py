# Helper: half of a circular import that works.
value_a = 'A'
import _circ_b
def describe():
    return f'a sees {_circ_b.value_b}'
