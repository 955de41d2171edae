# The input ends inside brackets (eof_in_bracket.in): '(' was never closed.
