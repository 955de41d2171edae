# The seed articles' examples typed at the prompt (seeds.in): identity of small and large ints, reference counts, literals belonging to their input line, the echo and _.
