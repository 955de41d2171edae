# The input ends inside a block (eof_in_block.in): what is buffered is parsed as final, as at CPython's prompt on Ctrl-D.
