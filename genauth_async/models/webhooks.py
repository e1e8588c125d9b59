"""Models of the GenAuth *webhooks* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, enum_list_field, redacted
from .common import IsSuccess

__all__ = [
    "ContentType",
    "CreateWebhook",
    "DelayUnit",
    "DeleteWebhook",
    "Events",
    "GetWebhooksData",
    "IsSuccess",
    "ListWebhookLogs",
    "ListWebhookLogsData",
    "TriggerWebhook",
    "TriggerWebhookData",
    "UpdateWebhook",
    "UpdateWebhookEvents",
    "Webhook",
    "WebhookCategory",
    "WebhookEvent",
    "WebhookEventListData",
    "WebhookLog",
    "WebhookRetryConfigV3",
]


class ContentType(StrEnum):
    """Allowed values of content type."""

    APPLICATION_JSON = "application/json"
    APPLICATION_X_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"


class DelayUnit(StrEnum):
    """Allowed values of delay unit."""

    SECOND = "Second"
    MINUTE = "Minute"
    HOUR = "Hour"
    DAY = "Day"


class Events(StrEnum):
    """Allowed values of events."""

    TEST = "test"
    REGISTER = "register"
    LOGIN = "login"
    MFA_VERIFIED = "mfa:verified"
    KICK = "kick"
    USER_CREATED = "user:created"
    USER_PASSWORD_CHANGED = "user:password-changed"
    USER_UPDATED = "user:updated"
    USER_EMAIL_VERIFIED = "user:email-verified"
    USER_ARCHIVED = "user:archived"
    USER_UNARCHIVED = "user:unarchived"
    USER_BLOCKED = "user:blocked"
    USER_UNBLOCKED = "user:unblocked"
    USER_DELETED = "user:deleted"
    USER_REGISTER_WHITELIST_ADDED = "user:register-whitelist-added"
    USER_REGISTER_WHITELIST_DELETED = "user:register-whitelist-deleted"
    USER_UDV_CHANGED = "user:udv-changed"
    USER_LINK_ACCOUNT = "user:link-account"
    USER_PASSWORD_UPDATE_REMIND = "user:password-update-remind"
    USER_ORGANIZATION_NODE_UPDATE = "user:organization-node-update"
    PERMISSION_REVOKE = "permission:revoke"
    PERMISSION_ADD = "permission:add"
    RESOURCE_CREATED = "resource:created"
    RESOURCE_DELETE = "resource:delete"
    RESOURCE_UPDATED = "resource:updated"
    ROLE_CREATED = "role:created"
    ROLE_UPDATED = "role:updated"
    ROLE_DELETED = "role:deleted"
    ROLE_DISABLE = "role:disable"
    ROLE_ASSIGNED = "role:assigned"
    SUBJECT_REMOVE = "subject:remove"
    ROLE_UNASSIGNED = "role:unassigned"
    ROLE_UDV_CHANGED = "role:udv-changed"
    APPLICATION_MFA_ENABLED = "application:mfa:enabled"
    APPLICATION_MFA_DISABLED = "application:mfa:disabled"
    GROUP_CREATED = "group:created"
    GROUP_UPDATED = "group:updated"
    GROUP_DELETED = "group:deleted"
    GROUP_MEMBER_ADDED = "group:member-added"
    GROUP_MEMBER_REMOVED = "group:member-removed"
    ORGANIZATION_CREATED = "organization:created"
    ORGANIZATION_IMPORTED = "organization:imported"
    ORGANIZATION_DELETED = "organization:deleted"
    ORGANIZATION_NODE_ADDED = "organization:node-added"
    ORGANIZATION_NODE_UPDATED = "organization:node-updated"
    ORGANIZATION_TREE_UPDATED = "organization:tree-updated"
    ORGANIZATION_NODE_DELETED = "organization:node-deleted"
    ORGANIZATION_NODE_MOVED = "organization:node-moved"
    ORGANIZATION_MEMBER_ADDED = "organization:member-added"
    ORGANIZATION_MEMBER_REMOVED = "organization:member-removed"
    ORGANIZATION_UDV_CHANGED = "organization:udv-changed"
    PRIVILEGE_NAMESPACE_CREATED = "privilege-namespace:created"
    PRIVILEGE_NAMESPACE_UPDATED = "privilege-namespace:updated"
    PRIVILEGE_NAMESPACE_DELETED = "privilege-namespace:deleted"
    USER_POOL_COOPERATOR_ADDED = "user-pool:cooperator-added"
    USER_POOL_COOPERATOR_REMOVED = "user-pool:cooperator-removed"
    USER_POOL_SECRET_REFRESHED = "user-pool:secret-refreshed"
    USER_POOL_UPDATED = "user-pool:updated"
    USER_POOL_UDF_ADDED = "user-pool:udf-added"
    USER_POOL_UDF_DELETED = "user-pool:udf-deleted"
    USER_POOL_ENV_ADDED = "user-pool:env-added"
    USER_POOL_ENV_DELETED = "user-pool:env-deleted"
    USER_POOL_ENV_UPDATED = "user-pool:env-updated"
    USER_POOL_LAUNCHPAD_APP_INSTALLED = "user-pool:launchpad-app-installed"
    USER_POOL_LAUNCHPAD_APP_UNINSTALLED = "user-pool:launchpad-app-uninstalled"
    APPLICATION_CREATED = "application:created"
    APPLICATION_UPDATED = "application:updated"
    APPLICATION_DELETED = "application:deleted"
    APPLICATION_SECRET_REFRESHED = "application:secret-refreshed"
    DATA_RESOURCE_CREATED = "data-resource:created"
    DATA_RESOURCE_UPDATED = "data-resource:updated"
    DATA_RESOURCE_DELETED = "data-resource:deleted"
    DATA_STRATEGY_PERMISSION_REVOKE = "data-strategy-permission:revoke"
    DATA_STRATEGY_PERMISSION_ADD = "data-strategy-permission:add"
    UNUSUAL_LOCATION_LOGIN = "unusual-location:login"
    REFRESH_TOKEN = "refresh-token"


class UpdateWebhookEvents(StrEnum):
    """Allowed values of update webhook events."""

    TEST = "test"
    REGISTER = "register"
    LOGIN = "login"
    MFA_VERIFIED = "mfa:verified"
    KICK = "kick"
    USER_CREATED = "user:created"
    USER_PASSWORD_CHANGED = "user:password-changed"
    USER_UPDATED = "user:updated"
    USER_EMAIL_VERIFIED = "user: email-verified"
    USER_ARCHIVED = "user:archived"
    USER_UNARCHIVED = "user:unarchived"
    USER_BLOCKED = "user:blocked"
    USER_UNBLOCKED = "user:unblocked"
    USER_DELETED = "user:deleted"
    USER_REGISTER_WHITELIST_ADDED = "user:register-whitelist-added"
    USER_REGISTER_WHITELIST_DELETED = "user:register-whitelist-deleted"
    USER_UDV_CHANGED = "user:udv-changed "  # sic: the wire value has surrounding whitespace
    USER_LINK_ACCOUNT = "user:link-account"
    USER_PASSWORD_UPDATE_REMIND = "user:password-update-remind"
    USER_ORGANIZATION_NODE_UPDATE = "user:organization-node-update"
    PERMISSION_REVOKE = "permission:revoke"
    PERMISSION_ADD = "permission:add"
    RESOURCE_CREATED = "resource:created"
    RESOURCE_DELETE = "resource:delete"
    RESOURCE_UPDATED = "resource:updated"
    ROLE_CREATED = "role:created"
    ROLE_UPDATED = "role:updated"
    ROLE_DELETED = "role:deleted"
    ROLE_DISABLE = "role:disable"
    ROLE_ASSIGNED = "role :assigned"
    SUBJECT_REMOVE = "subject:remove"
    ROLE_UNASSIGNED = "role:unassigned"
    ROLE_UDV_CHANGED = "role:udv-changed"
    APPLICATION_MFA_ENABLED = "application:mfa:enabled"
    APPLICATION_MFA_DISABLED = "application:mfa:disabled"
    GROUP_CREATED = "group:created"
    GROUP_UPDATED = "group:updated"
    GROUP_DELETED = "group:deleted"
    GROUP_MEMBER_ADDED = "group:member-added"
    GROUP_MEMBER_REMOVED = "group:member-removed"
    ORGANIZATION_CREATED = "organization:created"
    ORGANIZATION_IMPORTED = "organization:imported"
    ORGANIZATION_DELETED = "organization:deleted"
    ORGANIZATION_NODE_ADDED = "organization:node-added"
    ORGANIZATION_NODE_UPDATED = "organization:node-updated"
    ORGANIZATION_TREE_UPDATED = "organization:tree-updated"
    ORGANIZATION_NODE_DELETED = "organization:node-deleted"
    ORGANIZATION_NODE_MOVED = "organization:node-moved"
    ORGANIZATION_MEMBER_ADDED = "organization:member-added"
    ORGANIZATION_MEMBER_REMOVED = "organization:member-removed"
    ORGANIZATION_UDV_CHANGED = "organization:udv-changed"
    PRIVILEGE_NAMESPACE_CREATED = "privilege -namespace:created"
    PRIVILEGE_NAMESPACE_UPDATED = "privilege-namespace:updated"
    PRIVILEGE_NAMESPACE_DELETED = "privilege-namespace:deleted"
    USER_POOL_COOPERATOR_ADDED = "user-pool:cooperator-added"
    USER_POOL_COOPERATOR_REMOVED = "user-pool:cooperator-removed"
    USER_POOL_SECRET_REFRESHED = "user-pool:secret-refreshed"
    USER_POOL_UPDATED = "user-pool:updated"
    USER_POOL_UDF_ADDED = "user-pool:udf-added"
    USER_POOL_UDF_DELETED = "user-pool:udf-deleted"
    USER_POOL_ENV_ADDED = "user -pool:env-added"
    USER_POOL_ENV_DELETED = "user-pool:env-deleted"
    USER_POOL_ENV_UPDATED = "user-pool:env-updated"
    USER_POOL_LAUNCHPAD_APP_INSTALLED = "user-pool:launchpad-app-installed"
    USER_POOL_LAUNCHPAD_APP_UNINSTALLED = "user-pool:launchpad-app-uninstalled"
    APPLICATION_CREATED = "application:created"
    APPLICATION_UPDATED = "application:updated"
    APPLICATION_DELETED = "application:deleted"
    APPLICATION_SECRET_REFRESHED = "application:secret-refreshed"
    DATA_RESOURCE_CREATED = "data-resource:created"
    DATA_RESOURCE_UPDATED = "data-resource :updated"
    DATA_RESOURCE_DELETED = "data-resource:deleted"
    DATA_STRATEGY_PERMISSION_REVOKE = "data-strategy-permission:revoke"
    DATA_STRATEGY_PERMISSION_ADD = "data-strategy-permission:add"
    UNUSUAL_LOCATION_LOGIN = "unusual-location:login"
    REFRESH_TOKEN = "refresh-token"
    USER_EMAIL_VERIFIED_ = "user:email-verified"
    USER_UDV_CHANGED_ = "user:udv-changed"
    ROLE_ASSIGNED_ = "role:assigned"
    PRIVILEGE_NAMESPACE_CREATED_ = "privilege-namespace:created"
    USER_POOL_ENV_ADDED_ = "user-pool:env-added"
    DATA_RESOURCE_UPDATED_ = "data-resource:updated"


@attrs.define(kw_only=True, slots=False)
class CreateWebhook(Model):
    """Request body of ``create_webhook``."""

    content_type: ContentType | str = enum_field(ContentType, "content_type", required=True)
    events: list[Events | str] = enum_list_field(Events, "events", required=True)
    url: str
    name: str
    enabled: bool | None = None
    secret: str | None = attrs.field(default=None, repr=redacted)
    retry_config: WebhookRetryConfigV3 | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteWebhook(Model):
    """Request body of ``delete_webhook``."""

    webhook_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class ListWebhookLogs(Model):
    """Request body of ``get_webhook_logs``."""

    webhook_id: str
    page: int | None = None
    limit: int | None = None


@attrs.define(kw_only=True, slots=False)
class TriggerWebhookData(Model):
    """GenAuth ``TriggerWebhookData``."""

    response: dict[str, Any]


@attrs.define(kw_only=True, slots=False)
class TriggerWebhook(Model):
    """Request body of ``trigger_webhook``."""

    webhook_id: str
    request_headers: Any = None
    request_body: Any = None


@attrs.define(kw_only=True, slots=False)
class UpdateWebhook(Model):
    """Request body of ``update_webhook``."""

    webhook_id: str
    name: str | None = None
    url: str | None = None
    events: list[UpdateWebhookEvents | str] | None = enum_list_field(UpdateWebhookEvents, "events")
    content_type: ContentType | str | None = enum_field(ContentType, "content_type")
    enabled: bool | None = None
    secret: str | None = attrs.field(default=None, repr=redacted)
    retry_config: WebhookRetryConfigV3 | None = None


@attrs.define(kw_only=True, slots=False)
class WebhookCategory(Model):
    """GenAuth ``WebhookCategoryDto``."""

    name: str
    name_en: str
    value: str


@attrs.define(kw_only=True, slots=False)
class Webhook(Model):
    """GenAuth ``WebhookDto``."""

    webhook_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: str
    url: str
    content_type: ContentType | str
    enabled: bool
    events: list[Events | str] | None = None
    secret: str | None = attrs.field(default=None, repr=redacted)
    retry_config: WebhookRetryConfigV3 | None = None


@attrs.define(kw_only=True, slots=False)
class WebhookEvent(Model):
    """GenAuth ``WebhookEventDto``."""

    name: str
    name_en: str
    value: str
    category: str


@attrs.define(kw_only=True, slots=False)
class WebhookEventListData(Model):
    """GenAuth ``WebhookEventListData``."""

    categories: list[WebhookCategory]
    events: list[WebhookEvent]


@attrs.define(kw_only=True, slots=False)
class WebhookLog(Model):
    """GenAuth ``WebhookLogDto``."""

    webhook_id: str
    event_name: str
    request_body: Any
    request_headers: Any
    response_status_code: int
    response_headers: Any
    response_body: Any
    timestamp: str
    success: bool
    error_message: str | None = None


@attrs.define(kw_only=True, slots=False)
class WebhookRetryConfigV3(Model):
    """GenAuth ``WebhookRetryConfigV3Dto``."""

    enabled: bool
    count: int | None = None
    delay: int | None = None
    delay_unit: DelayUnit | str | None = None


GetWebhooksData = Page[Webhook]


ListWebhookLogsData = Page[WebhookLog]
