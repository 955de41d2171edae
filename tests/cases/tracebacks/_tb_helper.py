# Helper module for imported_module_frames.py (not a case: its name starts with '_').
def divide_all(values):
    return [halve(v) for v in values]

def halve(v):
    return 8 // v
