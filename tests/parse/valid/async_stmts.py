# async def, async for, async with, await.
import asyncio


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def many(urls):
    async with lock, other_lock as o:
        pass
    async with (a as b, c as d):
        pass
    async for item in stream():
        print(item)
    else:
        print('done')
    async for a, b in pairs():
        continue
    results = await asyncio.gather(*(fetch(None, u) for u in urls))
    await asyncio.sleep(0)
    return results


class Service:
    async def start(self) -> None:
        await self.ready.wait()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def __aiter__(self):
        yield 1


@decorator
async def decorated(x: int = 1, *, y: str) -> int:
    return x
