"""Offline token verification per second on one core, and the FastAPI dependency's cost.

    python benchmarks/verify.py              # about 2 s per measurement
    python benchmarks/verify.py --seconds 5

Against a local emulator (in a thread), one RS256 access token, verified again and again:

- ``PyJWT, parsed key``: ``jwt.decode`` with the key already parsed, ``aud`` checked: the
  floor, what any verifier built on PyJWT pays per token;
- ``verify_access_token``: this SDK, the key set cached (``await`` in a loop, one event loop);
- ``official introspect_token_offline``: ``genauth.AuthenticationClient``, which downloads
  the JWKS over HTTP for every token;
- the FastAPI dependency: requests per second through Starlette's test client to a route
  with ``GenAuthBearer`` and to the same route without it; the difference per request is
  the dependency's cost.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import jwt

from genauth_async import AsyncAuthenticationClient, TokenClaims
from genauth_async.testing import GenAuthEmulator

__all__ = ["main"]


@contextmanager
def emulator_in_thread() -> Iterator[GenAuthEmulator]:
    loop = asyncio.new_event_loop()
    emulator = GenAuthEmulator()
    emulator.seed_users(10)
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(emulator.start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(emulator.stop())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    started.wait(10)
    try:
        yield emulator
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def rate(seconds: float, once: Callable[[], Any]) -> float:
    """Calls per second of ``once`` over about ``seconds`` (after a short warm-up)."""
    for _ in range(20):
        once()
    done, start = 0, time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for _ in range(50):
            once()
        done += 50
    return done / (time.perf_counter() - start)


async def ours_rate(emulator: GenAuthEmulator, token: str, seconds: float) -> float:
    async with AsyncAuthenticationClient(emulator.app_id, emulator.url) as auth:
        for _ in range(20):
            await auth.verify_access_token(token)
        done, start = 0, time.perf_counter()
        deadline = start + seconds
        while time.perf_counter() < deadline:
            for _ in range(50):
                await auth.verify_access_token(token)
            done += 50
        return done / (time.perf_counter() - start)


def fastapi_rates(emulator: GenAuthEmulator, token: str, seconds: float) -> tuple[float, float]:
    from contextlib import asynccontextmanager

    from fastapi import Depends, FastAPI, Request
    from fastapi.testclient import TestClient

    from genauth_async.fastapi import GenAuthBearer

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        async with AsyncAuthenticationClient(emulator.app_id, emulator.url) as auth:
            app.state.auth = auth
            yield

    def client(request: Request) -> AsyncAuthenticationClient:
        found: AsyncAuthenticationClient = request.app.state.auth
        return found

    app = FastAPI(lifespan=lifespan)
    bearer = GenAuthBearer(client)

    @app.get("/plain")
    async def plain() -> dict[str, str]:
        return {"ok": "yes"}

    @app.get("/guarded")
    async def guarded(claims: Annotated[TokenClaims, Depends(bearer)]) -> dict[str, str]:
        return {"ok": claims.sub or ""}

    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(app) as http:
        plain_rate = rate(seconds, lambda: http.get("/plain", headers=headers))
        guarded_rate = rate(seconds, lambda: http.get("/guarded", headers=headers))
    return plain_rate, guarded_rate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="per measurement")
    args = parser.parse_args(argv)
    seconds: float = args.seconds
    with emulator_in_thread() as emulator:
        token = emulator.issue_tokens(1)["access_token"]
        jwk = emulator.oidc.jwks()["keys"][-1]
        key = jwt.PyJWK(jwk).key

        def floor() -> None:
            jwt.decode(token, key, algorithms=["RS256"], audience=emulator.app_id)

        results = {"PyJWT, parsed key (floor)": rate(seconds, floor)}
        results["verify_access_token"] = asyncio.run(ours_rate(emulator, token, seconds))
        try:
            from genauth import AuthenticationClient
        except ImportError:
            print("official introspect_token_offline: skipped (genauth is not installed)")
        else:
            official = AuthenticationClient(emulator.app_id, emulator.url)
            results["official introspect_token_offline"] = rate(
                seconds, lambda: official.introspect_token_offline(token)
            )
        plain, guarded = fastapi_rates(emulator, token, seconds)
    base = results["PyJWT, parsed key (floor)"]
    for name, value in results.items():
        print(f"{name:38s} {value:10,.0f} /s   {value / base:5.2f} of the floor")
    print(f"{'FastAPI route, no dependency':38s} {plain:10,.0f} req/s")
    print(f"{'FastAPI route, GenAuthBearer':38s} {guarded:10,.0f} req/s")
    print(f"GenAuthBearer's cost per request: {(1 / guarded - 1 / plain) * 1e6:,.0f} µs")


if __name__ == "__main__":
    main()
