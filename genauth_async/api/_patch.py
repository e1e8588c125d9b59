"""Customizations of the generated API modules: what the spec cannot say as data.

The generator never touches this file. It holds methods that are more than one endpoint call
(or that keep an official name whose parameters differ from the endpoint's), and lists them
in ``PATCH_ENDPOINTS`` so that ``genauth_async.api.ENDPOINTS`` covers every method name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import orjson

from .._checks import check_int, require_id
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from .events import ENDPOINTS as _EVENTS
from .events import EventsAPI
from .metadata import MetadataAPI
from .resources_permissions import ResourcesPermissionsAPI

if TYPE_CHECKING:
    from ..models import events as event_models
    from ..models import resources_permissions as permission_models
else:
    # loaded on first use, as the generated modules load theirs; typing.get_type_hints() works
    event_models = lazy_module("genauth_async.models.events")
    permission_models = lazy_module("genauth_async.models.resources_permissions")

__all__ = ["PATCH_ENDPOINTS", "Customizations"]

#: the official names of ``pub_event`` (discrepancies D13: two Python methods, one path)
PATCH_ENDPOINTS: dict[str, Endpoint[Any]] = {
    "put_event": _EVENTS["pub_event"],
    "verify_event": _EVENTS["pub_event"],
}


class Customizations(EventsAPI, MetadataAPI, ResourcesPermissionsAPI):
    """Hand-written methods, mixed into the client before the generated modules."""

    __slots__ = ()

    # -- lists paged by a cursor, not by page numbers: their iterators ---------------------

    async def iter_dnef(
        self,
        *,
        namespace_code: str,
        resource_code: str,
        query: str | None = None,
        start_index: int = 1,
        max_size: int = 50,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[permission_models.ExtendField]:
        """Every extended field :meth:`list_dnef` lists, following ``nextStartIndex``.

        Stops when GenAuth says the list is not ``truncated`` any more (or sends an empty
        batch, or a ``nextStartIndex`` that does not move forward).
        """
        require_id(namespace_code, "namespace_code")
        require_id(resource_code, "resource_code")
        index = check_int(start_index, "start_index", minimum=0)
        size = check_int(max_size, "max_size", minimum=1)
        while True:
            batch = await self.list_dnef(
                namespace_code=namespace_code,
                resource_code=resource_code,
                start_index=index,
                max_size=size,
                query=query,
                timeout=timeout,
                deadline=deadline,
            )
            for item in batch.list:
                yield item
            following = batch.next_start_index
            if not batch.truncated or not batch.list or index is None or following <= index:
                return
            index = following

    async def iter_all_rows_by_scroll_id(
        self,
        *,
        size: int,
        model_id: str,
        id: str | None = None,
        query: Any = None,
        get_relation_details: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[str]:
        """Every row :meth:`get_all_rows_by_scroll_id` returns, following ``scrollId``.

        Stops at an empty batch or when GenAuth sends no new scroll id.
        """
        scroll_id: str | None = None
        while True:
            batch = await self.get_all_rows_by_scroll_id(
                size=size,
                model_id=model_id,
                scroll_id=scroll_id,
                id=id,
                query=query,
                get_relation_details=get_relation_details,
                timeout=timeout,
                deadline=deadline,
            )
            for row in batch.list:
                yield row
            if not batch.list or not batch.scroll_id or batch.scroll_id == scroll_id:
                return
            scroll_id = batch.scroll_id

    async def put_event(
        self,
        event_code: str,
        data: Any,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> event_models.PubEventRespData:
        """Publish a custom event: the official SDK's name for :meth:`pub_event`.

        ``data`` is sent as JSON text (serialized here), as the official SDK sends it.
        """
        try:
            text = orjson.dumps(data).decode()
        except TypeError as exc:
            raise TypeError(f"data must be JSON-serializable: {exc}") from None
        return await self.pub_event(event_code, text, timeout=timeout, deadline=deadline)

    async def verify_event(
        self,
        event_type: str,
        event_data: Any,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> event_models.PubEventRespData:
        """Publish a custom event: the official SDK's other name for :meth:`pub_event`.

        ``event_data`` is sent as the caller's JSON value (a dict as an object), as the official
        SDK sends it.
        """
        return await self.pub_event(event_type, event_data, timeout=timeout, deadline=deadline)
