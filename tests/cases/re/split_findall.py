# re.split, findall, finditer: groups in the results, maxsplit, empty matches, pos/endpos.
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(',', 'a,b,c', maxsplit=1), re.split(',', 'a,b,c', 1), re.split(',', 'a,b,c', maxsplit=-1))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'), re.split('', 'abc'), re.split('(?=b)', 'abab'))
print(re.split(r'\s+', '  lead and trail  '), re.split('z', ''), re.split('', ''))
print(re.split(r'(\d)', 'a1b2c'), re.split('[ab]', 'xaybz'), re.split('(a)(x)?', 'bab'))
print(re.compile(r'\W+').split('Words, words, words.'), re.compile(r'(\W+)').split('Words, words.', 1))

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(a)|b', 'ab'))
print(re.findall(r'(\w+)=(\d+)?', 'a=1 b= c=3'), re.findall('', 'ab'), re.findall('x*', 'axx'))
print(re.findall(r'|a', 'a'), re.findall(r'a|', 'a'), re.findall('a??', 'aa'))
print(re.findall(r'\w+', 'héllo wörld ñ'), re.findall(r'(?:ab)+', 'ababxab'))
p = re.compile(r'\d')
print(p.findall('1a2b3c4', 2), p.findall('1a2b3c4', 2, 5), p.findall('1234', 3, 1))

for m in re.finditer(r'(\w)(\d)?', 'a1 b c3'):
    print(m.span(), m.groups(), m.lastindex)
print([m.group() for m in re.finditer('', 'ab')], [m.span() for m in re.finditer('x*', 'axxb')])
it = re.compile(r'\d+').finditer('12 345 6', 3)
print(next(it), [m.group() for m in it])
print(list(re.finditer('z', 'abc')))
