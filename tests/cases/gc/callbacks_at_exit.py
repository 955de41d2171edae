import gc, sys
def cb(phase, info):
    sys.stdout.write("cb %s %s\n" % (phase, info["generation"]))
gc.callbacks.append(cb)
print("end")
