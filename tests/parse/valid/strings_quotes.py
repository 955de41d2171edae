# Every quote form, with the other quote inside.
a = ''
b = ""
c = ''''''
d = """"""
e = 'single'
f = "double"
g = 'it\'s'
h = "say \"hi\""
i = "it's"
j = 'say "hi"'
k = '''triple single'''
l = """triple double"""
m = '''with ' and " and '' inside'''
n = """with " and ' and "" inside"""
o = """multi
line
string"""
p = '''
    indented
        more
'''
q = """ends with quote\""""
r = '''ends with quote\''''
s = """a "quoted" word"""
t = "#not a comment"
u = '''# also not'''
