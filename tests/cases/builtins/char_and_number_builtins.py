# chr, ord, hex, oct, bin, divmod, pow, round.
print(chr(65), chr(0x263A), chr(0), repr(chr(127)), ord('A'), ord('\n'), ord('\U0001F600'))
print(hex(255), hex(-1), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2))
print(pow(2, 8), pow(2, 0.5), pow(5, 3, 13), pow(-2, 3), pow(4, -1))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -1), round(0.1 + 0.2, 10))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: hex(1.5), lambda: chr('a'), lambda: round('x')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
