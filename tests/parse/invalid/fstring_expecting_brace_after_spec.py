s = f'{x:'
