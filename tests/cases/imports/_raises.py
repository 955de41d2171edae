# Helper: fails while being imported.
partial = 'set before the failure'
raise ValueError('helper module failed during import')
