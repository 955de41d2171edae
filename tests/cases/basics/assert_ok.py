# assert that passes, and assert caught with a message.
assert True
assert 1 + 1 == 2, 'math works'
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('caught:', e, repr(e.args))
try:
    assert []
except AssertionError as e:
    print('caught without message:', repr(e), e.args)
print('done')
