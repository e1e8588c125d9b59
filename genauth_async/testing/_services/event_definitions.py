"""Custom event definitions (`define-event`, `list-events`); publishing is
`event_stream.py`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._state import EmulatorState
from ._shared import new_id, page

__all__ = ["SERVICE", "EventDefinitionsBackend"]


class EventDefinitionsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.events: dict[str, dict[str, Any]] = {}
        """OpenEventDto dicts by code (the event type)."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"events": [dict(e) for e in self.events.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["events"]:
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


routes = RouteTable()


@routes.post("/api/v3/define-event")
def define_event(call: Call) -> Any:
    events = call.state.backend(EventDefinitionsBackend).events
    code = call.body["eventType"]
    old = events.get(code)
    events[code] = _event(code, call.body["eventDescription"], old)
    return None


@routes.get("/api/v3/list-events")
def list_events(call: Call) -> Any:
    app = call.params.get("app")
    items = [
        dict(e)
        for e in call.state.backend(EventDefinitionsBackend).events.values()
        if app in (None, e["topic"])
    ]
    return page(call, items)


SERVICE = Service("event_definitions", routes, backends=(EventDefinitionsBackend,))
