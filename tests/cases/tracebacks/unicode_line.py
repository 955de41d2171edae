# Carets stay aligned when the source line has non-ASCII characters.
greeting = 'héllo wörld'
message = greeting + ' → ' + 3
