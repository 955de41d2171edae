# sys.displayhook at the prompt (displayhook.in): the echo goes through it; sys.__displayhook__ restores it; a deleted one is a RuntimeError.
