# Escape sequences in str literals, including \N{...}, octal, \x, \u, \U.
simple = '\n\t\r\\\'\"'
bell = '\a\b\f\v'
nul = '\0'
octal1 = '\7'
octal2 = '\77'
octal3 = '\101\102\103'
octal_max = '\377'
hex_esc = '\x41\x7a\x00\xff'
u4 = '\u00e9\u4e2d\u0000'
u8 = '\U0001F600\U00000041'
named1 = '\N{LATIN SMALL LETTER E WITH ACUTE}'
named2 = '\N{BULLET} \N{EM DASH} \N{GREEK SMALL LETTER ALPHA}'
named3 = '\N{SNOWMAN}\N{DEGREE SIGN}'
named4 = "\N{space}\N{NO-BREAK SPACE}"
mixed = "tab\there\nnewline \x41\u0042\U00000043 \N{DIGIT ONE}"
continued = 'abc\
def'
triple_continued = """first \
second"""
escaped_newline_in_triple = """a\nb
c"""
backslash_at_end = 'ends\\'
quote_mix = "\'single\' \"double\""
