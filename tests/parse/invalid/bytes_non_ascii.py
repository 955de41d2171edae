b'café'
