"""Models of the GenAuth *security* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime

import attrs

from ._base import Model, Page, StrEnum, enum_field, enum_list_field, redacted
from .common import DisableFactors, IsSuccess, MFASettings

__all__ = [
    "Action",
    "AddWhitelist",
    "AddWhitelistOfApp",
    "ChangeEmailStrategy",
    "ChangePhoneStrategy",
    "CookieSettings",
    "DeleteWhitelist",
    "DeleteWhitelistOfApp",
    "DisableFactors",
    "EventStateType",
    "IpListCreate",
    "IpListPaging",
    "IpListResp",
    "IpType",
    "IsSuccess",
    "LimitList",
    "LoginAnomalyDetectionConfig",
    "LoginFailCheckConfig",
    "LoginFailStrategy",
    "LoginIpWhitelistCheckConfig",
    "LoginPassowrdFailCheckConfig",
    "MFADisableSettings",
    "MFASettings",
    "OptObject",
    "QrcodeLoginStrategy",
    "RegisterAnomalyDetectionConfig",
    "RemoveType",
    "RiskListItem",
    "RiskListPolicyCreate",
    "RiskListPolicyPaging",
    "RiskListPolicyResp",
    "SecuritySettings",
    "SelfUnlockAccountConfig",
    "Strategy",
    "Type",
    "UpdateSecuritySettings",
    "UserCond",
    "UserListCreate",
    "UserListPaging",
    "UserRange",
    "WhitelistResp",
]


class Action(StrEnum):
    """Allowed values of action."""

    ADD_IP_BLACK_LIST = "ADD_IP_BLACK_LIST"
    ADD_USER_BLACK_LIST = "ADD_USER_BLACK_LIST"


class EventStateType(StrEnum):
    """Allowed values of event state type."""

    PASSWORD_WRONG = "password_wrong"
    ACCOUNT_WRONG = "account_wrong"


class IpType(StrEnum):
    """Allowed values of ip type."""

    BLACK = "BLACK"
    WHITE = "WHITE"


class LimitList(StrEnum):
    """Allowed values of limit list."""

    FORBID_LOGIN = "FORBID_LOGIN"
    FORBID_REGISTER = "FORBID_REGISTER"


class LoginFailStrategy(StrEnum):
    """Allowed values of login fail strategy."""

    CAPTCHA = "captcha"
    BLOCK_ACCOUNT = "block-account"


class OptObject(StrEnum):
    """Allowed values of opt object."""

    IP = "IP"
    USER = "USER"


class RemoveType(StrEnum):
    """Allowed values of remove type."""

    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"


class Strategy(StrEnum):
    """Allowed values of strategy."""

    CAPTCHA = "captcha"
    PASSWORD_CAPTCHA = "password-captcha"


class Type(StrEnum):
    """Allowed values of type."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


class UserCond(StrEnum):
    """Allowed values of user cond."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class UserRange(StrEnum):
    """Allowed values of user range."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


@attrs.define(kw_only=True, slots=False)
class AddWhitelist(Model):
    """Request body of ``add_whitelist``."""

    type: Type | str = enum_field(Type, "type", required=True)
    list: builtins.list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class AddWhitelistOfApp(Model):
    """Request body of ``add_whitelist_of_app``."""

    app_id: str
    type: Type | str = enum_field(Type, "type", required=True)
    list: builtins.list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class ChangeEmailStrategy(Model):
    """GenAuth ``ChangeEmailStrategyDto``."""

    verify_old_email: bool


@attrs.define(kw_only=True, slots=False)
class ChangePhoneStrategy(Model):
    """GenAuth ``ChangePhoneStrategyDto``."""

    verify_old_phone: bool


@attrs.define(kw_only=True, slots=False)
class CookieSettings(Model):
    """GenAuth ``CookieSettingsDto``."""

    cookie_expires_in: int
    cookie_expires_on_browser_session: bool = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class DeleteWhitelist(Model):
    """Request body of ``delete_whitelist``."""

    type: Type | str = enum_field(Type, "type", required=True)
    list: builtins.list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteWhitelistOfApp(Model):
    """Request body of ``delete_whitelist_of_app``."""

    type: Type | str = enum_field(Type, "type", required=True)
    app_id: str
    list: builtins.list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class IpListCreate(Model):
    """Request body of ``add``."""

    expire_at: str
    limit_list: list[str]
    remove_type: str
    add_type: str
    ip_type: str
    ips: str


@attrs.define(kw_only=True, slots=False)
class IpListResp(Model):
    """GenAuth ``IpListRespDto``."""

    id: str
    ip: str
    ip_type: str
    add_type: str
    remove_type: str
    limit_list: list[str]


@attrs.define(kw_only=True, slots=False)
class LoginAnomalyDetectionConfig(Model):
    """GenAuth ``LoginAnomalyDetectionConfigDto``."""

    login_fail_strategy: LoginFailStrategy | str
    robot_verify: str
    account_lock: str
    login_fail_check: LoginFailCheckConfig
    login_password_fail_check: LoginPassowrdFailCheckConfig = attrs.field(repr=redacted)
    robot_verify_login_password_fail_check: LoginPassowrdFailCheckConfig = attrs.field(
        repr=redacted
    )
    robot_verify_login_ip_whitelist_check: LoginIpWhitelistCheckConfig
    robot_verify_login_time_check_enable: bool
    robot_verifylogin_week_start_end_time: list[str]
    account_lock_login_password_fail_check: LoginPassowrdFailCheckConfig | None = attrs.field(
        default=None, repr=redacted
    )


@attrs.define(kw_only=True, slots=False)
class LoginFailCheckConfig(Model):
    """GenAuth ``LoginFailCheckConfigDto``."""

    enabled: bool
    limit: int
    time_interval: int
    unit: str | None = None


@attrs.define(kw_only=True, slots=False)
class LoginIpWhitelistCheckConfig(Model):
    """GenAuth ``LoginIpWhitelistCheckConfigDto``."""

    enabled: bool
    ip_whitelist: str


@attrs.define(kw_only=True, slots=False)
class LoginPassowrdFailCheckConfig(Model):
    """GenAuth ``LoginPassowrdFailCheckConfigDto``."""

    enabled: bool
    limit: int
    time_interval: int
    unit: str | None = None


@attrs.define(kw_only=True, slots=False)
class MFADisableSettings(Model):
    """Request body of ``disable_global_mfa_settings``."""

    disable_factors: list[DisableFactors | str] = enum_list_field(
        DisableFactors, "disable_factors", required=True
    )


@attrs.define(kw_only=True, slots=False)
class QrcodeLoginStrategy(Model):
    """GenAuth ``QrcodeLoginStrategyDto``."""

    qrcode_expires_in: int
    ticket_expires_in: int
    allow_exchange_user_info_from_browser: bool
    return_full_user_info: bool
    qrcode_expires_in_unit: str | None = None
    ticket_expires_in_unit: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class RegisterAnomalyDetectionConfig(Model):
    """GenAuth ``RegisterAnomalyDetectionConfigDto``."""

    enabled: bool
    limit: int
    time_interval: int


@attrs.define(kw_only=True, slots=False)
class RiskListItem(Model):
    """GenAuth ``RiskListItemDto``."""

    id: str
    user_id: str
    add_type: str
    user_list_type: str
    remove_type: str
    limit_list: list[str]
    add_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class RiskListPolicyCreate(Model):
    """Request body of ``add_risk_list_policy``."""

    limit_list: LimitList | str = enum_field(LimitList, "limit_list", required=True)
    action: Action | str = enum_field(Action, "action", required=True)
    remove_type: RemoveType | str = enum_field(RemoveType, "remove_type", required=True)
    event_state_type: EventStateType | str = enum_field(
        EventStateType, "event_state_type", required=True
    )
    count_thr: int
    time_range: int
    user_cond: UserCond | str = enum_field(UserCond, "user_cond", required=True)
    ip_cond: UserCond | str = enum_field(UserCond, "ip_cond", required=True)
    user_range: UserRange | str = enum_field(UserRange, "user_range", required=True)
    ip_range: UserRange | str = enum_field(UserRange, "ip_range", required=True)
    opt_object: OptObject | str = enum_field(OptObject, "opt_object", required=True)


@attrs.define(kw_only=True, slots=False)
class RiskListPolicyResp(Model):
    """GenAuth ``RiskListPolicyRespDto``."""

    id: str
    opt_object: OptObject | str
    ip_range: UserRange | str
    user_range: UserRange | str
    ip_cond: UserCond | str
    user_cond: UserCond | str
    time_range: int
    count_thr: int
    event_state_type: EventStateType | str
    remove_type: RemoveType | str
    action: Action | str
    limit_list: LimitList | str
    created_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class SecuritySettings(Model):
    """GenAuth ``SecuritySettingsDto``."""

    genauth_token_expires_in: int
    verify_code_length: int
    verify_code_max_attempts: int = attrs.field(repr=redacted)
    change_email_strategy: ChangeEmailStrategy
    change_phone_strategy: ChangePhoneStrategy
    register_disabled: bool
    register_anomaly_detection: RegisterAnomalyDetectionConfig
    complete_password_after_pass_code_login: bool = attrs.field(repr=redacted)
    login_anomaly_detection: LoginAnomalyDetectionConfig
    login_require_email_verified: bool
    self_unlock_account: SelfUnlockAccountConfig
    enable_login_account_switch: bool
    qrcode_login_strategy: QrcodeLoginStrategy
    allowed_origins: str | None = None
    cookie_settings: CookieSettings | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class SelfUnlockAccountConfig(Model):
    """GenAuth ``SelfUnlockAccountConfigDto``."""

    enabled: bool
    strategy: Strategy | str


@attrs.define(kw_only=True, slots=False)
class UpdateSecuritySettings(Model):
    """Request body of ``update_security_settings``."""

    allowed_origins: list[str] | None = None
    genauth_token_expires_in: int | None = None
    verify_code_length: int | None = None
    verify_code_max_attempts: int | None = attrs.field(default=None, repr=redacted)
    change_email_strategy: ChangeEmailStrategy | None = None
    change_phone_strategy: ChangePhoneStrategy | None = None
    cookie_settings: CookieSettings | None = attrs.field(default=None, repr=redacted)
    register_disabled: bool | None = None
    register_anomaly_detection: RegisterAnomalyDetectionConfig | None = None
    complete_password_after_pass_code_login: bool | None = attrs.field(default=None, repr=redacted)
    login_anomaly_detection: LoginAnomalyDetectionConfig | None = None
    login_require_email_verified: bool | None = None
    self_unlock_account: SelfUnlockAccountConfig | None = None
    enable_login_account_switch: bool | None = None
    qrcode_login_strategy: QrcodeLoginStrategy | None = None


@attrs.define(kw_only=True, slots=False)
class UserListCreate(Model):
    """Request body of ``add_user``."""

    expire_at: int
    limit_list: list[str]
    remove_type: str
    add_type: str
    user_list_type: str
    user_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class WhitelistResp(Model):
    """GenAuth ``WhitelistRespDto``."""

    value: str
    created_at: datetime.datetime


IpListPaging = Page[IpListResp]


RiskListPolicyPaging = Page[RiskListPolicyResp]


UserListPaging = Page[RiskListItem]
