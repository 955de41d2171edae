# KeyError's str is the key's repr; a tuple key.
d = {}
d[(1, 'a')]
