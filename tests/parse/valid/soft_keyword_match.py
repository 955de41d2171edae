# "match" and "case" are soft keywords: as ordinary names they parse as names.
match = 1
match.x = 2
match(3)
match[1]
match[1:2] = []
match -x
match * 2
match, case = 1, 2
print(match if match else case)
case = match
_ = match
x = [match for match in range(3)]


def match(pattern, *, case=False):
    return pattern


class Matcher:
    match = None

    def match(self, case):
        return self.match(case)


match(
    1,
    2,
)
re.match(r'\d', s).group(0)
match.group().case
