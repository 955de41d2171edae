# mnemo deliberately does not support the match statement (PEP 634); it must refuse it
# with a SyntaxError that says so, and never crash or mis-parse it.
def describe(command):
    match command.split():
        case [action]:
            return f'single {action}'
        case ['go', direction] if direction in ('north', 'south'):
            return f'going {direction}'
        case [('drop' | 'take') as verb, *objects]:
            return f'{verb} {len(objects)} objects'
        case {'kind': kind, **rest}:
            return kind
        case Point(x=0, y=0):
            return 'origin'
        case _:
            return 'unknown'
