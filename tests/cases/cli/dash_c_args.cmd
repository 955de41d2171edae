-c
{src}
alpha
--beta
-c
