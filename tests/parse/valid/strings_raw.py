# Raw strings: backslashes stay, quotes can still be escaped.
a = r'\n'
b = r'\''
c = r"\""
d = r'\\'
e = r'C:\Users\name\dir'
f = r'''raw
triple \n'''
g = r"\d{3}-\d{4}"
h = r'\N{BULLET}'
i = r'\x41\u0041'
j = R"\t"
k = r'a\
b'
