# At exit the interpreter waits for non-daemon threads; a blocked daemon thread does not
# keep the process alive.
import threading
import time

never = threading.Event()
threading.Thread(target=never.wait, daemon=True).start()


def late():
    time.sleep(0.1)
    print("worker done after main")


threading.Thread(target=late).start()
print("main done")
