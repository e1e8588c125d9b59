"""``python -m genauth_async``: the ``genauth-async`` command line."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
