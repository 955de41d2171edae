# Tab+spaces indentation that is consistent under both tab sizes 8 and 1.
if a:
	if b:
	    x = 1
	    y = 2
	z = 3
w = 4
