# and/or/not return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print(not 1, not 0, not [], not [0], not None)

def t(v):
    print('called', v)
    return v

print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
print(bool(0), bool(1), bool(''), bool('a'), bool([]), bool({}), bool(()), bool(0.0), bool(0j))
x = [] or None
print(x)
print(True and 'yes' or 'no', False and 'yes' or 'no')
