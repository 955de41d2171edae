-q
-i
{py}
