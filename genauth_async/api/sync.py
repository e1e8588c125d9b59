"""The synchronization center: sync tasks, their jobs, logs and risky operations.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_model,
    as_models,
    check_enum,
    check_enum_list,
    check_flag,
    check_list,
    check_page,
    check_page_size,
    check_str,
    require_enum,
    require_id,
    require_int,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import sync as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.sync")

__all__ = ["ENDPOINTS", "SyncAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "cancel_sync_risk_operation": Endpoint(
        "POST",
        "api/v3/cancel-sync-risk-operation",
        idempotent=False,
        load=lambda: models.CancelSyncRiskOperationsData,
    ),
    "create_sync_task": Endpoint(
        "POST", "api/v3/create-sync-task", idempotent=False, load=lambda: models.SyncTaskPaging
    ),
    "get_sync_job": Endpoint(
        "GET", "api/v3/get-sync-job", idempotent=True, load=lambda: models.SyncJob
    ),
    "get_sync_task": Endpoint(
        "GET", "api/v3/get-sync-task", idempotent=True, load=lambda: models.SyncTask
    ),
    "list_sync_job_logs": Endpoint(
        "GET", "api/v3/list-sync-job-logs", idempotent=True, load=lambda: models.SyncJobLogPaging
    ),
    "list_sync_jobs": Endpoint(
        "GET", "api/v3/list-sync-jobs", idempotent=True, load=lambda: models.SyncJobPaging
    ),
    "list_sync_risk_operations": Endpoint(
        "GET",
        "api/v3/list-sync-risk-operations",
        idempotent=True,
        load=lambda: models.SyncRiskOperationPaging,
    ),
    "list_sync_tasks": Endpoint(
        "GET", "api/v3/list-sync-tasks", idempotent=True, load=lambda: models.SyncTaskPaging
    ),
    "trigger_sync_risk_operations": Endpoint(
        "POST",
        "api/v3/trigger-sync-risk-operations",
        idempotent=False,
        load=lambda: models.TriggerSyncRiskOperationsData,
    ),
    "trigger_sync_task": Endpoint(
        "POST",
        "api/v3/trigger-sync-task",
        idempotent=False,
        load=lambda: models.TriggerSyncTaskData,
    ),
    "update_sync_task": Endpoint(
        "POST", "api/v3/update-sync-task", idempotent=True, load=lambda: models.SyncTaskPaging
    ),
}
_E = ENDPOINTS


class SyncAPI(APIModule):
    """The synchronization center: sync tasks, their jobs, logs and risky operations."""

    __slots__ = ()

    async def cancel_sync_risk_operation(
        self,
        sync_risk_operation_ids: Sequence[int],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CancelSyncRiskOperationsData:
        """Discard risky operations a sync task held back.

        ``POST /api/v3/cancel-sync-risk-operation``; not retried once it may have reached
        GenAuth (a replay is not safe). In neither official SDK: from GenAuth's server OpenAPI
        document (``SyncCenterManagementController_cancelSyncRiskOperation``).
        """
        _body = models.CancelSyncRiskOperation(
            sync_risk_operation_ids=check_list(sync_risk_operation_ids, "sync_risk_operation_ids"),
        )
        return await self._transport.request(
            _E["cancel_sync_risk_operation"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_sync_task(
        self,
        sync_task_name: str,
        sync_task_type: models.SyncTaskType | str,
        client_config: models.SyncTaskClientConfig | Mapping[str, Any],
        sync_task_flow: models.SyncTaskFlow | str,
        sync_task_trigger: models.SyncTaskTrigger | str,
        field_mapping: Sequence[models.SyncTaskFieldMapping | Mapping[str, Any]],
        organization_code: str | None = None,
        provisioning_scope: models.SyncTaskProvisioningScope | Mapping[str, Any] | None = None,
        timed_scheduler: models.SyncTaskTimedScheduler | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncTaskPaging:
        """Create a sync task from or to a third-party directory.

        ``POST /api/v3/create-sync-task``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_createSyncTask``).
        """
        _body = models.CreateSyncTask(
            sync_task_name=require_id(sync_task_name, "sync_task_name"),
            sync_task_type=require_enum(models.SyncTaskType, sync_task_type, "sync_task_type"),
            client_config=as_model(client_config, models.SyncTaskClientConfig, "client_config"),
            sync_task_flow=require_enum(models.SyncTaskFlow, sync_task_flow, "sync_task_flow"),
            sync_task_trigger=require_enum(
                models.SyncTaskTrigger, sync_task_trigger, "sync_task_trigger"
            ),
            field_mapping=as_models(field_mapping, models.SyncTaskFieldMapping, "field_mapping"),
            organization_code=check_str(organization_code, "organization_code"),
            provisioning_scope=as_model(
                provisioning_scope,
                models.SyncTaskProvisioningScope,
                "provisioning_scope",
                optional=True,
            ),
            timed_scheduler=as_model(
                timed_scheduler, models.SyncTaskTimedScheduler, "timed_scheduler", optional=True
            ),
        )
        return await self._transport.request(
            _E["create_sync_task"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_sync_job(
        self,
        sync_job_id: int,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncJob:
        """One run (job) of a sync task.

        ``GET /api/v3/get-sync-job``; retried on failure (a replay is safe). In neither official
        SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_getSyncJob``).
        """
        _query: dict[str, Any] = {
            "syncJobId": require_int(sync_job_id, "sync_job_id"),
        }
        return await self._transport.request(
            _E["get_sync_job"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_sync_task(
        self,
        sync_task_id: int,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncTask:
        """One sync task: its source, schedule and field mapping.

        ``GET /api/v3/get-sync-task``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_getSyncTask``).
        """
        _query: dict[str, Any] = {
            "syncTaskId": require_int(sync_task_id, "sync_task_id"),
        }
        return await self._transport.request(
            _E["get_sync_task"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_sync_job_logs(
        self,
        sync_job_id: int,
        page: int | str | None = None,
        limit: int | str | None = None,
        success: bool | None = None,
        action: models.ListSyncJobLogsAction | str | None = None,
        object_type: models.ObjectType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncJobLogPaging:
        """What a sync job did, record by record, a page at a time.

        ``GET /api/v3/list-sync-job-logs``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncJobLogs``).
        """
        _query: dict[str, Any] = {
            "syncJobId": require_int(sync_job_id, "sync_job_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "success": check_flag(success, "success"),
            "action": check_enum(models.ListSyncJobLogsAction, action, "action"),
            "objectType": check_enum(models.ObjectType, object_type, "object_type"),
        }
        return await self._transport.request(
            _E["list_sync_job_logs"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_sync_job_logs(
        self,
        sync_job_id: int,
        success: bool | None = None,
        action: models.ListSyncJobLogsAction | str | None = None,
        object_type: models.ObjectType | str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`list_sync_job_logs`, page after page.

        ``GET /api/v3/list-sync-job-logs``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncJobLogs``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "syncJobId": require_int(sync_job_id, "sync_job_id"),
            "success": check_flag(success, "success"),
            "action": check_enum(models.ListSyncJobLogsAction, action, "action"),
            "objectType": check_enum(models.ObjectType, object_type, "object_type"),
        }
        return self._iter_query(
            _E["list_sync_job_logs"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_sync_jobs(
        self,
        sync_task_id: int,
        page: int | str | None = None,
        limit: int | str | None = None,
        sync_trigger: models.SyncTaskTrigger | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncJobPaging:
        """The runs (jobs) of a sync task, a page at a time.

        ``GET /api/v3/list-sync-jobs``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncJobs``).
        """
        _query: dict[str, Any] = {
            "syncTaskId": require_int(sync_task_id, "sync_task_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "syncTrigger": check_enum(models.SyncTaskTrigger, sync_trigger, "sync_trigger"),
        }
        return await self._transport.request(
            _E["list_sync_jobs"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_sync_jobs(
        self,
        sync_task_id: int,
        sync_trigger: models.SyncTaskTrigger | str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.SyncJob]:
        """Every item of :meth:`list_sync_jobs`, page after page.

        ``GET /api/v3/list-sync-jobs``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncJobs``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "syncTaskId": require_int(sync_task_id, "sync_task_id"),
            "syncTrigger": check_enum(models.SyncTaskTrigger, sync_trigger, "sync_trigger"),
        }
        return self._iter_query(
            _E["list_sync_jobs"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_sync_risk_operations(
        self,
        sync_task_id: int,
        page: int | str | None = None,
        limit: int | str | None = None,
        status: Sequence[models.SyncRiskOperationStatus | str] | None = None,
        object_type: Sequence[models.ObjectType | str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncRiskOperationPaging:
        """Risky operations a sync task held back for approval.

        ``GET /api/v3/list-sync-risk-operations``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncRiskOperations``).
        """
        _query: dict[str, Any] = {
            "syncTaskId": require_int(sync_task_id, "sync_task_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "status": check_enum_list(
                models.SyncRiskOperationStatus, status, "status", optional=True
            ),
            "objectType": check_enum_list(
                models.ObjectType, object_type, "object_type", optional=True
            ),
        }
        return await self._transport.request(
            _E["list_sync_risk_operations"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_sync_risk_operations(
        self,
        sync_task_id: int,
        status: Sequence[models.SyncRiskOperationStatus | str] | None = None,
        object_type: Sequence[models.ObjectType | str] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.SyncRiskOperation]:
        """Every item of :meth:`list_sync_risk_operations`, page after page.

        ``GET /api/v3/list-sync-risk-operations``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncRiskOperations``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "syncTaskId": require_int(sync_task_id, "sync_task_id"),
            "status": check_enum_list(
                models.SyncRiskOperationStatus, status, "status", optional=True
            ),
            "objectType": check_enum_list(
                models.ObjectType, object_type, "object_type", optional=True
            ),
        }
        return self._iter_query(
            _E["list_sync_risk_operations"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_sync_tasks(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncTaskPaging:
        """The sync tasks of the user pool, a page at a time.

        ``GET /api/v3/list-sync-tasks``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncTasks``).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list_sync_tasks"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_sync_tasks(
        self,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.SyncTask]:
        """Every item of :meth:`list_sync_tasks`, page after page.

        ``GET /api/v3/list-sync-tasks``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_listSyncTasks``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {}
        return self._iter_query(
            _E["list_sync_tasks"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def trigger_sync_risk_operations(
        self,
        sync_risk_operation_ids: Sequence[int],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TriggerSyncRiskOperationsData:
        """Carry out risky operations a sync task held back.

        ``POST /api/v3/trigger-sync-risk-operations``; not retried once it may have reached
        GenAuth (a replay is not safe). In neither official SDK: from GenAuth's server OpenAPI
        document (``SyncCenterManagementController_triggerSyncRiskOperations``).
        """
        _body = models.TriggerSyncRiskOperation(
            sync_risk_operation_ids=check_list(sync_risk_operation_ids, "sync_risk_operation_ids"),
        )
        return await self._transport.request(
            _E["trigger_sync_risk_operations"], body=_body, timeout=timeout, deadline=deadline
        )

    async def trigger_sync_task(
        self,
        sync_task_id: int,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TriggerSyncTaskData:
        """Run a sync task now.

        ``POST /api/v3/trigger-sync-task``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_triggerSyncTask``).
        """
        _body = models.TriggerSyncTask(
            sync_task_id=require_int(sync_task_id, "sync_task_id"),
        )
        return await self._transport.request(
            _E["trigger_sync_task"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_sync_task(
        self,
        sync_task_id: int,
        sync_task_name: str | None = None,
        sync_task_type: models.SyncTaskType | str | None = None,
        client_config: models.SyncTaskClientConfig | Mapping[str, Any] | None = None,
        sync_task_flow: models.SyncTaskFlow | str | None = None,
        sync_task_trigger: models.SyncTaskTrigger | str | None = None,
        organization_code: str | None = None,
        provisioning_scope: models.SyncTaskProvisioningScope | Mapping[str, Any] | None = None,
        field_mapping: Sequence[models.SyncTaskFieldMapping | Mapping[str, Any]] | None = None,
        timed_scheduler: models.SyncTaskTimedScheduler | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SyncTaskPaging:
        """Change a sync task's configuration.

        ``POST /api/v3/update-sync-task``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``SyncCenterManagementController_updateSyncTask``).
        """
        _body = models.UpdateSyncTask(
            sync_task_id=require_int(sync_task_id, "sync_task_id"),
            sync_task_name=check_str(sync_task_name, "sync_task_name"),
            sync_task_type=check_enum(models.SyncTaskType, sync_task_type, "sync_task_type"),
            client_config=as_model(
                client_config, models.SyncTaskClientConfig, "client_config", optional=True
            ),
            sync_task_flow=check_enum(models.SyncTaskFlow, sync_task_flow, "sync_task_flow"),
            sync_task_trigger=check_enum(
                models.SyncTaskTrigger, sync_task_trigger, "sync_task_trigger"
            ),
            organization_code=check_str(organization_code, "organization_code"),
            provisioning_scope=as_model(
                provisioning_scope,
                models.SyncTaskProvisioningScope,
                "provisioning_scope",
                optional=True,
            ),
            field_mapping=as_models(
                field_mapping, models.SyncTaskFieldMapping, "field_mapping", optional=True
            ),
            timed_scheduler=as_model(
                timed_scheduler, models.SyncTaskTimedScheduler, "timed_scheduler", optional=True
            ),
        )
        return await self._transport.request(
            _E["update_sync_task"], body=_body, timeout=timeout, deadline=deadline
        )
