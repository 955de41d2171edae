# A circular import that works because the needed name is bound before the cycle.
import _circ_a
print(_circ_a.describe())
import _circ_b
print(_circ_b.value_b)
