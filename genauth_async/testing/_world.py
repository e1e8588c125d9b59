"""The whole world as one JSON document (a fixture): users and every backend's resources."""

from __future__ import annotations

from typing import Any

import orjson

from ._state import Backend, EmulatorState, UserPool, user_from_wire, user_to_wire

__all__ = ["dump_fixture", "fixture_keys", "load_fixture"]


def fixture_keys(state: EmulatorState) -> list[str]:
    """Every key a fixture may hold: `users`, then each backend's."""
    return ["users", *(key for kind in state.backend_kinds for key in kind.fixture_keys)]


def dump_fixture(state: EmulatorState) -> dict[str, Any]:
    """The whole world in the form `load_fixture` reads (a deep copy)."""
    world: dict[str, Any] = {"users": [user_to_wire(u) for u in state.pool]}
    for kind in state.backend_kinds:
        world.update(state.backend(kind).dump())
    copied: dict[str, Any] = orjson.loads(orjson.dumps(world))
    return copied


def load_fixture(state: EmulatorState, doc: Any) -> None:
    """Replace the whole world with `doc` (keys left out: emptied): all of it or, with a
    ValueError, none. Faults, counters and tokens are kept."""
    if not isinstance(doc, dict):
        raise ValueError("a fixture must be an object")
    if unknown := set(doc) - set(fixture_keys(state)):
        raise ValueError(f"unknown fixture keys {sorted(unknown)}")
    for key, items in doc.items():
        if items is not None and (
            not isinstance(items, list) or not all(isinstance(i, dict) for i in items)
        ):
            raise ValueError(f"{key} must be an array of objects")
    users = [user_from_wire(item, state.clock()) for item in doc.get("users") or []]
    UserPool().put(users)  # raises on a clash, before anything changes
    fresh = {kind: _loaded(state, kind, doc) for kind in state.backend_kinds}
    state.backends.clear()
    state.backends.update(fresh)
    state.pool.clear()
    state.pool.put(users)
    state.archived.clear()


def _loaded(state: EmulatorState, kind: type[Backend], doc: dict[str, Any]) -> Backend:
    made = kind(state)
    where = "/".join(kind.fixture_keys)
    try:
        made.load({key: doc.get(key) or [] for key in kind.fixture_keys})
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{where}: an item lacks {exc}") from None
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    return made
