# yield, yield from, yield as an expression, await.
def gen1():
    yield


def gen2():
    yield 1
    yield 1, 2
    yield (1, 2)
    yield from range(3)
    yield from (x for x in range(3))
    x = yield
    y = yield 5
    z = yield from other()
    w = (yield)
    print((yield 1))
    v = yield x, y
    return x


def gen3():
    data = yield
    while data is not None:
        data = yield data * 2


async def coro():
    await something()
    x = await other()
    y = await (await nested())
    return await final()
