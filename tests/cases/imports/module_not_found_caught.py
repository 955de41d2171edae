# Several failing imports, caught.
try:
    import numpy
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pandas as pd
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from psutil import Process
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no.such.thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _greet import nope
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'nope' from '_greet' ("))
