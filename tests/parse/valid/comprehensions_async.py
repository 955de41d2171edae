# Asynchronous comprehensions and await inside comprehensions.
async def main(aiter, coros, data):
    a = [x async for x in aiter]
    b = {x async for x in aiter}
    c = {k: v async for k, v in aiter}
    d = (x async for x in aiter)
    e = [await c for c in coros]
    f = [x async for x in aiter if await check(x)]
    g = [x for y in data async for x in y]
    h = [(x, y) async for x in aiter for y in data if y]
    i = [await z async for z in aiter]
    return [x async for x in aiter async for y in x]
