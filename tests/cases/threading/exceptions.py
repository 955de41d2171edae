# An uncaught exception in a thread: threading.excepthook reports it (stderr), the thread
# ends, the main thread goes on; a custom excepthook receives ExceptHookArgs.
import sys
import threading


def fails():
    raise ValueError("boom in thread")


caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
print(caught)
threading.excepthook = old


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")
print(threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
print("main continues", t.is_alive())
