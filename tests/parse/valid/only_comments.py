# nothing but comments

   # indented comment
	# tab comment
