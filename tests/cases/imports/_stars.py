# Helper for import_star.py.
__all__ = ['public', '_listed_private']
public = 'public value'
_listed_private = 'listed though private'
not_listed = 'not exported'
