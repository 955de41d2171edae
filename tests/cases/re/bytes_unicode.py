# re on bytes patterns and on non-ASCII text: positions are characters (bytes for bytes).
import re

m = re.search(r'wörld', 'héllo wörld')
print(m, m.span(), m.start(), m.end())
print([m.span() for m in re.finditer(r'\w+', 'ñandú über 日本語 x')])
print(re.sub('ö', 'oe', 'schön öl'), re.split(r'\s', 'a\u3000b c'))
print(re.compile('é').search('aéaé', 2), re.compile('.').findall('日本語', 1, 2))
print(re.match('(.)(.)', '😀x').regs, len('😀'))
print(re.findall(r'[à-ÿ]+', 'voilà très'), re.sub(r'\W', '_', 'a-é–b'))

pb = re.compile(rb'(\w+)=(\d+)')
m = pb.search(b'  key=42 ')
print(m, m.groups(), m.span(), m.group(1), m[2], m.groupdict())
print(pb.findall(b'a=1 b=2'), pb.sub(rb'\2=\1', b'a=1 b=2'), pb.subn(b'x', b'a=1'))
print(re.split(rb'\s+', b'a b\tc'), re.findall(rb'\w+', b'caf\xe9 \xe9t\xe9'))
print(re.findall(rb'(?i)caf\xc9', b'caf\xe9 CAF\xc9'), re.findall(rb'(?i)[a-c]+', b'ABCabc'))
print(re.match(rb'\x00.\xff', b'\x00\n\xff'), re.match(rb'\x00.\xff', b'\x00a\xff'))
print(re.search(b'b', bytearray(b'abc')), re.findall(b'b', bytearray(b'abcb')), re.split(b'b', bytearray(b'abc')))
print(re.sub(b'b', lambda m: m.group().upper(), b'abc'), re.sub(b'b', b'[\\g<0>]', bytearray(b'abc')))
print(re.escape(b'a.b*c'), repr(re.compile(b'\\w', re.I)), re.compile(b'x').pattern)
print(re.match(rb'\d+', b'123').group(), re.fullmatch(rb'[\x80-\xff]+', b'\x80\xff'))
