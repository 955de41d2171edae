x = '\N{NOTANAME}'
