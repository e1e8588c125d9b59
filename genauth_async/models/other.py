"""Models of the GenAuth *other* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, redacted
from .common import (
    Application,
    ApplicationAgreement,
    ApplicationAppType,
    ApplicationBrandingConfig,
    ApplicationDefaultLoginMethod,
    ApplicationEnabledExtIdpConn,
    ApplicationLoginConfig,
    ApplicationRegisterConfig,
    ConnectionType,
    CustomFieldI18n,
    DefaultProtocol,
    DefaultRegisterMethod,
    DepartmentI18n,
    DisplayAt,
    EmailTemplate,
    EmailTemplateType,
    EnabledBasicLoginMethods,
    EnabledBasicRegisterMethods,
    ExtIdpConnType,
    Gender,
    Group,
    GuardVersion,
    Identity,
    IdentityProvider,
    IsSuccess,
    Lang,
    LangObject,
    LangUnit,
    QrcodeType,
    Role,
    TplEngine,
    UpdateEmailTemplate,
    User,
    UserSourceType,
    UserStatus,
    WorkStatus,
)

__all__ = [
    "AddInvitationPolicyUserAttribution",
    "AddInvitationPolicyUserAttributionsBatch",
    "AppValidateRule",
    "AppValidateRuleType",
    "Application",
    "ApplicationAgreement",
    "ApplicationAppType",
    "ApplicationBrandingConfig",
    "ApplicationDefaultLoginMethod",
    "ApplicationEnabledExtIdpConn",
    "ApplicationLoginConfig",
    "ApplicationRegisterConfig",
    "ApprovalUniversalInvitationApplicant",
    "BatchBindPolicy",
    "BatchUnbindPolicy",
    "Channel",
    "CombineFilterItem",
    "CombineFiltersBase",
    "CombineFiltersBaseType",
    "CommonUser",
    "ConnectionType",
    "CopyInvitationPolicy",
    "CreateAccessKey",
    "CreateAccessKeyResp",
    "CreateInvitationPolicy",
    "CreateInvitationRoster",
    "CustomFieldI18n",
    "DefaultPasswordConfig",
    "DefaultPasswordConfigType",
    "DefaultProtocol",
    "DefaultRegisterMethod",
    "DeleteAccessKey",
    "DeleteInvitationPolicyByIds",
    "DeleteInvitationRoster",
    "DeleteInvitationRosterBatch",
    "DeleteRosterUsers",
    "DepartmentI18n",
    "DisplayAt",
    "EmailTemplate",
    "EmailTemplateQuery",
    "EmailTemplateQueryScene",
    "EmailTemplateType",
    "EnabledBasicLoginMethods",
    "EnabledBasicRegisterMethods",
    "ErrMsgI18n",
    "ExportUsers",
    "ExtIdpConnType",
    "ExtendsField",
    "ExtendsFieldType",
    "Gender",
    "GenerateInvitationLink",
    "GetAccessKeyResp",
    "GetExtendsFields",
    "GetInvitationPolicy",
    "GetUniversalInvitation",
    "Group",
    "GuardVersion",
    "Identity",
    "IdentityProvider",
    "ImportExportTemplateResp",
    "ImportInvitee",
    "ImportUsers",
    "InputType",
    "InvitationConfig",
    "InvitationDepartmentResp",
    "InvitationLinkConfig",
    "InvitationPolicyUserAttributionList",
    "InvitationPostResp",
    "InvitationRoster",
    "InvitationRosterPagination",
    "InvitationRosterStatus",
    "InvitationUser",
    "InvitationUserPagination",
    "InvitationUserSource",
    "InvitationUserStatus",
    "InviteLinkDisuseRule",
    "InviteMethod",
    "IsSuccess",
    "Lang",
    "LangObject",
    "LangUnit",
    "LdapConfigInfo",
    "LdapLog",
    "LdapSave",
    "LdapSetEnabledFlag",
    "LdapUpdate",
    "LinkExpiredTimeUnit",
    "ListAccessKeyResp",
    "ListInvitationRoster",
    "ListInvitationRosterByPolicyId",
    "ListInvitationUser",
    "Operator",
    "PageExpiredTimeUnit",
    "PaginationInvitationPolicyData",
    "PaginationInvitationPolicyQuery",
    "PaginationUniversalInvitationApplicantData",
    "PaginationUniversalInvitationApplicantQuery",
    "PolicyExtendsFields",
    "QrcodeType",
    "QuickFilterInvitationUser",
    "QuickFilterInviteePagination",
    "QuickFilterInviteeRecord",
    "RemoveInvitationPolicyUserAttribution",
    "RemoveInvitationPolicyUserAttributionsBatch",
    "RevertRosterInvitation",
    "RevertRosterInvitationBatch",
    "Role",
    "SendRosterInvitation",
    "SendRosterInvitationBatch",
    "SendVerifyCodeMethod",
    "Source",
    "TargetType",
    "TplEngine",
    "UniversalInvitationApplicantData",
    "UniversalInvitationApplicantDataStatus",
    "UpdateAccessKey",
    "UpdateEmailTemplate",
    "UpdateExtendsField",
    "UpdateInvitationPolicy",
    "UpdateInvitationRoster",
    "UpdateUniversalInvitation",
    "User",
    "UserAttribution",
    "UserAttributionPagination",
    "UserSourceType",
    "UserStatus",
    "VerifyConfigData",
    "WorkStatus",
]


class AppValidateRuleType(StrEnum):
    """Allowed values of app validate rule type."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"


class Channel(StrEnum):
    """Allowed values of channel."""

    MANUAL = "MANUAL"
    AUTO = "AUTO"


class CombineFiltersBaseType(StrEnum):
    """Allowed values of combine filters base type."""

    AND = "and"
    OR = "or"


class DefaultPasswordConfigType(StrEnum):
    """Allowed values of default password config type."""

    RANDOM = "random"
    CUSTOM = "custom"


class EmailTemplateQueryScene(StrEnum):
    """Allowed values of email template query scene."""

    INVITE = "INVITE"
    WELCOME = "WELCOME"


class ExtendsFieldType(StrEnum):
    """Allowed values of extends field type."""

    USER = "user"
    INTERNAL = "internal"


class InputType(StrEnum):
    """Allowed values of input type."""

    IMAGE = "image"
    NUMBER = "number"
    DATE = "date"
    DATE_TIME = "dateTime"
    DATETIME = "datetime"
    SELECT = "select"
    DROPDOWN = "dropdown"
    BOOLEAN = "boolean"
    STRING = "string"
    TEXT = "text"
    GENDER = "gender"
    COUNTRY = "country"
    USERNAME = "username"
    PHONE = "phone"
    EMAIL = "email"


class InvitationRosterStatus(StrEnum):
    """Allowed values of invitation roster status."""

    EDITING = "editing"
    INVITED = "invited"


class InvitationUserSource(StrEnum):
    """Allowed values of invitation user source."""

    MANUAL_CREATE = "manualCreate"
    FILE_IMPORT = "fileImport"


class InvitationUserStatus(StrEnum):
    """Allowed values of invitation user status."""

    INVITED = "invited"
    REGISTERING = "registering"
    REGISTERED = "registered"
    REVERTED = "reverted"
    NOT_INVITED = "notInvited"
    EXPIRED = "expired"
    INVITATION_SEND_FAIL = "invitationSendFail"
    JOINED_BY_OTHER = "joinedByOther"


class InviteLinkDisuseRule(StrEnum):
    """Allowed values of invite link disuse rule."""

    PERIOD = "period"
    AFTER_FIRST_CLICK = "afterFirstClick"


class InviteMethod(StrEnum):
    """Allowed values of invite method."""

    EMAIL = "email"


class LinkExpiredTimeUnit(StrEnum):
    """Allowed values of link expired time unit."""

    FOREVER = "forever"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"


class Operator(StrEnum):
    """Allowed values of operator."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    NOT_IN = "NOT_IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


class PageExpiredTimeUnit(StrEnum):
    """Allowed values of page expired time unit."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


class SendVerifyCodeMethod(StrEnum):
    """Allowed values of send verify code method."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"


class Source(StrEnum):
    """Allowed values of source."""

    PRESET = "preset"
    MANUAL_ADD = "manual_add"


class TargetType(StrEnum):
    """Allowed values of target type."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


class UniversalInvitationApplicantDataStatus(StrEnum):
    """Allowed values of universal invitation applicant data status."""

    PENDING = "PENDING"
    PASSED = "PASSED"
    REJECTED = "REJECTED"


@attrs.define(kw_only=True, slots=False)
class AddInvitationPolicyUserAttribution(Model):
    """Request body of ``add_invitation_policy_user_attribution``."""

    target_type: TargetType | str = enum_field(TargetType, "target_type", required=True)
    target_identifier: str
    policy_id: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class AddInvitationPolicyUserAttributionsBatch(Model):
    """Request body of ``add_invitation_policy_user_attributions_batch``."""

    targets: list[InvitationPolicyUserAttributionList]
    policy_id: str


@attrs.define(kw_only=True, slots=False)
class AppValidateRule(Model):
    """GenAuth ``AppValidateRuleDto``."""

    type: AppValidateRuleType | str
    content: AppValidateRuleType | str
    error_message: str | None = None
    i18n: ErrMsgI18n | None = None


@attrs.define(kw_only=True, slots=False)
class ApprovalUniversalInvitationApplicant(Model):
    """GenAuth ``ApprovalUniversalInvitationApplicantDto``."""

    applicant_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class BatchBindPolicy(Model):
    """Request body of ``bind_invitation_rosters_policy``."""

    roster_ids: list[str]
    policy_id: str


@attrs.define(kw_only=True, slots=False)
class BatchUnbindPolicy(Model):
    """Request body of ``unbind_invitation_rosters_policy``."""

    roster_ids: list[str]
    policy_id: str


@attrs.define(kw_only=True, slots=False)
class CombineFilterItem(Model):
    """GenAuth ``CombineFilterItemDto``."""

    type: str
    operator: Operator | str = enum_field(Operator, "operator", required=True)
    value: str | int


@attrs.define(kw_only=True, slots=False)
class CombineFiltersBase(Model):
    """GenAuth ``CombineFiltersBaseDto``."""

    type: CombineFiltersBaseType | str = enum_field(CombineFiltersBaseType, "type", required=True)
    filters: list[CombineFilterItem]


@attrs.define(kw_only=True, slots=False)
class CommonUser(Model):
    """GenAuth ``CommonUserDto``."""

    id: str
    display_name: str | None = None
    photo: str | None = None


@attrs.define(kw_only=True, slots=False)
class CopyInvitationPolicy(Model):
    """Request body of ``copy_invitation_policy_by_id``."""

    policy_id: str


@attrs.define(kw_only=True, slots=False)
class CreateAccessKey(Model):
    """Request body of ``create_access_key``."""

    type: str
    user_id: str | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateAccessKeyResp(Model):
    """GenAuth ``CreateAccessKeyRespDto``."""

    access_key_id: str
    access_key_secret: str = attrs.field(repr=redacted)
    user_id: str
    created_at: datetime.datetime
    status: str
    last_date: str
    user_pool_id: str
    enable: bool


@attrs.define(kw_only=True, slots=False)
class CreateInvitationPolicy(Model):
    """Request body of ``create_invitation_policy``."""

    name: str
    invite_method: InviteMethod | str | None = enum_field(InviteMethod, "invite_method")
    invite_link_config: InvitationLinkConfig | None = None
    default_password_config: DefaultPasswordConfig | None = None
    show_password_in_invite_email: bool | None = attrs.field(default=None, repr=redacted)
    enabled_identifier_verify: bool | None = None
    send_verify_code_method: SendVerifyCodeMethod | str | None = enum_field(
        SendVerifyCodeMethod, "send_verify_code_method"
    )
    enabled_info_fill: bool | None = None
    register_info_fill_msg: str | None = None
    enabled_ext_idp: bool | None = None
    allow_skip_bind_ext_idp: bool | None = None
    ext_idp_bind_msg: str | None = None
    ext_idp_conn_ids: list[str] | None = None
    extends_fields: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class CreateInvitationRoster(Model):
    """Request body of ``create_invitation_roster``."""

    name: str


@attrs.define(kw_only=True, slots=False)
class DefaultPasswordConfig(Model):
    """GenAuth ``DefaultPasswordConfigDto``."""

    type: DefaultPasswordConfigType | str = enum_field(
        DefaultPasswordConfigType, "type", required=True
    )
    custom: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteAccessKey(Model):
    """Request body of ``delete_access_key``."""

    access_key_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteInvitationPolicyByIds(Model):
    """Request body of ``batch_delete_invitation_policies``."""

    policy_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class DeleteInvitationRosterBatch(Model):
    """Request body of ``delete_invitation_roster_batch``."""

    ids: list[str]


@attrs.define(kw_only=True, slots=False)
class DeleteInvitationRoster(Model):
    """Request body of ``delete_invitation_roster``."""

    id: str


@attrs.define(kw_only=True, slots=False)
class DeleteRosterUsers(Model):
    """Request body of ``delete_invitees``."""

    invitee_ids: list[str]
    roster_id: str


@attrs.define(kw_only=True, slots=False)
class EmailTemplateQuery(Model):
    """Request body of ``get_invitation_email_template``."""

    scene: EmailTemplateQueryScene | str = enum_field(
        EmailTemplateQueryScene, "scene", required=True
    )
    policy_id: str
    roster_id: str | None = None
    template_type: str | None = None


@attrs.define(kw_only=True, slots=False)
class ErrMsgI18n(Model):
    """GenAuth ``ErrMsgI18nDto``."""

    error_message: LangUnit | None = None


@attrs.define(kw_only=True, slots=False)
class ExportUsers(Model):
    """Request body of ``export_invitees``."""

    roster_id: str


@attrs.define(kw_only=True, slots=False)
class ExtendsField(Model):
    """GenAuth ``ExtendsFieldDto``."""

    type: ExtendsFieldType | str
    id: str
    name: str
    label: str
    show: bool
    allow_rewrite: bool
    input_type: InputType | str
    source: Source | str
    validate_rules: AppValidateRule | None = None
    i18n: CustomFieldI18n | None = None


@attrs.define(kw_only=True, slots=False)
class GenerateInvitationLink(Model):
    """GenAuth ``GenerateInvitationLinkDto``."""

    link: str


@attrs.define(kw_only=True, slots=False)
class GetAccessKeyResp(Model):
    """GenAuth ``GetAccessKeyRespDto``."""

    access_key_id: str
    access_key_secret: str = attrs.field(repr=redacted)
    user_id: str
    created_at: datetime.datetime
    status: str
    last_date: str
    user_pool_id: str
    enable: bool


@attrs.define(kw_only=True, slots=False)
class GetExtendsFields(Model):
    """GenAuth ``GetExtendsFieldsDto``."""

    extends_fields: list[ExtendsField] | None = None


@attrs.define(kw_only=True, slots=False)
class GetInvitationPolicy(Model):
    """GenAuth ``GetInvitationPolicyDto``."""

    policy_id: Any = None
    roster_id: Any = None
    with_creator_detail: Any = None


@attrs.define(kw_only=True, slots=False)
class GetUniversalInvitation(Model):
    """GenAuth ``GetUniversalInvitationDto``."""

    admin_invitation_config: InvitationConfig | None = None
    member_invitation_config: InvitationConfig | None = None
    enabled_member_invitation: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ImportExportTemplateResp(Model):
    """GenAuth ``ImportExportTemplateRespDto``."""

    key: str
    url: str


@attrs.define(kw_only=True, slots=False)
class ImportInvitee(Model):
    """GenAuth ``ImportInviteeDto``."""

    success: bool
    msg: bool | None = None
    failed: list[Any] | None = None
    insert_res: list[Any] | None = None


@attrs.define(kw_only=True, slots=False)
class ImportUsers(Model):
    """Request body of ``import_invitees``."""

    roster_id: str
    file: str


@attrs.define(kw_only=True, slots=False)
class InvitationConfig(Model):
    """GenAuth ``InvitationConfigDto``."""

    expired_time_of_day: int
    join_same_department: bool
    department_ids: list[str] | None = None
    enabled_admin_consent: bool | None = None


@attrs.define(kw_only=True, slots=False)
class InvitationDepartmentResp(Model):
    """GenAuth ``InvitationDepartmentRespDto``."""

    organization_code: str
    department_id: str
    created_at: datetime.datetime
    name: str
    parent_department_id: str
    parent_department_code: str
    members_count: int
    has_children: bool
    id: str
    updated_at: datetime.datetime | None = None
    open_department_id: str | None = None
    leader_user_ids: list[str] | None = None
    description: str | None = None
    code: str | None = None
    is_virtual_node: bool | None = None
    i18n: DepartmentI18n | None = None
    custom_data: Any = None
    posts: list[str] | None = None
    post_id_list: list[str] | None = None
    status: bool | None = None
    allow: str | None = None
    id_path: list[str] | None = None
    name_path: list[str] | None = None
    code_path: str | None = None


@attrs.define(kw_only=True, slots=False)
class InvitationLinkConfig(Model):
    """GenAuth ``InvitationLinkConfigDto``."""

    invite_link_disuse_rule: InviteLinkDisuseRule | str = enum_field(
        InviteLinkDisuseRule, "invite_link_disuse_rule", required=True
    )
    link_expired_time_unit: LinkExpiredTimeUnit | str = enum_field(
        LinkExpiredTimeUnit, "link_expired_time_unit", required=True
    )
    link_expired_time_of_second: int
    page_expired_time_unit: PageExpiredTimeUnit | str = enum_field(
        PageExpiredTimeUnit, "page_expired_time_unit", required=True
    )
    page_expired_time_of_second: int


@attrs.define(kw_only=True, slots=False)
class InvitationPolicyUserAttributionList(Model):
    """GenAuth ``InvitationPolicyUserAttributionListDto``."""

    target_identifiers: list[str]
    target_type: TargetType | str = enum_field(TargetType, "target_type", required=True)
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class InvitationPostResp(Model):
    """GenAuth ``InvitationPostRespDto``."""

    id: str
    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class InvitationRoster(Model):
    """GenAuth ``InvitationRosterDto``."""

    roster_id: str
    name: str
    status: InvitationRosterStatus | str
    creator_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_count: int
    assigned_policy: GetInvitationPolicy
    policy_id: str | None = None
    creator_detail: CommonUser | None = None


@attrs.define(kw_only=True, slots=False)
class InvitationUser(Model):
    """GenAuth ``InvitationUserDto``."""

    roster_id: str
    invitee_id: str
    name: str
    email: str
    status: InvitationUserStatus | str
    source: InvitationUserSource | str
    creator_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    phone_country_code: str | None = None
    phone: str | None = None
    creator_detail: CommonUser | None = None


@attrs.define(kw_only=True, slots=False)
class LdapConfigInfo(Model):
    """GenAuth ``LdapConfigInfoDto``."""

    enabled: int
    user_pool_id: str
    link_url: str
    ldaps_link_url: str
    enable_privatization: int
    bind_dn: str
    ldap_domain: str
    base_dn: str
    bind_pwd: str = attrs.field(repr=redacted)
    visible_org_nodes: Any
    visible_fields: Any
    udf_mapping: Any
    id: str | None = None
    enable_ssl: int | None = None


@attrs.define(kw_only=True, slots=False)
class LdapSave(Model):
    """Request body of ``save_ldap_config_info``."""

    ldap_domain: str
    link_url: str | None = None


@attrs.define(kw_only=True, slots=False)
class LdapSetEnabledFlag(Model):
    """Request body of ``disable_ldap_server``."""

    enabled: bool


@attrs.define(kw_only=True, slots=False)
class LdapUpdate(Model):
    """Request body of ``update_ldap_config_info``."""

    bind_pwd: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class ListAccessKeyResp(Model):
    """GenAuth ``ListAccessKeyRespDto``."""

    access_key_id: str
    access_key_secret: str = attrs.field(repr=redacted)
    user_id: str
    created_at: datetime.datetime
    status: str
    last_date: str
    user_pool_id: str
    enable: bool


@attrs.define(kw_only=True, slots=False)
class ListInvitationRosterByPolicyId(Model):
    """Request body of ``list_invitation_rosters_by_policy_id``."""

    policy_id: str
    page: int | None = None
    limit: int | None = None
    keywords: str | None = None
    filter: CombineFiltersBase | None = None
    with_creator_detail: bool | None = None
    with_user_count: bool | None = None
    with_assigned_policy: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ListInvitationRoster(Model):
    """GenAuth ``ListInvitationRosterDto``."""

    page: int | None = None
    limit: int | None = None
    keywords: str | None = None
    filter: CombineFiltersBase | None = None
    with_creator_detail: bool | None = None
    with_user_count: bool | None = None
    with_assigned_policy: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ListInvitationUser(Model):
    """Request body of ``list_invitation_invitees``."""

    roster_id: str
    page: int | None = None
    limit: int | None = None
    keywords: str | None = None
    filter: CombineFiltersBase | None = None
    with_creator_detail: bool | None = None


@attrs.define(kw_only=True, slots=False)
class PaginationInvitationPolicyQuery(Model):
    """Request body of ``list_invitation_policies``."""

    page: int | None = None
    limit: int | None = None
    keywords: str | None = None
    filter: CombineFiltersBase | None = None
    with_creator_detail: bool | None = None


@attrs.define(kw_only=True, slots=False)
class PaginationUniversalInvitationApplicantQuery(Model):
    """Request body of ``filter_universal_invitation_applicants``."""

    page: int | None = None
    limit: int | None = None
    keywords: str | None = None
    filter: CombineFiltersBase | None = None
    with_invitor_detail: bool | None = None
    with_operator_detail: bool | None = None


@attrs.define(kw_only=True, slots=False)
class PolicyExtendsFields(Model):
    """Request body of ``update_invitation_policy_extends_fields``."""

    extends_field: UpdateExtendsField
    action: str
    policy_id: str
    new_order: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class QuickFilterInvitationUser(Model):
    """Request body of ``quick_filter_invitees``."""

    page: int | None = None
    limit: int | None = None
    keywords: str | None = None
    filter: CombineFiltersBase | None = None


@attrs.define(kw_only=True, slots=False)
class QuickFilterInviteeRecord(Model):
    """GenAuth ``QuickFilterInviteeRecordDto``."""

    roster_id: str
    roster_name: str
    invitee_id: str
    invitee_name: str
    invitee_email: str
    invitee_status: InvitationUserStatus | str
    invitee_source: InvitationUserSource | str
    invitee_phone_country_code: str | None = None
    invitee_phone: str | None = None


@attrs.define(kw_only=True, slots=False)
class RemoveInvitationPolicyUserAttribution(Model):
    """Request body of ``remove_invitation_policy_user_attribution``."""

    target_type: TargetType | str = enum_field(TargetType, "target_type", required=True)
    target_identifier: str
    policy_id: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class RemoveInvitationPolicyUserAttributionsBatch(Model):
    """Request body of ``remove_invitation_policy_user_attributions_batch``."""

    targets: list[InvitationPolicyUserAttributionList]
    policy_id: str


@attrs.define(kw_only=True, slots=False)
class RevertRosterInvitationBatch(Model):
    """Request body of ``revert_roster_invitation_batch``."""

    invitee_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class RevertRosterInvitation(Model):
    """Request body of ``revert_roster_invitation``."""

    invitee_id: str
    roster_id: str


@attrs.define(kw_only=True, slots=False)
class SendRosterInvitationBatch(Model):
    """Request body of ``send_roster_invitation_batch``."""

    invitee_ids: list[str]
    roster_id: str


@attrs.define(kw_only=True, slots=False)
class SendRosterInvitation(Model):
    """Request body of ``send_roster_invitation``."""

    roster_id: str


@attrs.define(kw_only=True, slots=False)
class UniversalInvitationApplicantData(Model):
    """GenAuth ``UniversalInvitationApplicantData``."""

    id: str
    applicant: str
    email: str
    inviter_id: str
    status: UniversalInvitationApplicantDataStatus | str
    channel: Channel | str
    operator_id: str | None = None
    inviter_detail: CommonUser | None = None
    operator_detail: CommonUser | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateAccessKey(Model):
    """Request body of ``update_access_key``."""

    enable: bool
    access_key_id: str


@attrs.define(kw_only=True, slots=False)
class UpdateExtendsField(Model):
    """GenAuth ``UpdateExtendsFieldDto``."""

    type: ExtendsFieldType | str = enum_field(ExtendsFieldType, "type", required=True)
    id: str
    name: str
    label: str
    show: bool
    allow_rewrite: bool
    input_type: InputType | str = enum_field(InputType, "input_type", required=True)
    required: bool | None = None
    validate_rules: AppValidateRule | None = None
    i18n: CustomFieldI18n | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateInvitationPolicy(Model):
    """Request body of ``update_invitation_policy``."""

    policy_id: str
    name: str | None = None
    invite_method: InviteMethod | str | None = enum_field(InviteMethod, "invite_method")
    invite_link_config: InvitationLinkConfig | None = None
    default_password_config: DefaultPasswordConfig | None = None
    show_password_in_invite_email: bool | None = attrs.field(default=None, repr=redacted)
    enabled_identifier_verify: bool | None = None
    send_verify_code_method: SendVerifyCodeMethod | str | None = enum_field(
        SendVerifyCodeMethod, "send_verify_code_method"
    )
    enabled_info_fill: bool | None = None
    register_info_fill_msg: str | None = None
    enabled_ext_idp: bool | None = None
    allow_skip_bind_ext_idp: bool | None = None
    ext_idp_bind_msg: str | None = None
    ext_idp_conn_ids: list[str] | None = None
    extends_fields: list[str] | None = None
    invite_email_template_type: str | None = None
    welcome_email_template_type: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateInvitationRoster(Model):
    """Request body of ``update_invitation_roster``."""

    roster_id: str
    name: str | None = None
    policy_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateUniversalInvitation(Model):
    """Request body of ``update_universal_invitation_settings``."""

    admin_invitation_config: bool | None = None
    member_invitation_config: bool | None = None
    enabled_member_invitation: bool | None = None


@attrs.define(kw_only=True, slots=False)
class UserAttribution(Model):
    """GenAuth ``UserAttributionDto``."""

    id: str
    policy_id: str
    target_identifier: str
    target_type: TargetType | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    namespace: str | None = None
    target_detail: Any = None


@attrs.define(kw_only=True, slots=False)
class VerifyConfigData(Model):
    """Request body of ``update_verify_config``."""

    id: str
    app_id: str
    app_secret: str = attrs.field(repr=redacted)
    public_key: str
    auth_address: str
    logo: str
    name: str
    is_win_login: bool | None = None
    is_win_change_pwd: bool | None = attrs.field(default=None, repr=redacted)


InvitationRosterPagination = Page[InvitationRoster]


InvitationUserPagination = Page[InvitationUser]


LdapLog = Page[Any]


PaginationInvitationPolicyData = Page[GetInvitationPolicy]


PaginationUniversalInvitationApplicantData = Page[UniversalInvitationApplicantData]


QuickFilterInviteePagination = Page[QuickFilterInviteeRecord]


UserAttributionPagination = Page[UserAttribution]
