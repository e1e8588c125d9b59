"""Custom event definitions (`define-event`, `list-events`); publishing is in `_events.py`."""

from __future__ import annotations

from typing import Any

from .._app import Call, routes
from ._common import backend, new_id, page

__all__ = ["EventsBackend"]


class EventsBackend:
    name = "events"

    def __init__(self) -> None:
        self.events: dict[str, dict[str, Any]] = {}
        """OpenEventDto dicts by code (the event type)."""

    def dump(self) -> list[dict[str, Any]]:
        return [dict(e) for e in self.events.values()]

    def load(self, items: list[dict[str, Any]]) -> None:
        self.events.clear()
        for item in items:
            if not isinstance(item.get("code"), str) or not item["code"]:
                raise ValueError("an event needs a code")
            self.events[item["code"]] = _event(item["code"], item.get("desc") or "", item)


def _event(code: str, desc: str, item: dict[str, Any] | None = None) -> dict[str, Any]:
    item = item or {}
    return {
        "id": item.get("id") or new_id(),
        "code": code,
        "topic": item.get("topic") or code.split(":", 1)[0],
        "name": item.get("name") or code,
        "desc": desc,
    }


@routes.post("/api/v3/define-event")
def define_event(call: Call) -> Any:
    events = backend(call.state, EventsBackend).events
    code = call.body["eventType"]
    old = events.get(code)
    events[code] = _event(code, call.body["eventDescription"], old)
    return None


@routes.get("/api/v3/list-events")
def list_events(call: Call) -> Any:
    app = call.params.get("app")
    items = [
        dict(e)
        for e in backend(call.state, EventsBackend).events.values()
        if app in (None, e["topic"])
    ]
    return page(call, items)
