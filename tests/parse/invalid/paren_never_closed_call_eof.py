print("hello", end=""
