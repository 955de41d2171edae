x = 1





y = foo(1,, 2)
