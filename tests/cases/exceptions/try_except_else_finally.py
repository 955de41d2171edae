# Flow through try/except/else/finally in every combination.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('boom')
        if action == 'return':
            return log + ['returned']
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
print(run('return'))
def nested():
    try:
        try:
            1 / 0
        finally:
            print('inner finally')
    except ZeroDivisionError:
        print('outer caught')
nested()
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
def fin_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(fin_break())
e = 'outer value'
try:
    raise KeyError('k')
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
