-
one
two words
