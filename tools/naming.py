"""Name conversions shared by the spec builder and the generator."""

from __future__ import annotations

import keyword
import re


def snake(wire: str) -> str:
    """``userIdType`` -> ``user_id_type``; a keyword or non-identifier gets a trailing ``_``."""
    s = re.sub(r"[^0-9A-Za-z]+", "_", wire.strip())
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", s)
    s = s.strip("_").lower()
    if not s.isidentifier() or keyword.iskeyword(s):
        s += "_"
    return s


def pascal(wire: str) -> str:
    """``user-id type`` -> ``UserIdType``."""
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9A-Za-z]+", wire) if p)
