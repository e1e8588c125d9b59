"""Pipeline functions (custom code run in authentication flows).

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    check_flag,
    check_int,
    check_page,
    check_page_size,
    check_str,
    require_enum,
    require_id,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import pipeline as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.pipeline")

__all__ = ["ENDPOINTS", "PipelineAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "create_pipeline_function": Endpoint(
        "POST",
        "api/v3/create-pipeline-function",
        idempotent=False,
        load=lambda: models.PipelineFunction,
    ),
    "delete_pipeline_function": Endpoint("POST", "api/v3/delete-pipeline-function", None, True),
    "get_pipeline_function": Endpoint(
        "GET", "api/v3/get-pipeline-function", idempotent=True, load=lambda: models.PipelineFunction
    ),
    "get_pipeline_logs": Endpoint(
        "GET",
        "api/v3/get-pipeline-logs",
        idempotent=True,
        load=lambda: models.PipelineFunctionPaging,
    ),
    "list_pipeline_functions": Endpoint(
        "GET",
        "api/v3/list-pipeline-functions",
        idempotent=True,
        load=lambda: models.PipelineFunctionPaging,
    ),
    "reupload_pipeline_function": Endpoint(
        "POST",
        "api/v3/reupload-pipeline-function",
        idempotent=False,
        load=lambda: models.PipelineFunction,
    ),
    "update_pipeline_function": Endpoint(
        "POST",
        "api/v3/update-pipeline-function",
        idempotent=True,
        load=lambda: models.PipelineFunction,
    ),
    "update_pipeline_order": Endpoint("POST", "api/v3/update-pipeline-order", None, True),
}
_E = ENDPOINTS


class PipelineAPI(APIModule):
    """Pipeline functions (custom code run in authentication flows)."""

    __slots__ = ()

    async def create_pipeline_function(
        self,
        source_code: str,
        scene: models.Scene | str,
        func_name: str,
        func_description: str | None = None,
        is_asynchronous: bool | None = None,
        timeout: int | None = None,
        terminate_on_timeout: bool | None = None,
        enabled: bool | None = None,
        *,
        request_timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PipelineFunction:
        """Create pipeline function.

        ``POST /api/v3/create-pipeline-function``; not retried once it may have reached GenAuth
        (a replay is not safe). ``timeout`` is the official parameter of this endpoint; the time
        allowed for this call is ``request_timeout``.
        """
        _body = models.CreatePipelineFunction(
            source_code=require_id(source_code, "source_code"),
            scene=require_enum(models.Scene, scene, "scene"),
            func_name=require_id(func_name, "func_name"),
            func_description=check_str(func_description, "func_description"),
            is_asynchronous=check_flag(is_asynchronous, "is_asynchronous"),
            timeout=check_int(timeout, "timeout"),
            terminate_on_timeout=check_flag(terminate_on_timeout, "terminate_on_timeout"),
            enabled=check_flag(enabled, "enabled"),
        )
        return await self._transport.request(
            _E["create_pipeline_function"], body=_body, timeout=request_timeout, deadline=deadline
        )

    async def delete_pipeline_function(
        self,
        func_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete pipeline function.

        ``POST /api/v3/delete-pipeline-function``; retried on failure (a replay is safe).
        """
        _body = models.DeletePipelineFunction(
            func_id=require_id(func_id, "func_id"),
        )
        return await self._transport.request(
            _E["delete_pipeline_function"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_pipeline_function(
        self,
        func_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PipelineFunction:
        """Get pipeline function.

        ``GET /api/v3/get-pipeline-function``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "funcId": require_id(func_id, "func_id"),
        }
        return await self._transport.request(
            _E["get_pipeline_function"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_pipeline_logs(
        self,
        func_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PipelineFunctionPaging:
        """Get pipeline logs.

        ``GET /api/v3/get-pipeline-logs``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "funcId": require_id(func_id, "func_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["get_pipeline_logs"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_pipeline_logs(
        self,
        func_id: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.PipelineFunction]:
        """Every item of :meth:`get_pipeline_logs`, page after page.

        ``GET /api/v3/get-pipeline-logs``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "funcId": require_id(func_id, "func_id"),
        }
        return self._iter_query(
            _E["get_pipeline_logs"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_pipeline_functions(
        self,
        scene: models.Scene | str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PipelineFunctionPaging:
        """List pipeline functions.

        ``GET /api/v3/list-pipeline-functions``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "scene": require_enum(models.Scene, scene, "scene"),
        }
        return await self._transport.request(
            _E["list_pipeline_functions"], query=_query, timeout=timeout, deadline=deadline
        )

    async def reupload_pipeline_function(
        self,
        func_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PipelineFunction:
        """Reupload pipeline function.

        ``POST /api/v3/reupload-pipeline-function``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.ReUploadPipelineFunction(
            func_id=require_id(func_id, "func_id"),
        )
        return await self._transport.request(
            _E["reupload_pipeline_function"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_pipeline_function(
        self,
        func_id: str,
        func_name: str | None = None,
        func_description: str | None = None,
        source_code: str | None = None,
        is_asynchronous: bool | None = None,
        timeout: int | None = None,
        terminate_on_timeout: bool | None = None,
        enabled: bool | None = None,
        *,
        request_timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PipelineFunction:
        """Update pipeline function.

        ``POST /api/v3/update-pipeline-function``; retried on failure (a replay is safe).
        ``timeout`` is the official parameter of this endpoint; the time allowed for this call
        is ``request_timeout``.
        """
        _body = models.UpdatePipelineFunction(
            func_id=require_id(func_id, "func_id"),
            func_name=check_str(func_name, "func_name"),
            func_description=check_str(func_description, "func_description"),
            source_code=check_str(source_code, "source_code"),
            is_asynchronous=check_flag(is_asynchronous, "is_asynchronous"),
            timeout=check_int(timeout, "timeout"),
            terminate_on_timeout=check_flag(terminate_on_timeout, "terminate_on_timeout"),
            enabled=check_flag(enabled, "enabled"),
        )
        return await self._transport.request(
            _E["update_pipeline_function"], body=_body, timeout=request_timeout, deadline=deadline
        )

    async def update_pipeline_order(
        self,
        order: Sequence[str],
        scene: models.Scene | str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Update pipeline order.

        ``POST /api/v3/update-pipeline-order``; retried on failure (a replay is safe).
        """
        _body = models.UpdatePipelineOrder(
            order=require_str_list(order, "order"),
            scene=require_enum(models.Scene, scene, "scene"),
        )
        return await self._transport.request(
            _E["update_pipeline_order"], body=_body, timeout=timeout, deadline=deadline
        )
