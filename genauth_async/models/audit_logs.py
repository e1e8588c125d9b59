"""Models of the GenAuth *audit-logs* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Model, Page, StrEnum

__all__ = [
    "AdminAuditLog",
    "AdminAuditLogResourceType",
    "AdminAuditLogRespData",
    "EventType",
    "GeoIp",
    "GeoIpLocation",
    "GetAdminAuditLogs",
    "GetUserActionLogs",
    "ListWebhooks",
    "OperationType",
    "ParsedUserAgent",
    "UserActionLog",
    "UserActionLogRespData",
]


class AdminAuditLogResourceType(StrEnum):
    """Allowed values of admin audit log resource type."""

    ALL = "all"
    USER = "user"
    USERPOOL = "userpool"
    TENANT = "tenant"
    USER_LOGIN_STATE = "userLoginState"
    USER_ACCOUNT_STATE = "userAccountState"
    USER_GROUP = "userGroup"
    FIELD_ENCRYPT_STATE = "fieldEncryptState"
    SYNC_TASK = "syncTask"
    SOCIAL_CONNECTION = "socialConnection"
    ENTERPRISE_CONNECTION = "enterpriseConnection"
    CUSTOM_DATABASE = "customDatabase"
    ORG = "org"
    COOPERATOR = "cooperator"
    APPLICATION = "application"
    RESOURCE_NAMESPACE = "resourceNamespace"
    RESOURCE = "resource"
    ROLE = "role"
    ROLE_ASSIGN = "roleAssign"
    POLICY = "policy"
    CUSTOM_DOMAIN = "customDomain"
    PERMIT_SPACE = "permitSpace"
    GENERAL_RESOURCE = "generalResource"
    GENERAL_RESOURCE_AUTHORIZATION = "generalResourceAuthorization"
    ROLE_SUBJECT = "roleSubject"
    SUBJECT_OF_ROLE = "subjectOfRole"
    DATA_RESOURCE = "dataResource"
    DATA_POLICY = "dataPolicy"
    AUTHORIZATION = "authorization"
    USER_AUTHORIZATION = "userAuthorization"
    ADMIN_PERMISSION_ROLE = "adminPermissionRole"
    ADMIN_PERMISSION_ADMIN = "adminPermissionAdmin"
    ADMIN_PERMISSION_POLICY = "adminPermissionPolicy"
    UNIVERSAL_INVITATION = "universalInvitation"
    POLICY_INVITATION = "policyInvitation"
    INVITATION_ROSTER = "invitationRoster"
    INVITATION_USER = "invitationUser"
    INVITATION_POLICY = "invitationPolicy"
    APPLICANT = "applicant"


class EventType(StrEnum):
    """Allowed values of event type."""

    LOGIN = "login"
    LOGOUT = "logout"
    REGISTER = "register"
    VERIFY_MFA = "verifyMfa"
    UPDATE_USER_PREFILE = "updateUserPrefile"
    UPDATE_USER_PASSWORD = "updateUserPassword"
    UPDATE_USER_EMAIL = "updateUserEmail"
    UPDATE_USER_PHONE = "updateUserPhone"
    BIND_MFA = "bindMfa"
    BIND_EMAIL = "bindEmail"
    BIND_PHONE = "bindPhone"
    UNBIND_PHONE = "unbindPhone"
    UNBIND_EMAIL = "unbindEmail"
    UNBIND_MFA = "unbindMFA"
    REFRESH_USER_TOKEN_BY_SELF = "refreshUserTokenBySelf"
    DELETE_ACCOUNT = "deleteAccount"
    VERIFY_FIRST_LOGIN = "verifyFirstLogin"
    SECURITY_RESOURCE_ACCESS = "securityResourceAccess"


class OperationType(StrEnum):
    """Allowed values of operation type."""

    ALL = "all"
    CREATE = "create"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    UPDATE = "update"
    REFRESH = "refresh"
    SYNC = "sync"
    INVITE = "invite"
    RESIGN = "resign"
    RECOVER = "recover"
    DISABLE = "disable"
    ENABLE = "enable"
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    ADD = "add"
    REMOVE = "remove"
    QUERY = "query"
    SEND_INVITATION = "sendInvitation"
    REVERT_INVITATION = "revertInvitation"
    APPROVAL = "approval"
    REJECT = "reject"


@attrs.define(kw_only=True, slots=False)
class AdminAuditLog(Model):
    """GenAuth ``AdminAuditLogDto``."""

    admin_user_id: str
    admin_user_avatar: str
    admin_user_display_name: str
    operation_type: OperationType | str
    resource_type: AdminAuditLogResourceType | str
    success: bool
    user_agent: str
    ua: ParsedUserAgent
    geoip: GeoIp
    timestamp: str
    request_id: str
    client_ip: str | None = None
    event_details: str | None = None
    operation_param: str | None = None
    origin_value: str | None = None
    target_value: str | None = None
    event_detail: str | None = None
    parsed_user_agent: ParsedUserAgent | None = None


@attrs.define(kw_only=True, slots=False)
class GeoIp(Model):
    """GenAuth ``GeoIp``."""

    location: GeoIpLocation
    country_name: str = attrs.field(metadata={"wire": "country_name"})
    country_code2: str = attrs.field(metadata={"wire": "country_code2"})
    country_code3: str = attrs.field(metadata={"wire": "country_code3"})
    region_name: str = attrs.field(metadata={"wire": "region_name"})
    region_code: str = attrs.field(metadata={"wire": "region_code"})
    city_name: str = attrs.field(metadata={"wire": "city_name"})
    continent_code: str = attrs.field(metadata={"wire": "continent_code"})
    timezone: str


@attrs.define(kw_only=True, slots=False)
class GeoIpLocation(Model):
    """GenAuth ``GeoIpLocation``."""

    lon: int
    lat: int


@attrs.define(kw_only=True, slots=False)
class GetAdminAuditLogs(Model):
    """Request body of ``get_admin_audit_logs``."""

    request_id: str | None = None
    client_ip: str | None = None
    operation_type: str | None = None
    resource_type: str | None = None
    user_id: str | None = None
    success: bool | None = None
    start: int | None = None
    end: int | None = None
    pagination: ListWebhooks | None = None


@attrs.define(kw_only=True, slots=False)
class GetUserActionLogs(Model):
    """Request body of ``get_user_action_logs``."""

    request_id: str | None = None
    client_ip: str | None = None
    event_type: str | None = None
    user_id: str | None = None
    app_id: str | None = None
    start: int | None = None
    end: int | None = None
    success: bool | None = None
    pagination: ListWebhooks | None = None


@attrs.define(kw_only=True, slots=False)
class ListWebhooks(Model):
    """GenAuth ``ListWebhooksDto``."""

    page: int | None = None
    limit: int | None = None


@attrs.define(kw_only=True, slots=False)
class ParsedUserAgent(Model):
    """GenAuth ``ParsedUserAgent``."""

    device: str
    name: str
    os: str
    browser: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserActionLog(Model):
    """GenAuth ``UserActionLogDto``."""

    user_id: str
    user_avatar: str
    user_display_name: str
    user_logins_count: int
    app_id: str
    app_name: str
    event_type: EventType | str
    success: bool
    app_login_url: str
    app_logo: str
    user_agent: str
    parsed_user_agent: ParsedUserAgent
    geoip: GeoIp
    timestamp: str
    request_id: str
    client_ip: str | None = None
    event_detail: str | None = None


AdminAuditLogRespData = Page[AdminAuditLog]


UserActionLogRespData = Page[UserActionLog]
