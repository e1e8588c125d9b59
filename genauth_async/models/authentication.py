"""Models of the GenAuth *authentication* API module.

Generated from spec/genauth-authentication.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, redacted
from .audit_logs import GeoIp, GeoIpLocation
from .common import (
    IsSuccess,
    LangObject,
    LangUnit,
    PasswordEncryptType,
    ResourceType,
    UserSourceType,
    UserStatus,
    WorkStatus,
)
from .identity_sources import GetWechatAccessToken, GetWechatAccessTokenData
from .resources_permissions import (
    ArrayAuthorize,
    ArrResourceAuthAction,
    StrAuthorize,
    StrResourceAuthAction,
    TreeResourceAuthAction,
    TreeStructs,
)

__all__ = [
    "AccessibleApps",
    "Action",
    "AlipayAuthInfoData",
    "AppQRCodeLogin",
    "ArrResourceAuthAction",
    "ArrayAuthorize",
    "AuthenticationCredential",
    "AuthenticationOptions",
    "AuthenticatorAssertionResponse",
    "AuthenticatorAttestationResponse",
    "AuthenticatorCode",
    "AuthorizedResource",
    "AuthorizedResourcePaging",
    "BindByAccountIdInputApi",
    "BindByAccountInputApi",
    "BindByAccountsInputApi",
    "BindByEmailCodeInputApi",
    "BindByPhoneCodeInputApi",
    "BindByRegiserInputApi",
    "BindEmail",
    "BindPhone",
    "ChangePushCodeStatus",
    "ChangePushCodeStatusAction",
    "ChangeQRCodeStatus",
    "ChangeQRCodeStatusAction",
    "Channel",
    "CheckPermissionArrayResource",
    "CheckPermissionStringResource",
    "CheckPermissionTreeResource",
    "CheckPushCodeStatusData",
    "CheckQRCodeStatusData",
    "CheckQRCodeStatusDataStatus",
    "CheckResourcePermissionData",
    "CheckResourcePermissionResp",
    "CodeType",
    "Connection",
    "CountryDetailInfo",
    "DecryptWechatMiniProgramData",
    "DeleteAccoun",
    "DeleteAccountByEmailPassCode",
    "DeleteAccountByPassword",
    "DeleteAccountByPhonePassCode",
    "DeviceInfo",
    "DeviceInfoStatus",
    "Effect",
    "EnrollFactor",
    "EnrollFactorEnrollmentData",
    "ExchangeTokenSetWithQRcodeTicket",
    "ExtIdpInfo",
    "ExtIdpInfoType",
    "ExtIdpType",
    "Factor",
    "FactorProfile",
    "FactorToEnroll",
    "FactorType",
    "FastpassQRCodeRelationApp",
    "FastpassUserInfo",
    "Gender",
    "GeneFastpassQRCodeInfo",
    "GenePushCodeData",
    "GeneQRCodeData",
    "GenerateBindExtIdpLinkData",
    "GenerateQrcode",
    "GenerateQrcodeType",
    "GeoIp",
    "GeoIpLocation",
    "GetFastpassQRCodeRelationApps",
    "GetPushCodeRelationApps",
    "GetPushCodeRelationAppsData",
    "GetSecurityInfo",
    "GetUserAuthResourceListData",
    "GetUserAuthResourcePermissionList",
    "GetUserAuthResourcePermissionListData",
    "GetUserAuthResourcePermissionListDto",
    "GetUserAuthResourceStruct",
    "GetUserAuthResourceStructData",
    "GetUserAuthResourceStructDataResourceType",
    "GetUserSelectLoginPublicAccountsData",
    "GetUserSelectLoginPublicAccountsOriginUser",
    "GetWechatAccessToken",
    "GetWechatAccessTokenData",
    "Group",
    "Identity",
    "IsSuccess",
    "LangObject",
    "LangUnit",
    "ListPublicAccountData",
    "ListWebAuthnAuthenticatorDeviceData",
    "LoggedInApps",
    "LoginHistory",
    "LoginHistoryPaginatedResp",
    "LoginTokenResponseData",
    "MfaOtpVerity",
    "OpenResource",
    "Operator",
    "OtpVerityResp",
    "Param",
    "ParsedUserAgent",
    "PasswordEncryptType",
    "PolicyCondition",
    "PreCheckCode",
    "PreCheckCodeData",
    "PreCheckEmailCode",
    "PreCheckSmsCode",
    "PreCheckSmsCodeChannel",
    "PublicAccountSwitchLogin",
    "PublicKeyCredentialCreationOptions",
    "PublicKeyCredentialDescriptor",
    "PublicKeyCredentialParameters",
    "PublicKeyCredentialRequestOptions",
    "PublicKeyCredentialRpEntity",
    "PublicKeyCredentialUserEntity",
    "QRCodeStatusBriefUserInfo",
    "RegistrationCredential",
    "RegistrationOptions",
    "ResetFactor",
    "ResetPassword",
    "ResetPasswordByEmailPassCode",
    "ResetPasswordByPhonePassCode",
    "ResetPasswordVerify",
    "ResourceType",
    "RevokeDeviceSession",
    "Role",
    "SendEmail",
    "SendEnrollFactorRequest",
    "SendEnrollFactorRequestData",
    "SendEnrollFactorRequestOtpData",
    "SendSMS",
    "SignInByAdPayload",
    "SignInByAlipayPayload",
    "SignInByAmazonPayload",
    "SignInByApplePayload",
    "SignInByBaiduPayload",
    "SignInByDingTalkPayload",
    "SignInByDouyinPayload",
    "SignInByFacebookPayload",
    "SignInByGiteePayload",
    "SignInByGithubPayload",
    "SignInByGitlabPayload",
    "SignInByGooglePayload",
    "SignInByHuaweiPayload",
    "SignInByKuaishouPayload",
    "SignInByLarkBlockPayload",
    "SignInByLarkInternalPayload",
    "SignInByLarkPublicPayload",
    "SignInByLdapPayload",
    "SignInByLinePayload",
    "SignInByLinkedInPayload",
    "SignInByMobileOptions",
    "SignInByOPPOPayload",
    "SignInByPassCodePayload",
    "SignInByPasswordPayload",
    "SignInByPush",
    "SignInByPushOptions",
    "SignInByQQPayload",
    "SignInBySlackPayload",
    "SignInBySwitchOptions",
    "SignInByWebAuthnOptions",
    "SignInByWechatMiniProgramCodeAndPhonePayload",
    "SignInByWechatMiniProgramCodePayload",
    "SignInByWechatMiniProgramPhoneInfoPayload",
    "SignInByWechatMiniProgramPhonePayload",
    "SignInByWechatPayload",
    "SignInByWechatwork",
    "SignInByWechatworkAgencyPayload",
    "SignInByWeiboPayload",
    "SignInByXiaomiPayload",
    "SignInByYidunPayload",
    "SignInFastpass",
    "SignInFastpassOptions",
    "SignInOptions",
    "SignUp",
    "SignUpByPassCode",
    "SignUpByPassword",
    "SignUpOptions",
    "SignUpProfile",
    "SigninByCredentials",
    "SigninByCredentialsConnection",
    "SigninByMobile",
    "SigninByMobileConnection",
    "Status",
    "StrAuthorize",
    "StrResourceAuthAction",
    "SystemInfoResp",
    "SystmeInfoRSAConfig",
    "SystmeInfoSM2Config",
    "SystmeInfoVersion",
    "TerminalSession",
    "TreeAuthBo",
    "TreeAuthorize",
    "TreeResourceAuthAction",
    "TreeStructs",
    "Type",
    "UnbindDevice",
    "UnbindEmail",
    "UnbindPhone",
    "UnlinkExtIdp",
    "UpdateEmail",
    "UpdateEmailByEmailPassCode",
    "UpdatePassword",
    "UpdatePhone",
    "UpdatePhoneByPhonePassCode",
    "UpdateUserProfile",
    "User",
    "UserAuthResourceList",
    "UserSourceType",
    "UserStatus",
    "UserTenantList",
    "Usertype",
    "VerifyAuthentication",
    "VerifyAuthenticationResult",
    "VerifyDeleteAccountRequest",
    "VerifyDeleteAccountRequestData",
    "VerifyMethod",
    "VerifyRegistration",
    "VerifyRegistrationResult",
    "VerifyResetPasswordRequest",
    "VerifyResetPasswordRequestVerifyMethod",
    "VerifyUpdateEmailRequest",
    "VerifyUpdateEmailRequestData",
    "VerifyUpdateEmailRequestVerifyMethod",
    "VerifyUpdatePhoneRequest",
    "VerifyUpdatePhoneRequestData",
    "VerifyUpdatePhoneRequestVerifyMethod",
    "WechatLoginTokenResp",
    "WechatMobileAuthByCodeIdentityInput",
    "WorkStatus",
]


class Action(StrEnum):
    """Allowed values of action."""

    APP_LOGIN = "APP_LOGIN"


class AuthenticatorCode(StrEnum):
    """Allowed values of authenticator code."""

    FINGERPRINT = "fingerprint"
    FACE = "face"
    OTHER = "other"


class ChangePushCodeStatusAction(StrEnum):
    """Allowed values of change push code status action."""

    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"


class ChangeQRCodeStatusAction(StrEnum):
    """Allowed values of change qrcode status action."""

    SCAN = "SCAN"
    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"


class Channel(StrEnum):
    """Allowed values of channel."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_VERIFY_EMAIL_LINK = "CHANNEL_VERIFY_EMAIL_LINK"
    CHANNEL_UPDATE_EMAIL = "CHANNEL_UPDATE_EMAIL"
    CHANNEL_BIND_EMAIL = "CHANNEL_BIND_EMAIL"
    CHANNEL_UNBIND_EMAIL = "CHANNEL_UNBIND_EMAIL"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNLOCK_ACCOUNT = "CHANNEL_UNLOCK_ACCOUNT"
    CHANNEL_COMPLETE_EMAIL = "CHANNEL_COMPLETE_EMAIL"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


class CheckQRCodeStatusDataStatus(StrEnum):
    """Allowed values of check qrcode status data status."""

    PENDING = "PENDING"
    SCANNED = "SCANNED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"


class CodeType(StrEnum):
    """Allowed values of code type."""

    SMS = "SMS"
    EMAIL = "EMAIL"


class Connection(StrEnum):
    """Allowed values of connection."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"


class DeviceInfoStatus(StrEnum):
    """Allowed values of device info status."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


class Effect(StrEnum):
    """Allowed values of effect."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class ExtIdpInfoType(StrEnum):
    """Allowed values of ext idp info type."""

    OIDC = "oidc"
    OAUTH2 = "oauth2"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    WECHAT = "wechat"
    GOOGLE = "google"
    QQ = "qq"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    WEIBO = "weibo"
    GITHUB = "github"
    ALIPAY = "alipay"
    APPLE = "apple"
    BAIDU = "baidu"
    LARK = "lark"
    GITLAB = "gitlab"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    SLACK = "slack"
    LINKEDIN = "linkedin"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    HUAWEI = "huawei"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    OPPO = "oppo"
    AWS = "aws"
    AMAZON = "amazon"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    LINE = "line"
    SDBZ = "sdbz"


class ExtIdpType(StrEnum):
    """Allowed values of ext idp type."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


class FactorType(StrEnum):
    """Allowed values of factor type."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


class Gender(StrEnum):
    """Allowed values of gender."""

    M = "M"
    F = "F"
    U = "U"


class GenerateQrcodeType(StrEnum):
    """Allowed values of generate qrcode type."""

    MOBILE_APP = "MOBILE_APP"
    WECHAT_MINIPROGRAM = "WECHAT_MINIPROGRAM"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"


class GetUserAuthResourceStructDataResourceType(StrEnum):
    """Allowed values of get user auth resource struct data resource type."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


class Operator(StrEnum):
    """Allowed values of operator."""

    BOOL = "Bool"
    DATE_EQUALS = "DateEquals"
    DATE_NOT_EQUALS = "DateNotEquals"
    DATE_LESS_THAN = "DateLessThan"
    DATE_LESS_THAN_EQUALS = "DateLessThanEquals"
    DATE_GREATER_THAN = "DateGreaterThan"
    DATE_GREATER_THAN_EQUALS = "DateGreaterThanEquals"
    IP_ADDRESS = "IpAddress"
    NOT_IP_ADDRESS = "NotIpAddress"
    NUMERIC_EQUALS = "NumericEquals"
    NUMERIC_NOT_EQUALS = "NumericNotEquals"
    NUMERIC_LESS_THAN = "NumericLessThan"
    NUMERIC_LESS_THAN_EQUALS = "NumericLessThanEquals"
    NUMERIC_GREATER_THAN = "NumericGreaterThan"
    NUMERIC_GREATER_THAN_EQUALS = "NumericGreaterThanEquals"
    STRING_EQUALS = "StringEquals"
    STRING_NOT_EQUALS = "StringNotEquals"
    STRING_EQUALS_IGNORE_CASE = "StringEqualsIgnoreCase"
    STRING_NOT_EQUALS_IGNORE_CASE = "StringNotEqualsIgnoreCase"
    STRING_LIKE = "StringLike"
    STRING_NOT_LIKE = "StringNotLike"
    LIST_CONTAINS = "ListContains"


class Param(StrEnum):
    """Allowed values of param."""

    USER_POOL_ID = "UserPoolId"
    APP_ID = "AppId"
    REQUEST_FROM = "RequestFrom"
    USER_ID = "UserId"
    USER_ARN = "UserArn"
    CURRENT_TIME = "CurrentTime"
    EPOCH_TIME = "EpochTime"
    SOURCE_IP = "SourceIp"
    USER = "User"
    MULTI_FACTOR_AUTH_PRESENT = "MultiFactorAuthPresent"
    MULTI_FACTOR_AUTH_AGE = "MultiFactorAuthAge"
    USER_AGENT = "UserAgent"
    REFERER = "Referer"
    DEVICE = "Device"
    OS = "OS"
    COUNTRY = "Country"
    PROVINCE = "Province"
    CITY = "City"
    DEVICE_CHANGED = "DeviceChanged"
    DEVICE_UNTRUSTED = "DeviceUntrusted"
    PROXY_UNTRUSTED = "ProxyUntrusted"
    LOGGED_IN_APPS = "LoggedInApps"
    NAMESPACE = "Namespace"


class PreCheckSmsCodeChannel(StrEnum):
    """Allowed values of pre check sms code channel."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_BIND_PHONE = "CHANNEL_BIND_PHONE"
    CHANNEL_UNBIND_PHONE = "CHANNEL_UNBIND_PHONE"
    CHANNEL_BIND_MFA = "CHANNEL_BIND_MFA"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNBIND_MFA = "CHANNEL_UNBIND_MFA"
    CHANNEL_COMPLETE_PHONE = "CHANNEL_COMPLETE_PHONE"
    CHANNEL_IDENTITY_VERIFICATION = "CHANNEL_IDENTITY_VERIFICATION"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


class SigninByCredentialsConnection(StrEnum):
    """Allowed values of signin by credentials connection."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
    LDAP = "LDAP"
    AD = "AD"


class SigninByMobileConnection(StrEnum):
    """Allowed values of signin by mobile connection."""

    APPLE = "apple"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    WECHATWORK = "wechatwork"
    WECHATWORK_AGENCY = "wechatwork_agency"
    LARK_INTERNAL = "lark_internal"
    LARK_PUBLIC = "lark_public"
    LARK_BLOCK = "lark_block"
    YIDUN = "yidun"
    WECHAT_MINI_PROGRAM_CODE = "wechat_mini_program_code"
    WECHAT_MINI_PROGRAM_PHONE = "wechat_mini_program_phone"
    WECHAT_MINI_PROGRAM_CODE_AND_PHONE = "wechat_mini_program_code_and_phone"
    GOOGLE = "google"
    FACEBOOK = "facebook"
    QQ = "qq"
    WEIBO = "weibo"
    BAIDU = "baidu"
    LINKEDIN = "linkedin"
    DINGTALK = "dingtalk"
    GITHUB = "github"
    GITEE = "gitee"
    GITLAB = "gitlab"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    XIAOMI = "xiaomi"
    LINE = "line"
    SLACK = "slack"
    OPPO = "oppo"
    HUAWEI = "huawei"
    AMAZON = "amazon"


class Status(StrEnum):
    """Allowed values of status."""

    PUSHED = "PUSHED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"


class Type(StrEnum):
    """Allowed values of type."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"


class Usertype(StrEnum):
    """Allowed values of usertype."""

    V_1 = "1"
    V_2 = "2"


class VerifyMethod(StrEnum):
    """Allowed values of verify method."""

    PHONE_PASSCODE = "PHONE_PASSCODE"
    EMAIL_PASSCODE = "EMAIL_PASSCODE"
    PASSWORD = "PASSWORD"


class VerifyResetPasswordRequestVerifyMethod(StrEnum):
    """Allowed values of verify reset password request verify method."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"
    PHONE_PASSCODE = "PHONE_PASSCODE"


class VerifyUpdateEmailRequestVerifyMethod(StrEnum):
    """Allowed values of verify update email request verify method."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"


class VerifyUpdatePhoneRequestVerifyMethod(StrEnum):
    """Allowed values of verify update phone request verify method."""

    PHONE_PASSCODE = "PHONE_PASSCODE"


@attrs.define(kw_only=True, slots=False)
class AccessibleApps(Model):
    """GenAuth ``AccessibleAppsDto``."""

    app_id: str
    app_name: str
    app_login_url: str
    app_logo: str
    active: bool


@attrs.define(kw_only=True, slots=False)
class AlipayAuthInfoData(Model):
    """GenAuth ``AlipayAuthInfoDataDto``."""

    auth_info: str


@attrs.define(kw_only=True, slots=False)
class AppQRCodeLogin(Model):
    """Request body of ``qr_code_app_login``."""

    qrcode_id: str
    action: Action | str = enum_field(Action, "action", required=True)


@attrs.define(kw_only=True, slots=False)
class AuthenticationCredential(Model):
    """GenAuth ``AuthenticationCredentialDto``."""

    id: str
    raw_id: str
    response: AuthenticatorAssertionResponse
    type: str


@attrs.define(kw_only=True, slots=False)
class AuthenticationOptions(Model):
    """GenAuth ``AuthenticationOptionsDto``."""

    authentication_options: PublicKeyCredentialRequestOptions
    ticket: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class AuthenticatorAssertionResponse(Model):
    """GenAuth ``AuthenticatorAssertionResponseDto``."""

    authenticator_data: str
    client_data_json: str = attrs.field(metadata={"wire": "clientDataJSON"})
    signature: str
    user_handle: str


@attrs.define(kw_only=True, slots=False)
class AuthenticatorAttestationResponse(Model):
    """GenAuth ``AuthenticatorAttestationResponseDto``."""

    attestation_object: str
    client_data_json: str = attrs.field(metadata={"wire": "clientDataJSON"})


@attrs.define(kw_only=True, slots=False)
class AuthorizedResource(Model):
    """GenAuth ``AuthorizedResourceDto``."""

    resource_code: str
    resource_type: ResourceType | str
    api_identifier: str
    actions: list[str]
    effect: Effect | str
    description: str | None = None
    condition: list[PolicyCondition] | None = None


@attrs.define(kw_only=True, slots=False)
class BindByAccountIdInputApi(Model):
    """Request body of ``bind_by_account_id``."""

    account_id: str
    action: str
    key: str


@attrs.define(kw_only=True, slots=False)
class BindByAccountInputApi(Model):
    """Request body of ``bind_by_account``."""

    account: str
    password: str = attrs.field(repr=redacted)
    action: str
    key: str


@attrs.define(kw_only=True, slots=False)
class BindByAccountsInputApi(Model):
    """Request body of ``select_account``."""

    account: str
    action: str
    key: str


@attrs.define(kw_only=True, slots=False)
class BindByEmailCodeInputApi(Model):
    """Request body of ``bind_by_email_code``."""

    email: str
    code: str
    action: str
    key: str


@attrs.define(kw_only=True, slots=False)
class BindByPhoneCodeInputApi(Model):
    """Request body of ``bind_by_phone_code``."""

    phone: str
    code: str
    action: str
    key: str
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class BindByRegiserInputApi(Model):
    """Request body of ``register_new_user``."""

    action: str
    key: str


@attrs.define(kw_only=True, slots=False)
class BindEmail(Model):
    """Request body of ``bind_email``."""

    email: str
    pass_code: str


@attrs.define(kw_only=True, slots=False)
class BindPhone(Model):
    """Request body of ``bind_phone``."""

    phone_number: str
    pass_code: str
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class ChangePushCodeStatus(Model):
    """Request body of ``change_push_code_status``."""

    push_code_id: str
    action: ChangePushCodeStatusAction | str = enum_field(
        ChangePushCodeStatusAction, "action", required=True
    )


@attrs.define(kw_only=True, slots=False)
class ChangeQRCodeStatus(Model):
    """Request body of ``change_qr_code_status``."""

    qrcode_id: str
    action: ChangeQRCodeStatusAction | str = enum_field(
        ChangeQRCodeStatusAction, "action", required=True
    )


@attrs.define(kw_only=True, slots=False)
class CheckPermissionArrayResource(Model):
    """Request body of ``check_permission_by_array_resource``."""

    action: str
    resources: list[str]


@attrs.define(kw_only=True, slots=False)
class CheckPermissionStringResource(Model):
    """Request body of ``check_permission_by_string_resource``."""

    action: str
    resources: list[str]


@attrs.define(kw_only=True, slots=False)
class CheckPermissionTreeResource(Model):
    """Request body of ``check_permission_by_tree_resource``."""

    action: str
    resources: list[str]


@attrs.define(kw_only=True, slots=False)
class CheckPushCodeStatusData(Model):
    """GenAuth ``CheckPushCodeStatusDataDto``."""

    status: Status | str
    token_set: LoginTokenResponseData | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class CheckQRCodeStatusData(Model):
    """GenAuth ``CheckQRCodeStatusDataDto``."""

    status: CheckQRCodeStatusDataStatus | str
    ticket: str | None = attrs.field(default=None, repr=redacted)
    brief_user_info: QRCodeStatusBriefUserInfo | None = None
    token_set: LoginTokenResponseData | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class CheckResourcePermissionData(Model):
    """GenAuth ``CheckResourcePermissionDataDto``."""

    check_result_list: list[CheckResourcePermissionResp]


@attrs.define(kw_only=True, slots=False)
class CheckResourcePermissionResp(Model):
    """GenAuth ``CheckResourcePermissionRespDto``."""

    namespace_code: str
    action: str
    resource: str
    enabled: bool


@attrs.define(kw_only=True, slots=False)
class CountryDetailInfo(Model):
    """GenAuth ``CountryDetailInfo``."""

    alpha2: str
    alpha3: str
    phone_country_code: str
    flag: str
    name: LangObject


@attrs.define(kw_only=True, slots=False)
class DecryptWechatMiniProgramData(Model):
    """Request body of ``decrypt_wechat_mini_program_data``."""

    ext_idp_connidentifier: str
    encrypted_data: str
    iv: str
    code: str


@attrs.define(kw_only=True, slots=False)
class DeleteAccoun(Model):
    """Request body of ``delete_account``."""

    delete_account_token: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class DeleteAccountByEmailPassCode(Model):
    """GenAuth ``DeleteAccountByEmailPassCodeDto``."""

    pass_code: str
    email: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteAccountByPassword(Model):
    """GenAuth ``DeleteAccountByPasswordDto``."""

    password: str = attrs.field(repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class DeleteAccountByPhonePassCode(Model):
    """GenAuth ``DeleteAccountByPhonePassCodeDto``."""

    phone_number: str
    pass_code: str
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeviceInfo(Model):
    """GenAuth ``DeviceInfo``."""

    device_id: str
    type: Type | str
    name: str | None = None
    version: str | None = None
    mod: str | None = None
    os: str | None = None
    status: DeviceInfoStatus | str | None = None
    user_agent: str | None = None


@attrs.define(kw_only=True, slots=False)
class EnrollFactor(Model):
    """Request body of ``enroll_factor``."""

    factor_type: FactorType | str = enum_field(FactorType, "factor_type", required=True)
    enrollment_token: str = attrs.field(repr=redacted)
    enrollment_data: EnrollFactorEnrollmentData


@attrs.define(kw_only=True, slots=False)
class EnrollFactorEnrollmentData(Model):
    """GenAuth ``EnrollFactorEnrollmentDataDto``."""

    pass_code: str | None = None
    photo: str | None = None
    is_external_photo: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ExchangeTokenSetWithQRcodeTicket(Model):
    """Request body of ``exchange_token_set_with_qr_code_ticket``."""

    ticket: str = attrs.field(repr=redacted)
    client_id: str | None = attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "client_secret"}
    )


@attrs.define(kw_only=True, slots=False)
class ExtIdpInfo(Model):
    """GenAuth ``ExtIdpInfoDto``."""

    identifier: str
    ext_idp_id: str
    type: ExtIdpInfoType | str
    ext_idp_type: ExtIdpType | str
    bind_url: str
    name: str
    name_en: str | None = attrs.field(default=None, metadata={"wire": "name_en"})
    desc: str | None = None
    desc_en: str | None = attrs.field(default=None, metadata={"wire": "desc_en"})
    logo: str | None = None


@attrs.define(kw_only=True, slots=False)
class Factor(Model):
    """GenAuth ``FactorDto``."""

    factor_id: str
    factor_type: FactorType | str
    profile: dict[str, Any]


@attrs.define(kw_only=True, slots=False)
class FactorProfile(Model):
    """GenAuth ``FactorProfile``."""

    phone_number: str | None = None
    phone_country_code: str | None = None
    email: str | None = None


@attrs.define(kw_only=True, slots=False)
class FactorToEnroll(Model):
    """GenAuth ``FactorToEnrollDto``."""

    factor_type: FactorType | str


@attrs.define(kw_only=True, slots=False)
class FastpassQRCodeRelationApp(Model):
    """GenAuth ``FastpassQRCodeRelationAppDto``."""

    id: str
    name: str
    logo: str | None = None


@attrs.define(kw_only=True, slots=False)
class FastpassUserInfo(Model):
    """GenAuth ``FastpassUserInfoDto``."""

    id: str
    display_name: str
    photo: str


@attrs.define(kw_only=True, slots=False)
class GeneFastpassQRCodeInfo(Model):
    """GenAuth ``GeneFastpassQRCodeInfoDto``."""

    scene: str
    qrcode_id: str
    api_host: str
    user: FastpassUserInfo
    app_id: str
    userpool: FastpassUserInfo


@attrs.define(kw_only=True, slots=False)
class GenePushCodeData(Model):
    """GenAuth ``GenePushCodeDataDto``."""

    push_code_id: str
    expire_time: int


@attrs.define(kw_only=True, slots=False)
class GeneQRCodeData(Model):
    """GenAuth ``GeneQRCodeDataDto``."""

    qrcode_id: str
    url: str
    custom_logo_url: str | None = None


@attrs.define(kw_only=True, slots=False)
class GenerateBindExtIdpLinkData(Model):
    """GenAuth ``GenerateBindExtIdpLinkDataDto``."""

    url: str


@attrs.define(kw_only=True, slots=False)
class GenerateQrcode(Model):
    """Request body of ``gene_qr_code``."""

    type: GenerateQrcodeType | str = enum_field(GenerateQrcodeType, "type", required=True)
    ext_idp_conn_id: str | None = None
    custom_data: dict[str, Any] | None = None
    context: dict[str, Any] | None = None
    auto_merge_qr_code: bool | None = None


@attrs.define(kw_only=True, slots=False)
class GetFastpassQRCodeRelationApps(Model):
    """GenAuth ``GetFastpassQRCodeRelationAppsDto``."""

    relation_apps: list[FastpassQRCodeRelationApp] | None = None


@attrs.define(kw_only=True, slots=False)
class GetPushCodeRelationAppsData(Model):
    """GenAuth ``GetPushCodeRelationAppsDataDto``."""

    app_ids: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class GetPushCodeRelationApps(Model):
    """Request body of ``get_push_login_relation_apps``."""

    push_code_id: str
    app_id: str


@attrs.define(kw_only=True, slots=False)
class GetSecurityInfo(Model):
    """GenAuth ``GetSecurityInfoDto``."""

    password_security_level: int
    mfa_enrolled: bool
    password_set: bool = attrs.field(repr=redacted)
    email_binded: bool
    phone_binded: bool
    security_score: int


@attrs.define(kw_only=True, slots=False)
class GetUserAuthResourceListData(Model):
    """GenAuth ``GetUserAuthResourceListDataDto``."""

    user_permission_list: list[UserAuthResourceList]


@attrs.define(kw_only=True, slots=False)
class GetUserAuthResourcePermissionList(Model):
    """GenAuth ``GetUserAuthResourcePermissionList``."""

    namespace_code: str
    actions: list[str]
    resource: str


@attrs.define(kw_only=True, slots=False)
class GetUserAuthResourcePermissionListData(Model):
    """GenAuth ``GetUserAuthResourcePermissionListDataDto``."""

    permission_list: list[GetUserAuthResourcePermissionList]


@attrs.define(kw_only=True, slots=False)
class GetUserAuthResourcePermissionListDto(Model):
    """Request body of ``get_user_auth_resource_permission_list``."""

    resources: list[str]


@attrs.define(kw_only=True, slots=False)
class GetUserAuthResourceStructData(Model):
    """GenAuth ``GetUserAuthResourceStructDataDto``."""

    namespace_code: str
    resource_code: str
    resource_type: GetUserAuthResourceStructDataResourceType | str
    str_resource_auth_action: StrResourceAuthAction | None = None
    arr_resource_auth_action: ArrResourceAuthAction | None = None
    tree_resource_auth_action: TreeResourceAuthAction | None = None


@attrs.define(kw_only=True, slots=False)
class GetUserAuthResourceStruct(Model):
    """Request body of ``get_user_auth_resource_struct``."""

    resource: str


@attrs.define(kw_only=True, slots=False)
class GetUserSelectLoginPublicAccountsData(Model):
    """GenAuth ``GetUserSelectLoginPublicAccountsDataDto``."""

    public_accounts: list[ListPublicAccountData]
    origin_user: GetUserSelectLoginPublicAccountsOriginUser | None = None


@attrs.define(kw_only=True, slots=False)
class GetUserSelectLoginPublicAccountsOriginUser(Model):
    """GenAuth ``GetUserSelectLoginPublicAccountsOriginUserDto``."""

    user_id: str
    avatar: str | None = None
    display_name: str | None = None
    usertype: Usertype | str | None = None


@attrs.define(kw_only=True, slots=False)
class Group(Model):
    """GenAuth ``GroupDto``."""

    id: str
    code: str
    name: str
    description: str
    type: str
    metadata_source: list[str]
    members: list[User]


@attrs.define(kw_only=True, slots=False)
class Identity(Model):
    """GenAuth ``IdentityDto``."""

    identity_id: str
    ext_idp_id: str
    provider: ExtIdpInfoType | str
    type: str
    user_id_in_idp: str
    user_info_in_idp: dict[str, Any]
    origin_conn_ids: list[str]
    access_token: str | None = attrs.field(default=None, repr=redacted)
    refresh_token: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class ListPublicAccountData(Model):
    """GenAuth ``ListPublicAccountDataDto``."""

    user_id: str
    avatar: str | None = None
    display_name: str | None = None
    usertype: Usertype | str | None = None


@attrs.define(kw_only=True, slots=False)
class LoggedInApps(Model):
    """GenAuth ``LoggedInAppsDto``."""

    app_id: str
    app_name: str
    app_login_url: str
    app_logo: str
    active: bool


@attrs.define(kw_only=True, slots=False)
class LoginHistory(Model):
    """GenAuth ``LoginHistoryDto``."""

    user_id: str
    app_id: str
    app_name: str
    app_login_url: str
    app_logo: str
    login_at: datetime.datetime
    client_ip: str
    success: bool
    user_agent: str
    parsed_user_agent: ParsedUserAgent
    login_method: str
    geoip: GeoIp
    error_message: str | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class LoginTokenResponseData(Model):
    """GenAuth ``LoginTokenResponseDataDto``."""

    token_type: str = attrs.field(metadata={"wire": "token_type"})
    expire_in: int = attrs.field(metadata={"wire": "expire_in"})
    access_token: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "access_token"}
    )
    id_token: str | None = attrs.field(default=None, repr=redacted, metadata={"wire": "id_token"})
    refresh_token: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "refresh_token"}
    )


@attrs.define(kw_only=True, slots=False)
class MfaOtpVerity(Model):
    """Request body of ``mfa_otp_verify``."""

    totp: str


@attrs.define(kw_only=True, slots=False)
class OpenResource(Model):
    """GenAuth ``OpenResource``."""

    resource_code: str
    resource_type: GetUserAuthResourceStructDataResourceType | str
    str_authorize: StrAuthorize | None = None
    arr_authorize: ArrayAuthorize | None = None
    tree_authorize: TreeAuthorize | None = None


@attrs.define(kw_only=True, slots=False)
class OtpVerityResp(Model):
    """GenAuth ``OtpVerityRespDto``."""

    verified: bool


@attrs.define(kw_only=True, slots=False)
class ParsedUserAgent(Model):
    """GenAuth ``ParsedUserAgent``."""

    device: str
    browser: str
    os: str


@attrs.define(kw_only=True, slots=False)
class PolicyCondition(Model):
    """GenAuth ``PolicyCondition``."""

    param: Param | str
    operator: Operator | str
    value: str


@attrs.define(kw_only=True, slots=False)
class PreCheckCodeData(Model):
    """GenAuth ``PreCheckCodeDataDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True, slots=False)
class PreCheckCode(Model):
    """Request body of ``pre_check_code``."""

    code_type: CodeType | str = enum_field(CodeType, "code_type", required=True)
    sms_code_payload: PreCheckSmsCode | None = None
    email_code_payload: PreCheckEmailCode | None = None


@attrs.define(kw_only=True, slots=False)
class PreCheckEmailCode(Model):
    """GenAuth ``PreCheckEmailCodeDto``."""

    email: str
    pass_code: str
    channel: Channel | str = enum_field(Channel, "channel", required=True)


@attrs.define(kw_only=True, slots=False)
class PreCheckSmsCode(Model):
    """GenAuth ``PreCheckSmsCodeDto``."""

    phone: str
    pass_code: str
    channel: PreCheckSmsCodeChannel | str = enum_field(
        PreCheckSmsCodeChannel, "channel", required=True
    )
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class PublicAccountSwitchLogin(Model):
    """Request body of ``switch_login_by_user``."""

    target_user_id: str
    options: SignInBySwitchOptions | None = None


@attrs.define(kw_only=True, slots=False)
class PublicKeyCredentialCreationOptions(Model):
    """GenAuth ``PublicKeyCredentialCreationOptionsDto``."""

    challenge: str
    exclude_credentials: list[PublicKeyCredentialDescriptor]
    pub_key_cred_params: list[PublicKeyCredentialParameters]
    rp: PublicKeyCredentialRpEntity
    timeout: int
    user: PublicKeyCredentialUserEntity


@attrs.define(kw_only=True, slots=False)
class PublicKeyCredentialDescriptor(Model):
    """GenAuth ``PublicKeyCredentialDescriptorDto``."""

    id: str
    transports: list[str]
    type: str


@attrs.define(kw_only=True, slots=False)
class PublicKeyCredentialParameters(Model):
    """GenAuth ``PublicKeyCredentialParametersDto``."""

    alg: int
    type: str


@attrs.define(kw_only=True, slots=False)
class PublicKeyCredentialRequestOptions(Model):
    """GenAuth ``PublicKeyCredentialRequestOptionsDto``."""

    challenge: str
    rp_id: str
    timeout: int
    allow_credentials: list[PublicKeyCredentialDescriptor] | None = None


@attrs.define(kw_only=True, slots=False)
class PublicKeyCredentialRpEntity(Model):
    """GenAuth ``PublicKeyCredentialRpEntityDto``."""

    id: str
    name: str


@attrs.define(kw_only=True, slots=False)
class PublicKeyCredentialUserEntity(Model):
    """GenAuth ``PublicKeyCredentialUserEntityDto``."""

    id: str
    name: str
    display_name: str


@attrs.define(kw_only=True, slots=False)
class QRCodeStatusBriefUserInfo(Model):
    """GenAuth ``QRCodeStatusBriefUserInfoDto``."""

    display_name: str
    photo: str


@attrs.define(kw_only=True, slots=False)
class RegistrationCredential(Model):
    """GenAuth ``RegistrationCredentialDto``."""

    id: str
    raw_id: str
    response: AuthenticatorAttestationResponse
    type: str
    transports: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class RegistrationOptions(Model):
    """GenAuth ``RegistrationOptionsDto``."""

    registration_options: PublicKeyCredentialCreationOptions
    ticket: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class ResetFactor(Model):
    """Request body of ``reset_factor``."""

    factor_id: str


@attrs.define(kw_only=True, slots=False)
class ResetPasswordByEmailPassCode(Model):
    """GenAuth ``ResetPasswordByEmailPassCodeDto``."""

    pass_code: str
    email: str | None = None


@attrs.define(kw_only=True, slots=False)
class ResetPasswordByPhonePassCode(Model):
    """GenAuth ``ResetPasswordByPhonePassCodeDto``."""

    phone_number: str
    pass_code: str
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class ResetPassword(Model):
    """Request body of ``reset_password``."""

    password_reset_token: str = attrs.field(repr=redacted)
    password: str = attrs.field(repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class ResetPasswordVerify(Model):
    """GenAuth ``ResetPasswordVerify``."""

    password_reset_token: str = attrs.field(repr=redacted)
    token_expires_in: int


@attrs.define(kw_only=True, slots=False)
class RevokeDeviceSession(Model):
    """Request body of ``revoke``."""

    device_id: str


@attrs.define(kw_only=True, slots=False)
class Role(Model):
    """GenAuth ``RoleDto``."""

    id: str
    code: str
    name: str
    description: str
    namespace: str
    namespace_name: str
    status: str | None = None
    disable_time: int | None = None


@attrs.define(kw_only=True, slots=False)
class SendEmail(Model):
    """Request body of ``send_email``."""

    email: str
    channel: Channel | str = enum_field(Channel, "channel", required=True)


@attrs.define(kw_only=True, slots=False)
class SendEnrollFactorRequestData(Model):
    """GenAuth ``SendEnrollFactorRequestDataDto``."""

    enrollment_token: str = attrs.field(repr=redacted)
    otp_data: SendEnrollFactorRequestOtpData | None = None


@attrs.define(kw_only=True, slots=False)
class SendEnrollFactorRequest(Model):
    """Request body of ``send_enroll_factor_request``."""

    factor_type: FactorType | str = enum_field(FactorType, "factor_type", required=True)
    profile: FactorProfile


@attrs.define(kw_only=True, slots=False)
class SendEnrollFactorRequestOtpData(Model):
    """GenAuth ``SendEnrollFactorRequestOtpDataDto``."""

    qr_code_uri: str
    qr_code_data_url: str
    recovery_code: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class SendSMS(Model):
    """Request body of ``send_sms``."""

    phone_number: str
    channel: PreCheckSmsCodeChannel | str = enum_field(
        PreCheckSmsCodeChannel, "channel", required=True
    )
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByAdPayload(Model):
    """GenAuth ``SignInByAdPayloadDto``."""

    password: str = attrs.field(repr=redacted)
    s_am_account_name: str = attrs.field(metadata={"wire": "sAMAccountName"})


@attrs.define(kw_only=True, slots=False)
class SignInByAlipayPayload(Model):
    """GenAuth ``SignInByAlipayPayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByAmazonPayload(Model):
    """GenAuth ``SignInByAmazonPayloadDto``."""

    access_token: str = attrs.field(repr=redacted, metadata={"wire": "access_token"})


@attrs.define(kw_only=True, slots=False)
class SignInByApplePayload(Model):
    """GenAuth ``SignInByApplePayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByBaiduPayload(Model):
    """GenAuth ``SignInByBaiduPayloadDto``."""

    code: str | None = None
    access_token: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "access_token"}
    )


@attrs.define(kw_only=True, slots=False)
class SignInByDingTalkPayload(Model):
    """GenAuth ``SignInByDingTalkPayloadDto``."""

    code: str
    is_sns_code: bool | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByDouyinPayload(Model):
    """GenAuth ``SignInByDouyinPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByFacebookPayload(Model):
    """GenAuth ``SignInByFacebookPayloadDto``."""

    access_token: str = attrs.field(repr=redacted, metadata={"wire": "access_token"})


@attrs.define(kw_only=True, slots=False)
class SignInByGiteePayload(Model):
    """GenAuth ``SignInByGiteePayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByGithubPayload(Model):
    """GenAuth ``SignInByGithubPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByGitlabPayload(Model):
    """GenAuth ``SignInByGitlabPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByGooglePayload(Model):
    """GenAuth ``SignInByGooglePayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByHuaweiPayload(Model):
    """GenAuth ``SignInByHuaweiPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByKuaishouPayload(Model):
    """GenAuth ``SignInByKuaishouPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByLarkBlockPayload(Model):
    """GenAuth ``SignInByLarkBlockPayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByLarkInternalPayload(Model):
    """GenAuth ``SignInByLarkInternalPayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByLarkPublicPayload(Model):
    """GenAuth ``SignInByLarkPublicPayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByLdapPayload(Model):
    """GenAuth ``SignInByLdapPayloadDto``."""

    password: str = attrs.field(repr=redacted)
    s_am_account_name: str = attrs.field(metadata={"wire": "sAMAccountName"})


@attrs.define(kw_only=True, slots=False)
class SignInByLinePayload(Model):
    """GenAuth ``SignInByLinePayloadDto``."""

    access_token: str = attrs.field(repr=redacted, metadata={"wire": "access_token"})
    id_token: str | None = attrs.field(default=None, repr=redacted, metadata={"wire": "id_token"})


@attrs.define(kw_only=True, slots=False)
class SignInByLinkedInPayload(Model):
    """GenAuth ``SignInByLinkedInPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByMobileOptions(Model):
    """GenAuth ``SignInByMobileOptionsDto``."""

    scope: str | None = None
    context: dict[str, Any] | None = None
    tenant_id: str | None = None
    custom_data: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByOPPOPayload(Model):
    """GenAuth ``SignInByOPPOPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByPassCodePayload(Model):
    """GenAuth ``SignInByPassCodePayloadDto``."""

    pass_code: str
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByPasswordPayload(Model):
    """GenAuth ``SignInByPasswordPayloadDto``."""

    password: str = attrs.field(repr=redacted)
    account: str | None = None
    email: str | None = None
    username: str | None = None
    phone: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByPush(Model):
    """Request body of ``sign_in_by_push``."""

    account: str
    options: SignInByPushOptions | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByPushOptions(Model):
    """GenAuth ``SignInByPushOptionsDto``."""

    scope: str | None = None
    context: str | None = None
    custom_data: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByQQPayload(Model):
    """GenAuth ``SignInByQQPayloadDto``."""

    access_token: str = attrs.field(repr=redacted, metadata={"wire": "access_token"})


@attrs.define(kw_only=True, slots=False)
class SignInBySlackPayload(Model):
    """GenAuth ``SignInBySlackPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInBySwitchOptions(Model):
    """GenAuth ``SignInBySwitchOptionsDto``."""

    scope: str | None = None
    context: dict[str, Any] | None = None
    custom_data: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByWebAuthnOptions(Model):
    """GenAuth ``SignInByWebAuthnOptionsDto``."""

    scope: str | None = None
    context: dict[str, Any] | None = None
    custom_data: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByWechatMiniProgramCodeAndPhonePayload(Model):
    """GenAuth ``SignInByWechatMiniProgramCodeAndPhonePayloadDto``."""

    wx_login_info: SignInByWechatMiniProgramCodePayload
    wx_phone_info: SignInByWechatMiniProgramPhoneInfoPayload


@attrs.define(kw_only=True, slots=False)
class SignInByWechatMiniProgramCodePayload(Model):
    """GenAuth ``SignInByWechatMiniProgramCodePayloadDto``."""

    code: str
    encrypted_data: str | None = None
    iv: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByWechatMiniProgramPhoneInfoPayload(Model):
    """GenAuth ``SignInByWechatMiniProgramPhoneInfoPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByWechatMiniProgramPhonePayload(Model):
    """GenAuth ``SignInByWechatMiniProgramPhonePayloadDto``."""

    encrypted_data: str
    iv: str
    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByWechatPayload(Model):
    """GenAuth ``SignInByWechatPayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByWechatworkAgencyPayload(Model):
    """GenAuth ``SignInByWechatworkAgencyPayloadDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByWechatwork(Model):
    """GenAuth ``SignInByWechatworkDto``."""

    code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignInByWeiboPayload(Model):
    """GenAuth ``SignInByWeiboPayloadDto``."""

    access_token: str = attrs.field(repr=redacted, metadata={"wire": "access_token"})


@attrs.define(kw_only=True, slots=False)
class SignInByXiaomiPayload(Model):
    """GenAuth ``SignInByXiaomiPayloadDto``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SignInByYidunPayload(Model):
    """GenAuth ``SignInByYidunPayloadDto``."""

    token: str | None = attrs.field(default=None, repr=redacted)
    access_token: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class SignInFastpass(Model):
    """Request body of ``gene_fastpass_qrcode_info``."""

    options: SignInFastpassOptions | None = None


@attrs.define(kw_only=True, slots=False)
class SignInFastpassOptions(Model):
    """GenAuth ``SignInFastpassOptionsDto``."""

    scope: str | None = None
    context: dict[str, Any] | None = None
    custom_data: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SignInOptions(Model):
    """GenAuth ``SignInOptionsDto``."""

    scope: str | None = None
    client_ip: str | None = None
    context: dict[str, Any] | None = None
    tenant_id: str | None = None
    custom_data: dict[str, Any] | None = None
    auto_register: bool | None = None
    captcha_code: str | None = attrs.field(default=None, repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class SignUpByPassCode(Model):
    """GenAuth ``SignUpByPassCodeDto``."""

    pass_code: str
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignUpByPassword(Model):
    """GenAuth ``SignUpByPasswordDto``."""

    password: str = attrs.field(repr=redacted)
    username: str | None = None
    email: str | None = None


@attrs.define(kw_only=True, slots=False)
class SignUp(Model):
    """Request body of ``sign_up``."""

    connection: Connection | str = enum_field(Connection, "connection", required=True)
    password_payload: SignUpByPassword | None = attrs.field(default=None, repr=redacted)
    pass_code_payload: SignUpByPassCode | None = None
    profile: SignUpProfile | None = None
    options: SignUpOptions | None = None


@attrs.define(kw_only=True, slots=False)
class SignUpOptions(Model):
    """GenAuth ``SignUpOptionsDto``."""

    context: dict[str, Any]
    client_ip: str | None = None
    phone_pass_code_for_information_completion: str | None = None
    email_pass_code_for_information_completion: str | None = None
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class SignUpProfile(Model):
    """GenAuth ``SignUpProfileDto``."""

    nickname: str | None = None
    company: str | None = None
    photo: str | None = None
    device: str | None = None
    browser: str | None = None
    name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    profile: str | None = None
    preferred_username: str | None = None
    website: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    birthdate: str | None = None
    zoneinfo: str | None = None
    locale: str | None = None
    address: str | None = None
    formatted: str | None = None
    street_address: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    email: str | None = None
    phone: str | None = None
    custom_data: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SigninByCredentials(Model):
    """Request body of ``sign_in_by_credentials``."""

    connection: SigninByCredentialsConnection | str = enum_field(
        SigninByCredentialsConnection, "connection", required=True
    )
    password_payload: SignInByPasswordPayload | None = attrs.field(default=None, repr=redacted)
    pass_code_payload: SignInByPassCodePayload | None = None
    ad_payload: SignInByAdPayload | None = None
    ldap_payload: SignInByLdapPayload | None = None
    options: SignInOptions | None = None
    client_id: str | None = attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "client_secret"}
    )


@attrs.define(kw_only=True, slots=False)
class SigninByMobile(Model):
    """Request body of ``sign_in_by_mobile``."""

    connection: SigninByMobileConnection | str = enum_field(
        SigninByMobileConnection, "connection", required=True
    )
    ext_idp_connidentifier: str
    wechat_payload: SignInByWechatPayload | None = None
    apple_payload: SignInByApplePayload | None = None
    alipay_payload: SignInByAlipayPayload | None = None
    wechatwork_payload: SignInByWechatwork | None = None
    wechatwork_agency_payload: SignInByWechatworkAgencyPayload | None = None
    lark_public_payload: SignInByLarkPublicPayload | None = None
    lark_internal_payload: SignInByLarkInternalPayload | None = None
    lark_block_payload: SignInByLarkBlockPayload | None = None
    yidun_payload: SignInByYidunPayload | None = None
    wechat_mini_program_code_payload: SignInByWechatMiniProgramCodePayload | None = None
    wechat_mini_program_phone_payload: SignInByWechatMiniProgramPhonePayload | None = None
    wechat_mini_program_code_and_phone_payload: (
        SignInByWechatMiniProgramCodeAndPhonePayload | None
    ) = None
    google_payload: SignInByGooglePayload | None = None
    facebook_payload: SignInByFacebookPayload | None = None
    qq_payload: SignInByQQPayload | None = None
    weibo_payload: SignInByWeiboPayload | None = None
    baidu_payload: SignInByBaiduPayload | None = None
    linked_in_payload: SignInByLinkedInPayload | None = None
    ding_talk_payload: SignInByDingTalkPayload | None = None
    github_payload: SignInByGithubPayload | None = None
    gitee_payload: SignInByGiteePayload | None = None
    gitlab_payload: SignInByGitlabPayload | None = None
    douyin_payload: SignInByDouyinPayload | None = None
    kuaishou_payload: SignInByKuaishouPayload | None = None
    xiaomi_payload: SignInByXiaomiPayload | None = None
    line_payload: SignInByLinePayload | None = None
    slack_payload: SignInBySlackPayload | None = None
    oppo_payload: SignInByOPPOPayload | None = None
    huawei_payload: SignInByHuaweiPayload | None = None
    amazon_payload: SignInByAmazonPayload | None = None
    options: SignInByMobileOptions | None = None
    client_id: str | None = attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "client_secret"}
    )


@attrs.define(kw_only=True, slots=False)
class SystemInfoResp(Model):
    """GenAuth ``SystemInfoResp``."""

    rsa: SystmeInfoRSAConfig
    sm2: SystmeInfoSM2Config
    version: SystmeInfoVersion
    public_ips: list[str]


@attrs.define(kw_only=True, slots=False)
class SystmeInfoRSAConfig(Model):
    """GenAuth ``SystmeInfoRSAConfig``."""

    public_key: str


@attrs.define(kw_only=True, slots=False)
class SystmeInfoSM2Config(Model):
    """GenAuth ``SystmeInfoSM2Config``."""

    public_key: str


@attrs.define(kw_only=True, slots=False)
class SystmeInfoVersion(Model):
    """GenAuth ``SystmeInfoVersion``."""

    server: str
    console: str
    login: str


@attrs.define(kw_only=True, slots=False)
class TerminalSession(Model):
    """GenAuth ``TerminalSessionDto``."""

    device: DeviceInfo
    last_login_time: str
    online: bool
    last_ip: str | None = None


@attrs.define(kw_only=True, slots=False)
class TreeAuthBo(Model):
    """GenAuth ``TreeAuthBo``."""

    node_path: str
    node_name: str
    node_actions: list[str]
    node_value: str | None = None


@attrs.define(kw_only=True, slots=False)
class TreeAuthorize(Model):
    """GenAuth ``TreeAuthorize``."""

    auth_list: list[TreeAuthBo]


@attrs.define(kw_only=True, slots=False)
class UnbindDevice(Model):
    """Request body of ``unbind``."""

    device_id: str


@attrs.define(kw_only=True, slots=False)
class UnbindEmail(Model):
    """Request body of ``unbind_email``."""

    pass_code: str


@attrs.define(kw_only=True, slots=False)
class UnbindPhone(Model):
    """Request body of ``unbind_phone``."""

    pass_code: str


@attrs.define(kw_only=True, slots=False)
class UnlinkExtIdp(Model):
    """Request body of ``unlink_ext_idp``."""

    ext_idp_id: str


@attrs.define(kw_only=True, slots=False)
class UpdateEmailByEmailPassCode(Model):
    """GenAuth ``UpdateEmailByEmailPassCodeDto``."""

    new_email: str
    new_email_pass_code: str
    old_email: str | None = None
    old_email_pass_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateEmail(Model):
    """Request body of ``update_email``."""

    update_email_token: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class UpdatePassword(Model):
    """Request body of ``update_password``."""

    new_password: str = attrs.field(repr=redacted)
    old_password: str | None = attrs.field(default=None, repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class UpdatePhoneByPhonePassCode(Model):
    """GenAuth ``UpdatePhoneByPhonePassCodeDto``."""

    new_phone_number: str
    new_phone_pass_code: str
    new_phone_country_code: str | None = None
    old_phone_number: str | None = None
    old_phone_pass_code: str | None = None
    old_phone_country_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdatePhone(Model):
    """Request body of ``update_phone``."""

    update_phone_token: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class UpdateUserProfile(Model):
    """Request body of ``update_profile``."""

    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    external_id: str | None = None
    birthdate: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    username: str | None = None
    company: str | None = None
    custom_data: dict[str, Any] | None = None
    identity_number: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserAuthResourceList(Model):
    """GenAuth ``UserAuthResourceListDto``."""

    user_id: str
    namespace_code: str
    resource_list: list[OpenResource] | None = None


@attrs.define(kw_only=True, slots=False)
class User(Model):
    """GenAuth ``UserDto``."""

    user_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: UserStatus | str
    work_status: WorkStatus | str
    gender: Gender | str
    email_verified: bool
    phone_verified: bool
    user_source_type: UserSourceType | str
    external_id: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    username: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    logins_count: int | None = None
    last_login: datetime.datetime | None = None
    last_ip: str | None = None
    password_last_set_at: datetime.datetime | None = None
    birthdate: datetime.datetime | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    company: str | None = None
    browser: str | None = None
    device: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    profile: str | None = None
    preferred_username: str | None = None
    website: str | None = None
    zoneinfo: str | None = None
    locale: str | None = None
    formatted: str | None = None
    region: str | None = None
    user_source_id: str | None = None
    last_login_app: str | None = None
    main_department_id: str | None = None
    last_mfa_time: datetime.datetime | None = None
    password_security_level: int | None = None
    reset_password_on_next_login: bool | None = attrs.field(default=None, repr=redacted)
    register_source: list[str] | None = None
    department_ids: list[str] | None = None
    identities: list[Identity] | None = None
    identity_number: str | None = None
    custom_data: dict[str, Any] | None = None
    post_id_list: list[str] | None = None
    status_changed_at: datetime.datetime | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserTenantList(Model):
    """GenAuth ``UserTenantListDto``."""

    tenant_id: str
    tenant_name: str
    join_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class VerifyAuthentication(Model):
    """Request body of ``verify_authentication``."""

    authentication_credential: AuthenticationCredential
    ticket: str = attrs.field(repr=redacted)
    options: SignInByWebAuthnOptions | None = None


@attrs.define(kw_only=True, slots=False)
class VerifyAuthenticationResult(Model):
    """GenAuth ``VerifyAuthenticationResultDto``."""

    verified: bool
    token_set: LoginTokenResponseData | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class VerifyDeleteAccountRequestData(Model):
    """GenAuth ``VerifyDeleteAccountRequestDataDto``."""

    delete_account_token: str = attrs.field(repr=redacted)
    token_expires_in: int


@attrs.define(kw_only=True, slots=False)
class VerifyDeleteAccountRequest(Model):
    """Request body of ``verify_delete_account_request``."""

    verify_method: VerifyMethod | str = enum_field(VerifyMethod, "verify_method", required=True)
    phone_pass_code_payload: DeleteAccountByPhonePassCode | None = None
    email_pass_code_payload: DeleteAccountByEmailPassCode | None = None
    password_payload: DeleteAccountByPassword | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class VerifyRegistration(Model):
    """Request body of ``verify_register``."""

    registration_credential: RegistrationCredential
    ticket: str = attrs.field(repr=redacted)
    authenticator_code: AuthenticatorCode | str | None = enum_field(
        AuthenticatorCode, "authenticator_code"
    )


@attrs.define(kw_only=True, slots=False)
class VerifyRegistrationResult(Model):
    """GenAuth ``VerifyRegistrationResultDto``."""

    verified: bool


@attrs.define(kw_only=True, slots=False)
class VerifyResetPasswordRequest(Model):
    """Request body of ``verify_reset_password_request``."""

    verify_method: VerifyResetPasswordRequestVerifyMethod | str = enum_field(
        VerifyResetPasswordRequestVerifyMethod, "verify_method", required=True
    )
    phone_pass_code_payload: ResetPasswordByPhonePassCode | None = None
    email_pass_code_payload: ResetPasswordByEmailPassCode | None = None


@attrs.define(kw_only=True, slots=False)
class VerifyUpdateEmailRequestData(Model):
    """GenAuth ``VerifyUpdateEmailRequestData``."""

    update_email_token: str = attrs.field(repr=redacted)
    token_expires_in: int


@attrs.define(kw_only=True, slots=False)
class VerifyUpdateEmailRequest(Model):
    """Request body of ``verify_update_email_request``."""

    verify_method: VerifyUpdateEmailRequestVerifyMethod | str = enum_field(
        VerifyUpdateEmailRequestVerifyMethod, "verify_method", required=True
    )
    email_pass_code_payload: UpdateEmailByEmailPassCode


@attrs.define(kw_only=True, slots=False)
class VerifyUpdatePhoneRequestData(Model):
    """GenAuth ``VerifyUpdatePhoneRequestData``."""

    update_phone_token: str = attrs.field(repr=redacted)
    token_expires_in: int


@attrs.define(kw_only=True, slots=False)
class VerifyUpdatePhoneRequest(Model):
    """Request body of ``verify_update_phone_request``."""

    verify_method: VerifyUpdatePhoneRequestVerifyMethod | str = enum_field(
        VerifyUpdatePhoneRequestVerifyMethod, "verify_method", required=True
    )
    phone_pass_code_payload: UpdatePhoneByPhonePassCode


@attrs.define(kw_only=True, slots=False)
class WechatLoginTokenResp(Model):
    """GenAuth ``WechatLoginTokenRespDto``."""

    token_type: str = attrs.field(metadata={"wire": "token_type"})
    expire_in: int = attrs.field(metadata={"wire": "expire_in"})
    scope: str
    access_token: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "access_token"}
    )
    id_token: str | None = attrs.field(default=None, repr=redacted, metadata={"wire": "id_token"})
    refresh_token: str | None = attrs.field(
        default=None, repr=redacted, metadata={"wire": "refresh_token"}
    )


@attrs.define(kw_only=True, slots=False)
class WechatMobileAuthByCodeIdentityInput(Model):
    """Request body of ``auth_by_code_identity``."""

    code: str
    app_id: str | None = None
    conn_id: str | None = None
    options: SignInOptions | None = None


AuthorizedResourcePaging = Page[AuthorizedResource]


ListWebAuthnAuthenticatorDeviceData = Page[dict[str, Any]]


LoginHistoryPaginatedResp = Page[LoginHistory]
