"""Models of the GenAuth *sync* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, redacted

__all__ = [
    "CancelSyncRiskOperation",
    "CancelSyncRiskOperationsData",
    "CreateSyncTask",
    "Cycle",
    "ListSyncJobLogsAction",
    "ObjectType",
    "SyncJob",
    "SyncJobLogPaging",
    "SyncJobPaging",
    "SyncRiskOperation",
    "SyncRiskOperationPaging",
    "SyncRiskOperationStatus",
    "SyncStatus",
    "SyncTask",
    "SyncTaskActiveDirectoryClientConfig",
    "SyncTaskClientConfig",
    "SyncTaskDingtalkClientConfig",
    "SyncTaskFieldMapping",
    "SyncTaskFlow",
    "SyncTaskFxiaokeClientConfig",
    "SyncTaskItalentClientConfig",
    "SyncTaskKayangClientConfig",
    "SyncTaskLarkClientConfig",
    "SyncTaskLdapClientConfig",
    "SyncTaskMaycurClientConfig",
    "SyncTaskMokaClientConfig",
    "SyncTaskPaging",
    "SyncTaskProvisioningScope",
    "SyncTaskScimClientConfig",
    "SyncTaskTimedScheduler",
    "SyncTaskTrigger",
    "SyncTaskType",
    "SyncTaskWechatworkClientConfig",
    "SyncTaskXiaoshouyiClientConfig",
    "TriggerSyncRiskOperation",
    "TriggerSyncRiskOperationsData",
    "TriggerSyncTask",
    "TriggerSyncTaskData",
    "UpdateSyncTask",
]


class Cycle(StrEnum):
    """Allowed values of cycle."""

    MONTH = "month"
    WEEK = "week"
    DAYS = "days"
    SIX_HOURS = "sixHours"
    TWO_HOURS = "twoHours"


class ListSyncJobLogsAction(StrEnum):
    """Allowed values of list sync job logs action."""

    CREATE_USER = "CreateUser"
    UPDATE_USER = "UpdateUser"
    DELETE_USER = "DeleteUser"
    UPDATE_USER_IDENTIFIER = "UpdateUserIdentifier"
    CHANGE_USER_DEPARTMENT = "ChangeUserDepartment"
    CREATE_DEPARTMENT = "CreateDepartment"
    UPDATE_DEPARTMENT = "UpdateDepartment"
    DELETE_DEPARTMENT = "DeleteDepartment"
    MOVE_DEPARTMENT = "MoveDepartment"
    UPDATE_DEPARTMENT_LEADER = "UpdateDepartmentLeader"
    CREATE_GROUP = "CreateGroup"
    UPDATE_GROUP = "UpdateGroup"
    DELETE_GROUP = "DeleteGroup"
    UPDATELESS = "Updateless"


class ObjectType(StrEnum):
    """Allowed values of object type."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


class SyncRiskOperationStatus(StrEnum):
    """Allowed values of sync risk operation status."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    EXECUTING = "EXECUTING"


class SyncStatus(StrEnum):
    """Allowed values of sync status."""

    FREE = "free"
    PENDING = "pending"
    ON_PROGRESS = "onProgress"
    SUCCESS = "success"
    FAILED = "failed"


class SyncTaskFlow(StrEnum):
    """Allowed values of sync task flow."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class SyncTaskTrigger(StrEnum):
    """Allowed values of sync task trigger."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class SyncTaskType(StrEnum):
    """Allowed values of sync task type."""

    LARK = "lark"
    LARK_INTERNATIONAL = "lark-international"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    ACTIVE_DIRECTORY = "active-directory"
    ITALENT = "italent"
    MAYCUR = "maycur"
    LDAP = "ldap"
    MOKA = "moka"
    FXIAOKE = "fxiaoke"
    SCIM = "scim"
    XIAOSHOUYI = "xiaoshouyi"
    KAYANG = "kayang"
    CUSTOM = "custom"


@attrs.define(kw_only=True, slots=False)
class CancelSyncRiskOperation(Model):
    """Request body of ``cancel_sync_risk_operation``."""

    sync_risk_operation_ids: list[int]


@attrs.define(kw_only=True, slots=False)
class CancelSyncRiskOperationsData(Model):
    """GenAuth ``CancelSyncRiskOperationsDataDto``."""

    success_list: list[int]
    faild_list: list[int]


@attrs.define(kw_only=True, slots=False)
class CreateSyncTask(Model):
    """Request body of ``create_sync_task``."""

    sync_task_name: str
    sync_task_type: SyncTaskType | str = enum_field(SyncTaskType, "sync_task_type", required=True)
    client_config: SyncTaskClientConfig
    sync_task_flow: SyncTaskFlow | str = enum_field(SyncTaskFlow, "sync_task_flow", required=True)
    sync_task_trigger: SyncTaskTrigger | str = enum_field(
        SyncTaskTrigger, "sync_task_trigger", required=True
    )
    field_mapping: list[SyncTaskFieldMapping]
    organization_code: str | None = None
    provisioning_scope: SyncTaskProvisioningScope | None = None
    timed_scheduler: SyncTaskTimedScheduler | None = None


@attrs.define(kw_only=True, slots=False)
class SyncJob(Model):
    """GenAuth ``SyncJobDto``."""

    sync_job_id: int
    sync_task_id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sync_status: SyncStatus | str
    sync_flow: SyncTaskFlow | str
    sync_trigger: SyncTaskTrigger | str
    department_count_all: int
    department_count_succ: int
    department_update_count_all: int
    department_update_count_succ: int
    account_count_all: int
    account_count_succ: int
    account_update_count_all: int
    account_update_count_succ: int
    err_msg: str | None = None


@attrs.define(kw_only=True, slots=False)
class SyncRiskOperation(Model):
    """GenAuth ``SyncRiskOperationDto``."""

    sync_risk_operation_id: int
    sync_task_id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: SyncRiskOperationStatus | str
    level: int
    object_type: ObjectType | str
    object_name: str
    object_id: str
    err_msg: str | None = None


@attrs.define(kw_only=True, slots=False)
class SyncTaskActiveDirectoryClientConfig(Model):
    """GenAuth ``SyncTaskActiveDirectoryClientConfig``."""

    sync_identity_provider_code: str | None = None
    ticket_url: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "ticket_url"}
    )


@attrs.define(kw_only=True, slots=False)
class SyncTaskClientConfig(Model):
    """GenAuth ``SyncTaskClientConfig``."""

    lark_config: SyncTaskLarkClientConfig | None = None
    lark_international_config: SyncTaskLarkClientConfig | None = None
    wechatwork_config: SyncTaskWechatworkClientConfig | None = None
    dingtalk_config: SyncTaskDingtalkClientConfig | None = None
    moka_config: SyncTaskMokaClientConfig | None = None
    scim_config: SyncTaskScimClientConfig | None = None
    active_directory_config: SyncTaskActiveDirectoryClientConfig | None = None
    ldap_config: SyncTaskLdapClientConfig | None = None
    italent_config: SyncTaskItalentClientConfig | None = None
    maycur_config: SyncTaskMaycurClientConfig | None = None
    fxiaoke_config: SyncTaskFxiaokeClientConfig | None = None
    xiaoshouyi_config: SyncTaskXiaoshouyiClientConfig | None = None
    kayang_config: SyncTaskKayangClientConfig | None = None


@attrs.define(kw_only=True, slots=False)
class SyncTaskDingtalkClientConfig(Model):
    """GenAuth ``SyncTaskDingtalkClientConfig``."""

    corp_id: str
    app_key: str
    app_secret: str = attrs.field(repr=redacted)
    aes_key: str | None = attrs.field(default=None, metadata={"wire": "aes_key"})
    token: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class SyncTask(Model):
    """GenAuth ``SyncTaskDto``."""

    sync_task_id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sync_task_name: str
    sync_task_type: SyncTaskType | str
    sync_flow: SyncTaskFlow | str
    sync_trigger: SyncTaskTrigger | str
    field_mapping: list[SyncTaskFieldMapping]
    last_sync_message: str | None = None
    last_sync_rate: int | None = None
    last_sync_status: SyncStatus | str | None = None
    last_sync_time: datetime.datetime | None = None
    organization_code: str | None = None
    provisioning_scope: SyncTaskProvisioningScope | None = None
    timed_scheduler: SyncTaskTimedScheduler | None = None


@attrs.define(kw_only=True, slots=False)
class SyncTaskFieldMapping(Model):
    """GenAuth ``SyncTaskFieldMapping``."""

    expression: str
    target_key: str


@attrs.define(kw_only=True, slots=False)
class SyncTaskFxiaokeClientConfig(Model):
    """GenAuth ``SyncTaskFxiaokeClientConfig``."""

    app_id: str
    app_secret: str = attrs.field(repr=redacted)
    permanent_code: str
    current_open_user_id: str


@attrs.define(kw_only=True, slots=False)
class SyncTaskItalentClientConfig(Model):
    """GenAuth ``SyncTaskItalentClientConfig``."""

    tenant_id: str = attrs.field(metadata={"wire": "tenant_id"})
    app_key: str = attrs.field(metadata={"wire": "app_key"})
    app_secret: str = attrs.field(repr=redacted, metadata={"wire": "app_secret"})


@attrs.define(kw_only=True, slots=False)
class SyncTaskKayangClientConfig(Model):
    """GenAuth ``SyncTaskKayangClientConfig``."""

    endpoint: str
    account: str
    password: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class SyncTaskLarkClientConfig(Model):
    """GenAuth ``SyncTaskLarkClientConfig``."""

    app_id: str = attrs.field(metadata={"wire": "app_id"})
    app_secret: str = attrs.field(repr=redacted, metadata={"wire": "app_secret"})
    encrypt_key: str | None = attrs.field(default=None, metadata={"wire": "encrypt_key"})
    verification_token: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "verification_token"}
    )


@attrs.define(kw_only=True, slots=False)
class SyncTaskLdapClientConfig(Model):
    """GenAuth ``SyncTaskLdapClientConfig``."""

    url: str
    bind_dn: str
    bind_credentials: str
    users_base_dn: str
    groups_base_dn: str
    user_query_criteria: str
    department_query_criteria: str


@attrs.define(kw_only=True, slots=False)
class SyncTaskMaycurClientConfig(Model):
    """GenAuth ``SyncTaskMaycurClientConfig``."""

    app_code: str = attrs.field(metadata={"wire": "app_code"})
    app_secret: str = attrs.field(repr=redacted, metadata={"wire": "app_secret"})
    endpoint: str


@attrs.define(kw_only=True, slots=False)
class SyncTaskMokaClientConfig(Model):
    """GenAuth ``SyncTaskMokaClientConfig``."""

    user_name: str
    ent_code: str
    api_code_employee: str = attrs.field(metadata={"wire": "apiCode_employee"})
    api_code_department: str = attrs.field(metadata={"wire": "apiCode_department"})
    private_key: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class SyncTaskProvisioningScope(Model):
    """GenAuth ``SyncTaskProvisioningScope``."""

    all: bool
    include_new_users: bool


@attrs.define(kw_only=True, slots=False)
class SyncTaskScimClientConfig(Model):
    """GenAuth ``SyncTaskScimClientConfig``."""

    user_url: str = attrs.field(metadata={"wire": "user_url"})
    token: str = attrs.field(repr=redacted)
    org_url: str | None = attrs.field(default=None, metadata={"wire": "org_url"})
    root_department_id: str | None = attrs.field(
        default=None, metadata={"wire": "root_department_id"}
    )
    parent_department: str | None = attrs.field(
        default=None, metadata={"wire": "parent_department"}
    )
    department: str | None = None


@attrs.define(kw_only=True, slots=False)
class SyncTaskTimedScheduler(Model):
    """GenAuth ``SyncTaskTimedScheduler``."""

    cycle: Cycle | str
    start_time: int


@attrs.define(kw_only=True, slots=False)
class SyncTaskWechatworkClientConfig(Model):
    """GenAuth ``SyncTaskWechatworkClientConfig``."""

    corp_id: str = attrs.field(metadata={"wire": "corpID"})
    secret: str = attrs.field(repr=redacted)
    token: str | None = attrs.field(default=None, repr=redacted)
    encoding_aes_key: str | None = attrs.field(default=None, metadata={"wire": "encodingAESKey"})
    agent_url: str | None = None


@attrs.define(kw_only=True, slots=False)
class SyncTaskXiaoshouyiClientConfig(Model):
    """GenAuth ``SyncTaskXiaoshouyiClientConfig``."""

    client_id: str = attrs.field(metadata={"wire": "client_id"})
    client_secret: str = attrs.field(repr=redacted, metadata={"wire": "client_secret"})
    username: str
    password: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class TriggerSyncRiskOperation(Model):
    """Request body of ``trigger_sync_risk_operations``."""

    sync_risk_operation_ids: list[int]


@attrs.define(kw_only=True, slots=False)
class TriggerSyncRiskOperationsData(Model):
    """GenAuth ``TriggerSyncRiskOperationsDataDto``."""

    success_list: list[int]
    faild_list: list[int]


@attrs.define(kw_only=True, slots=False)
class TriggerSyncTaskData(Model):
    """GenAuth ``TriggerSyncTaskDataDto``."""

    sync_job_id: int


@attrs.define(kw_only=True, slots=False)
class TriggerSyncTask(Model):
    """Request body of ``trigger_sync_task``."""

    sync_task_id: int


@attrs.define(kw_only=True, slots=False)
class UpdateSyncTask(Model):
    """Request body of ``update_sync_task``."""

    sync_task_id: int
    sync_task_name: str | None = None
    sync_task_type: SyncTaskType | str | None = enum_field(SyncTaskType, "sync_task_type")
    client_config: SyncTaskClientConfig | None = None
    sync_task_flow: SyncTaskFlow | str | None = enum_field(SyncTaskFlow, "sync_task_flow")
    sync_task_trigger: SyncTaskTrigger | str | None = enum_field(
        SyncTaskTrigger, "sync_task_trigger"
    )
    organization_code: str | None = None
    provisioning_scope: SyncTaskProvisioningScope | None = None
    field_mapping: list[SyncTaskFieldMapping] | None = None
    timed_scheduler: SyncTaskTimedScheduler | None = None


SyncJobLogPaging = Page[Any]


SyncJobPaging = Page[SyncJob]


SyncRiskOperationPaging = Page[SyncRiskOperation]


SyncTaskPaging = Page[SyncTask]
