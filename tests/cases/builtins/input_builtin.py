# input() reads lines from stdin; the prompt goes to stdout; EOFError at the end.
name = input('Name? ')
print()
print('Hello,', name)
age = int(input())
print('next year', age + 1)
rest = []
try:
    while True:
        rest.append(input('> '))
except EOFError as e:
    print()
    print('EOFError:', e)
print(rest)
