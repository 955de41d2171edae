# Non-ASCII text in string literals.
a = 'café'
b = "naïve résumé"
c = '中文字符'
d = 'emoji 😀🎉'
e = 'combining: e\u0301 vs é'
f = 'Ελληνικά'
g = """многострочная
строка"""
h = 'mixed 日本 and ascii'
i = r'raw ü\n'
j = f'{a} ü {b}'
k = 'ﬁ ligature stays in strings'
l = '\u2028 line separator escape'
