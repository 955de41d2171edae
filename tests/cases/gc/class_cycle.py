# A class is part of cycles (its __mro__ holds it): deleting it leaves garbage for the collector.
import gc

gc.collect()


class E:
    pass


del E
print(gc.collect())
