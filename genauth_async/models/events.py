"""Models of the GenAuth *events* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._base import Model, Page

__all__ = [
    "CreateEventApp",
    "DefineEvent",
    "EventApp",
    "EventAppPaging",
    "OpenEvent",
    "OpenEventPaging",
    "PubEvent",
    "PubEventRespData",
]


@attrs.define(kw_only=True, slots=False)
class CreateEventApp(Model):
    """Request body of ``create_event_app``."""

    logo: str
    name: str
    identifier: str


@attrs.define(kw_only=True, slots=False)
class DefineEvent(Model):
    """Request body of ``define_event``."""

    event_description: str
    event_type: str


@attrs.define(kw_only=True, slots=False)
class EventApp(Model):
    """GenAuth ``EventAppDto``."""

    identifier: str
    name: str
    logo: str


@attrs.define(kw_only=True, slots=False)
class OpenEvent(Model):
    """GenAuth ``OpenEventDto``."""

    id: str
    code: str
    topic: str
    name: str
    desc: str


@attrs.define(kw_only=True, slots=False)
class PubEvent(Model):
    """GenAuth ``PubEventDto``."""

    event_type: str
    event_data: Any
    source: str | None = None


@attrs.define(kw_only=True, slots=False)
class PubEventRespData(Model):
    """GenAuth ``PubEventRespDataDto``."""

    success: bool
    err_msg: bool | None = None


EventAppPaging = Page[EventApp]


OpenEventPaging = Page[OpenEvent]
