# Exceptions at the prompt (exceptions.in): tracebacks name <stdin> with lines counted per input, no source lines; the state survives; SystemExit and KeyboardInterrupt raised and caught.
