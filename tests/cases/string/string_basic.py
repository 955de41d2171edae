# string: the constants, capwords, Template.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what} for $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='tim'), t.get_identifiers())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError:', e)
print(all(c in string.printable for c in 'abc XYZ 123!'))
