"""Models of the GenAuth *custom-fields* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Model, StrEnum, enum_field
from .common import AsaAccountTargetTargetType, CustomFieldI18n, IsSuccess, LangObject, LangUnit

__all__ = [
    "AsaAccountTargetTargetType",
    "CountCustomFields",
    "CustomField",
    "CustomFieldDataType",
    "CustomFieldI18n",
    "CustomFieldSelectOption",
    "DeleteCustomField",
    "DeleteCustomFieldsReq",
    "IsSuccess",
    "LangObject",
    "LangUnit",
    "ListCustFieldsDataType",
    "ListCustomFields",
    "SetCustomData",
    "SetCustomDataReq",
    "SetCustomField",
    "SetCustomFieldsReq",
    "SetUserBaseField",
    "SetUserBaseFieldsReq",
]


class CustomFieldDataType(StrEnum):
    """Allowed values of custom field data type."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"


class ListCustFieldsDataType(StrEnum):
    """Allowed values of list cust fields data type."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


@attrs.define(kw_only=True, slots=False)
class CountCustomFields(Model):
    """GenAuth ``CountCustomFieldsDto``."""

    all: int
    user_visible: int
    admin_visible: int


@attrs.define(kw_only=True, slots=False)
class CustomField(Model):
    """GenAuth ``CustomFieldDto``."""

    target_type: AsaAccountTargetTargetType | str
    data_type: CustomFieldDataType | str
    key: str
    label: str
    is_unique: bool
    visible_in_admin_console: bool
    created_at: datetime.datetime | None = None
    description: str | None = None
    encrypted: bool | None = None
    user_editable: bool | None = None
    visible_in_user_center: bool | None = None
    i18n: CustomFieldI18n | None = None
    options: list[CustomFieldSelectOption] | None = None


@attrs.define(kw_only=True, slots=False)
class CustomFieldSelectOption(Model):
    """GenAuth ``CustomFieldSelectOption``."""

    value: str
    label: str


@attrs.define(kw_only=True, slots=False)
class DeleteCustomField(Model):
    """GenAuth ``DeleteCustomFieldDto``."""

    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    key: str


@attrs.define(kw_only=True, slots=False)
class DeleteCustomFieldsReq(Model):
    """Request body of ``delete_custom_fields``."""

    tenant_id: str
    list: builtins.list[DeleteCustomField]


@attrs.define(kw_only=True, slots=False)
class ListCustomFields(Model):
    """GenAuth ``ListCustomFieldsDto``."""

    target_type: Any = None
    data_type: Any = None
    tenant_id: Any = None
    page: Any = None
    limit: Any = None
    user_visible: Any = None
    admin_visible: Any = None
    access_control: Any = None
    keyword: Any = None
    lang: Any = None
    count: CountCustomFields | None = None
    list: builtins.list[CustomField] | None = None


@attrs.define(kw_only=True, slots=False)
class SetCustomData(Model):
    """GenAuth ``SetCustomDataDto``."""

    key: str
    value: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SetCustomDataReq(Model):
    """Request body of ``set_custom_data``."""

    list: builtins.list[SetCustomData]
    target_identifier: str
    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    tenant_id: str | None = None
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class SetCustomField(Model):
    """GenAuth ``SetCustomFieldDto``."""

    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    key: str
    data_type: CustomFieldDataType | str | None = enum_field(CustomFieldDataType, "data_type")
    label: str | None = None
    description: str | None = None
    encrypted: bool | None = None
    is_unique: bool | None = None
    user_editable: bool | None = None
    visible_in_admin_console: bool | None = None
    visible_in_user_center: bool | None = None
    validate_rules: Any = None
    app_ids: list[str] | None = None
    desensitization: bool | None = None
    options: list[CustomFieldSelectOption] | None = None
    i18n: CustomFieldI18n | None = None


@attrs.define(kw_only=True, slots=False)
class SetCustomFieldsReq(Model):
    """Request body of ``set_custom_fields``."""

    list: builtins.list[SetCustomField]
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SetUserBaseField(Model):
    """GenAuth ``SetUserBaseFieldDto``."""

    key: str
    label: str | None = None
    description: str | None = None
    user_editable: bool | None = None
    visible_in_admin_console: bool | None = None
    visible_in_user_center: bool | None = None
    i18n: CustomFieldI18n | None = None


@attrs.define(kw_only=True, slots=False)
class SetUserBaseFieldsReq(Model):
    """Request body of ``set_user_base_fields``."""

    list: builtins.list[SetUserBaseField]
