# Helper: the other half; _circ_a is partially initialized when this runs.
import _circ_a
value_b = 'B, and a.value_a was ' + _circ_a.value_a
