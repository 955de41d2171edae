def f():
    x = 1
    
        
	
    return x



class C:

    a = 1


    b = 2
   
