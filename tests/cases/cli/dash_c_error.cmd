-c
{src}
