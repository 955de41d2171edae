"""Helper module for the imports cases."""
GREETING = 'Hello'
def hello(name):
    return f'{GREETING}, {name}!'
def _private():
    return 'private'
if __name__ == '__main__':
    print('never printed when imported')
