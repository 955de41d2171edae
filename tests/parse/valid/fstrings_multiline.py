# Triple-quoted f-strings spanning lines, with fields on several lines.
name = 'x'
a = f'''first {name}
second {name!r}
third'''
b = f"""
{name:>10}
  {name.upper()}
"""
c = f'''{
    name
}'''
d = f"""{ {'k': 1}['k'] }
{'''nested triple'''}"""
e = (f'part one {name} '
     f'part two {name}')
f = rf'''raw \d {name}
\n stays'''
g = fr"{name}\t{name}"
h = f'''{name:{
    10}}'''
