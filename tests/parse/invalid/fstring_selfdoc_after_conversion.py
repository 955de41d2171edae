m = f"{x!r=}"
