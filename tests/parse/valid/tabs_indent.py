# Tabs used for indentation (consistently), and a tab inside a line.
def f(x):
	if x:
		return 1
	else:
		for i in range(3):
			print(i)
	return 0

class C:
	def m(self):
		pass

x	=	1	# tabs between tokens
if x:
	# comment with tab indent
	pass
