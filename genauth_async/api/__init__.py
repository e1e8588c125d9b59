"""Endpoint coroutines, one module per GenAuth API module, composed into the client.

``ENDPOINTS`` maps every method name (official names and aliases) to its endpoint:
``.method`` (the HTTP method), ``.path``, ``.idempotent``.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from typing import Any

from .._endpoint import Endpoint
from ._patch import PATCH_ENDPOINTS, Customizations
from .applications import ENDPOINTS as _APPLICATIONS
from .applications import ApplicationsAPI
from .audit_logs import ENDPOINTS as _AUDIT_LOGS
from .audit_logs import AuditLogsAPI
from .billing import ENDPOINTS as _BILLING
from .billing import BillingAPI
from .custom_fields import ENDPOINTS as _CUSTOM_FIELDS
from .custom_fields import CustomFieldsAPI
from .devices import ENDPOINTS as _DEVICES
from .devices import DevicesAPI
from .events import ENDPOINTS as _EVENTS
from .events import EventsAPI
from .groups import ENDPOINTS as _GROUPS
from .groups import GroupsAPI
from .identity_sources import ENDPOINTS as _IDENTITY_SOURCES
from .identity_sources import IdentitySourcesAPI
from .messages import ENDPOINTS as _MESSAGES
from .messages import MessagesAPI
from .metadata import ENDPOINTS as _METADATA
from .metadata import MetadataAPI
from .organizations import ENDPOINTS as _ORGANIZATIONS
from .organizations import OrganizationsAPI
from .other import ENDPOINTS as _OTHER
from .other import OtherAPI
from .pipeline import ENDPOINTS as _PIPELINE
from .pipeline import PipelineAPI
from .posts import ENDPOINTS as _POSTS
from .posts import PostsAPI
from .public_accounts import ENDPOINTS as _PUBLIC_ACCOUNTS
from .public_accounts import PublicAccountsAPI
from .resources_permissions import ENDPOINTS as _RESOURCES_PERMISSIONS
from .resources_permissions import ResourcesPermissionsAPI
from .roles import ENDPOINTS as _ROLES
from .roles import RolesAPI
from .security import ENDPOINTS as _SECURITY
from .security import SecurityAPI
from .sync import ENDPOINTS as _SYNC
from .sync import SyncAPI
from .tenants import ENDPOINTS as _TENANTS
from .tenants import TenantsAPI
from .users import ENDPOINTS as _USERS
from .users import UsersAPI
from .webhooks import ENDPOINTS as _WEBHOOKS
from .webhooks import WebhooksAPI

ENDPOINTS: dict[str, Endpoint[Any]] = {
    **_APPLICATIONS,
    **_AUDIT_LOGS,
    **_BILLING,
    **_CUSTOM_FIELDS,
    **_DEVICES,
    **_EVENTS,
    **_GROUPS,
    **_IDENTITY_SOURCES,
    **_MESSAGES,
    **_METADATA,
    **_ORGANIZATIONS,
    **_OTHER,
    **_PIPELINE,
    **_POSTS,
    **_PUBLIC_ACCOUNTS,
    **_RESOURCES_PERMISSIONS,
    **_ROLES,
    **_SECURITY,
    **_SYNC,
    **_TENANTS,
    **_USERS,
    **_WEBHOOKS,
    **PATCH_ENDPOINTS,
}


class ManagementAPI(
    Customizations,
    ApplicationsAPI,
    AuditLogsAPI,
    BillingAPI,
    CustomFieldsAPI,
    DevicesAPI,
    EventsAPI,
    GroupsAPI,
    IdentitySourcesAPI,
    MessagesAPI,
    MetadataAPI,
    OrganizationsAPI,
    OtherAPI,
    PipelineAPI,
    PostsAPI,
    PublicAccountsAPI,
    ResourcesPermissionsAPI,
    RolesAPI,
    SecurityAPI,
    SyncAPI,
    TenantsAPI,
    UsersAPI,
    WebhooksAPI,
):
    """Every endpoint of the GenAuth Management API, as methods."""

    __slots__ = ()


__all__ = [
    "ENDPOINTS",
    "ApplicationsAPI",
    "AuditLogsAPI",
    "BillingAPI",
    "CustomFieldsAPI",
    "Customizations",
    "DevicesAPI",
    "EventsAPI",
    "GroupsAPI",
    "IdentitySourcesAPI",
    "ManagementAPI",
    "MessagesAPI",
    "MetadataAPI",
    "OrganizationsAPI",
    "OtherAPI",
    "PipelineAPI",
    "PostsAPI",
    "PublicAccountsAPI",
    "ResourcesPermissionsAPI",
    "RolesAPI",
    "SecurityAPI",
    "SyncAPI",
    "TenantsAPI",
    "UsersAPI",
    "WebhooksAPI",
]
