# An exception from __exit__ while another propagates.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise OSError('close failed')

with Resource():
    raise ValueError('work failed')
