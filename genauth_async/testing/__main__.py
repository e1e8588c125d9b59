"""`python -m genauth_async.testing`: run the emulator until Ctrl-C or SIGTERM.

The first line on stdout is a JSON object {url, access_key_id, access_key_secret, userpool_id,
users, pid}; human-readable lines follow.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys

from ._faults import Faults
from ._state import seeded_user_id, seeded_username
from .emulator import (
    DEFAULT_ACCESS_KEY_ID,
    DEFAULT_ACCESS_KEY_SECRET,
    DEFAULT_USERPOOL_ID,
    GenAuthEmulator,
)

__all__ = ["main"]


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a port number, got {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be in 0..65535 (0 picks a free port), got {value}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m genauth_async.testing", description="Run a local GenAuth emulator."
    )
    parser.add_argument("--host", default="127.0.0.1", choices=["127.0.0.1", "localhost"])
    parser.add_argument(
        "--port", type=_port, default=8080, help="default 8080; 0 picks a free port"
    )
    parser.add_argument(
        "--users", type=_count, default=100, help="deterministic users to seed (default 100)"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--jitter-ms", type=float, default=0.0)
    parser.add_argument("--token-lifetime", type=float, default=7200.0, help="seconds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--faults", default="{}", help="more Faults fields, as a JSON object")
    parser.add_argument(
        "--token-error-http-status",
        type=int,
        default=401,
        help="HTTP status of a rejected token: 401, or 200 to fail in the envelope only",
    )
    parser.add_argument(
        "--token-error-status-code",
        type=int,
        default=401,
        help="the envelope's statusCode of a rejected token",
    )
    parser.add_argument("--access-key-id", default=DEFAULT_ACCESS_KEY_ID)
    parser.add_argument("--access-key-secret", default=DEFAULT_ACCESS_KEY_SECRET)
    parser.add_argument("--userpool-id", default=DEFAULT_USERPOOL_ID)
    return parser


def _emulator(args: argparse.Namespace, faults: Faults) -> GenAuthEmulator:
    return GenAuthEmulator(
        access_key_id=args.access_key_id,
        access_key_secret=args.access_key_secret,
        userpool_id=args.userpool_id,
        token_lifetime=args.token_lifetime,
        seed=args.seed,
        faults=faults,
        token_error_http_status=args.token_error_http_status,
        token_error_status_code=args.token_error_status_code,
    )


async def _serve(emulator: GenAuthEmulator, users: int, host: str, port: int) -> int:
    emulator.seed_users(users)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C still interrupts
            loop.add_signal_handler(signum, stop.set)
    try:
        await emulator.start(host=host, port=port)
    except OSError as exc:
        print(f"cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        info = {
            "url": emulator.url,
            "websocket_host": emulator.websocket_host,
            "websocket_url": emulator.websocket_url,
            "access_key_id": emulator.access_key_id,
            "access_key_secret": emulator.access_key_secret,
            "userpool_id": emulator.userpool_id,
            "users": len(emulator.pool),
            "pid": os.getpid(),
        }
        print(json.dumps(info), flush=True)
        print(f"GenAuth emulator listening on {emulator.url} with {len(emulator.pool)} users")
        print(f"  websocket_host:    {emulator.websocket_host}  (the client's websocket_host=)")
        print(f"  event websocket:   {emulator.websocket_url}?code=<eventCode>")
        print(f"  access_key_id:     {emulator.access_key_id}")
        print(f"  access_key_secret: {emulator.access_key_secret}")
        print(f"  userpool_id:       {emulator.userpool_id}")
        if users:
            last = users - 1
            print(f"  user ids:          {seeded_user_id(0)} ... {seeded_user_id(last)}")
            print(f"  usernames:         {seeded_username(0)} ... {seeded_username(last)}")
        print("Press Ctrl-C to stop.", flush=True)
        await stop.wait()
    finally:
        await emulator.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        extra = json.loads(args.faults)
        faults = Faults.from_json(
            {"latency_ms": args.latency_ms, "jitter_ms": args.jitter_ms, **extra}
        )
    except (TypeError, ValueError) as exc:
        print(f"invalid --faults: {exc}", file=sys.stderr)
        return 2
    try:
        emulator = _emulator(args, faults)
    except ValueError as exc:
        print(f"invalid option: {exc}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_serve(emulator, args.users, args.host, args.port))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
