"""Models of the GenAuth *devices* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, StrEnum, enum_field, redacted
from .common import IsSuccess

__all__ = [
    "CreateTerminal",
    "CreateTerminalType",
    "DeleteDeviceExclusiveValidScopeSettingsByIds",
    "DeleteTerminal",
    "DeleteTerminalUser",
    "DeviceExclusiveValidScopeAppData",
    "DeviceRule",
    "DeviceStatusResponseData",
    "GetDeviceExclusiveRuleData",
    "GetDeviceExclusiveValidScopeData",
    "GetDeviceExclusiveWhiteListData",
    "GetDeviceExclusiveWhiteListDataTargetType",
    "IPRule",
    "IsSuccess",
    "QueryTerminalApps",
    "Rule",
    "SaveDeviceExclusiveValidScopeSettings",
    "Status",
    "SuspendTerminal",
    "SuspendTerminalUser",
    "TerminalBase",
    "TerminalInfo",
    "UpdateDeviceExclusiveRule",
    "UpdateTerminal",
    "UpdateTerminalUser",
]


class CreateTerminalType(StrEnum):
    """Allowed values of create terminal type."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"


class GetDeviceExclusiveWhiteListDataTargetType(StrEnum):
    """Allowed values of get device exclusive white list data target type."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"


class Rule(StrEnum):
    """Allowed values of rule."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"


class Status(StrEnum):
    """Allowed values of status."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


@attrs.define(kw_only=True, slots=False)
class CreateTerminal(Model):
    """GenAuth ``CreateTerminalDto``."""

    custom_data: Any
    type: CreateTerminalType | str = enum_field(CreateTerminalType, "type", required=True)
    device_unique_id: str
    name: str | None = None
    version: str | None = None
    hks: str | None = None
    fde: str | None = None
    hor: bool | None = None
    sn: str | None = None
    producer: str | None = None
    mod: str | None = None
    os: str | None = None
    imei: str | None = None
    meid: str | None = None
    description: str | None = None
    language: str | None = None
    cookie: bool | None = attrs.field(default=None, repr=redacted)
    user_agent: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteDeviceExclusiveValidScopeSettingsByIds(Model):
    """Request body of ``remove_device_exclusive_valid_scope_settings``."""

    app_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteTerminal(Model):
    """Request body of ``delete_device_by_id``."""

    id: str


@attrs.define(kw_only=True, slots=False)
class DeleteTerminalUser(Model):
    """Request body of ``delete_device``."""

    user_id: str
    id: str


@attrs.define(kw_only=True, slots=False)
class DeviceExclusiveValidScopeAppData(Model):
    """GenAuth ``DeviceExclusiveValidScopeAppDataDto``."""

    app_id: str
    app_name: str | None = None
    app_logo: str | None = None
    is_default: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeviceRule(Model):
    """GenAuth ``DeviceRuleDto``."""

    max_online_devices: int


@attrs.define(kw_only=True, slots=False)
class DeviceStatusResponseData(Model):
    """GenAuth ``DeviceStatusResponseDataDto``."""

    status: Status | str
    diff_time: int | None = None


@attrs.define(kw_only=True, slots=False)
class GetDeviceExclusiveRuleData(Model):
    """GenAuth ``GetDeviceExclusiveRuleDataDto``."""

    rule: Rule | str
    device_rule: DeviceRule | None = None
    ip_rule: IPRule | None = None


@attrs.define(kw_only=True, slots=False)
class GetDeviceExclusiveValidScopeData(Model):
    """GenAuth ``GetDeviceExclusiveValidScopeDataDto``."""

    app_id: str
    created_at: datetime.datetime
    app_name: str | None = None
    app_logo: str | None = None
    is_default: bool | None = None


@attrs.define(kw_only=True, slots=False)
class GetDeviceExclusiveWhiteListData(Model):
    """GenAuth ``GetDeviceExclusiveWhiteListDataDto``."""

    target_type: GetDeviceExclusiveWhiteListDataTargetType | str
    target_id: str
    created_at: datetime.datetime
    name: str | None = None
    name_path: str | None = None
    photo: str | None = None


@attrs.define(kw_only=True, slots=False)
class IPRule(Model):
    """GenAuth ``IPRuleDto``."""

    max_online_i_ps: int


@attrs.define(kw_only=True, slots=False)
class QueryTerminalApps(Model):
    """GenAuth ``QueryTerminalAppsDto``."""

    device_ids: list[str]
    user_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SaveDeviceExclusiveValidScopeSettings(Model):
    """Request body of ``save_device_exclusive_valid_scope_settings``."""

    app_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class SuspendTerminal(Model):
    """Request body of ``suspend_device_by_id``."""

    id: str
    end_time: int


@attrs.define(kw_only=True, slots=False)
class SuspendTerminalUser(Model):
    """Request body of ``suspend_device``."""

    end_time: str
    user_id: str
    id: str


@attrs.define(kw_only=True, slots=False)
class TerminalBase(Model):
    """Request body of ``get_device_status``."""

    id: str


@attrs.define(kw_only=True, slots=False)
class TerminalInfo(Model):
    """GenAuth ``TerminalInfoDto``."""

    id: str
    device_unique_id: str


@attrs.define(kw_only=True, slots=False)
class UpdateDeviceExclusiveRule(Model):
    """Request body of ``update_device_exclusive_rule_settings``."""

    rule: Rule | str = enum_field(Rule, "rule", required=True)
    device_rule: DeviceRule | None = None
    ip_rule: IPRule | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateTerminal(Model):
    """GenAuth ``UpdateTerminalDto``."""

    id: str


@attrs.define(kw_only=True, slots=False)
class UpdateTerminalUser(Model):
    """GenAuth ``UpdateTerminalUserDto``."""

    id: str
    user_id: str
