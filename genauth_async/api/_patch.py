"""Customizations of the generated API modules: what the spec cannot say as data.

The generator never touches this file. It holds methods that are more than one endpoint call
(or that keep an official name whose parameters differ from the endpoint's), and lists them
in ``PATCH_ENDPOINTS`` so that ``genauth_async.api.ENDPOINTS`` covers every method name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._endpoint import Endpoint
from .._transport import TimeoutArg
from .events import ENDPOINTS as _EVENTS
from .events import EventsAPI

if TYPE_CHECKING:
    from ..models.events import PubEventRespData

__all__ = ["PATCH_ENDPOINTS", "Customizations"]

#: the official names of ``pub_event`` (discrepancies D13: two Python methods, one path)
PATCH_ENDPOINTS: dict[str, Endpoint[Any]] = {
    "put_event": _EVENTS["pub_event"],
    "verify_event": _EVENTS["pub_event"],
}


class Customizations(EventsAPI):
    """Hand-written methods, mixed into the client before the generated modules."""

    __slots__ = ()

    async def put_event(
        self,
        event_code: str,
        data: Any,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> PubEventRespData:
        """Publish a custom event: the official SDK's name for :meth:`pub_event`.

        ``data`` is sent as JSON text, as the official SDK sends it.
        """
        return await self.pub_event(event_code, data, timeout=timeout, deadline=deadline)

    async def verify_event(
        self,
        event_type: str,
        event_data: Any,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> PubEventRespData:
        """Publish a custom event: the official SDK's other name for :meth:`pub_event`.

        The official SDK sends ``event_data`` as given; GenAuth wants JSON text (the node SDK
        requires a string), so an object is serialized here too.
        """
        return await self.pub_event(event_type, event_data, timeout=timeout, deadline=deadline)
