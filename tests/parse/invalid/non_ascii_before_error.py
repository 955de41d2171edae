s = 'héllo wörld' + )
