# repr of strings picks quotes and escapes as CPython does.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'back\\slash',
          '\x00\x07\x1f\x7f', 'é ü', '\u200b', '\U0001F600', '\ud7ff', 'bell\a', '\x80\xa0\xad']:
    print(repr(s))
print(ascii('héllo 😀'), ascii('plain'), ascii("it's"))
print(str('x'), str(12), str(None), str([1, 'a']), repr([1, 'a']))
