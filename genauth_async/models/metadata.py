"""Models of the GenAuth *metadata* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field

__all__ = [
    "Cell",
    "Condition",
    "CopyRowRelation",
    "CreateFunctionModel",
    "CreateFunctionModelField",
    "CreateFunctionModelFieldType",
    "CreateFunctionModelType",
    "CreateOperateModel",
    "CreateRelationValue",
    "CreateRow",
    "CreateUEBA",
    "DataType",
    "DropDownItem",
    "Expand",
    "ExportMetadata",
    "ExportModel",
    "Filter",
    "FunctionModel",
    "FunctionModelField",
    "FunctionModelFieldId",
    "FunctionModelId",
    "FunctionModelOperateId",
    "FunctionModelValueList",
    "GetAllRow",
    "GetAllRowByScrollid",
    "GetAllRowVyScrollid",
    "GetRelationInfo",
    "GetRowBatch",
    "ImportMetadata",
    "ImportModel",
    "MetadataGroup",
    "OperateModel",
    "OperateModelPaging",
    "RelationOptionalRange",
    "RelationSearch",
    "RelationValueList",
    "RemoveRelationValue",
    "RemoveRow",
    "Row",
    "Scope",
    "UpdateFunctionModel",
    "UpdateFunctionModelField",
    "UpdateOperateModel",
    "UpdateRow",
]


class CreateFunctionModelFieldType(StrEnum):
    """Allowed values of create function model field type."""

    TEXT = "Text"
    TEXTAREA = "Textarea"
    NUMBER = "Number"
    BOOLEAN = "Boolean"
    DATE = "Date"
    ENUM = "Enum"
    RELATION = "Relation"
    REVERSE_RELATION = "ReverseRelation"
    ARRAY = "Array"


class CreateFunctionModelType(StrEnum):
    """Allowed values of create function model type."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"


class DataType(StrEnum):
    """Allowed values of data type."""

    LIST = "list"
    TREE = "tree"


@attrs.define(kw_only=True, slots=False)
class Cell(Model):
    """GenAuth ``CellDto``."""

    field_id: str
    value: Any


@attrs.define(kw_only=True, slots=False)
class Condition(Model):
    """GenAuth ``Condition``."""

    key: str
    value: Any
    operator: str


@attrs.define(kw_only=True, slots=False)
class CopyRowRelation(Model):
    """Request body of ``copy_row_relation``."""

    relation_row_id: str
    row_id: str
    model_id: str


@attrs.define(kw_only=True, slots=False)
class CreateFunctionModel(Model):
    """Request body of ``create_model``."""

    parent_key: str
    enable: bool
    type: CreateFunctionModelType | str = enum_field(CreateFunctionModelType, "type", required=True)
    description: str
    name: str
    data_type: DataType | str | None = enum_field(DataType, "data_type")


@attrs.define(kw_only=True, slots=False)
class CreateFunctionModelField(Model):
    """Request body of ``create_field``."""

    user_visible: bool
    relation_optional_range: Condition
    relation_show_key: str
    relation_multiple: bool
    relation_type: str
    for_login: bool
    fuzzy_search: bool
    drop_down: DropDownItem
    format: int
    regexp: str
    min: int
    max: int
    max_length: int
    unique: bool
    require: bool
    default: Any
    help: str
    editable: bool
    show: bool
    type: CreateFunctionModelFieldType | str = enum_field(
        CreateFunctionModelFieldType, "type", required=True
    )
    key: str
    name: str
    model_id: str


@attrs.define(kw_only=True, slots=False)
class CreateOperateModel(Model):
    """Request body of ``create_operate``."""

    show: bool
    icon: str
    config: Any
    operate_name: str
    operate_key: str
    model_id: str


@attrs.define(kw_only=True, slots=False)
class CreateRelationValue(Model):
    """Request body of ``create_row_relation``."""

    value_list: list[str]
    row_id: str
    field_id: str
    model_id: str


@attrs.define(kw_only=True, slots=False)
class CreateRow(Model):
    """Request body of ``create_row``."""

    data: Any
    model_id: str
    row_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateUEBA(Model):
    """Request body of ``capture``."""

    data: Any
    model_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class DropDownItem(Model):
    """GenAuth ``DropDownItemDto``."""

    key: str
    label: str


@attrs.define(kw_only=True, slots=False)
class Expand(Model):
    """GenAuth ``Expand``."""

    field: str
    select: list[str]


@attrs.define(kw_only=True, slots=False)
class ExportMetadata(Model):
    """Request body of ``export_model``."""

    model_id: str


@attrs.define(kw_only=True, slots=False)
class ExportModel(Model):
    """Request body of ``export_meatdata``."""

    id_list: list[str]
    model_id: str


@attrs.define(kw_only=True, slots=False)
class Filter(Model):
    """Request body of ``list_row``."""

    model_id: str
    keywords: str | None = None
    conjunction: str | None = None
    conditions: list[Condition] | None = None
    sort: list[Any] | None = None
    page: int | None = None
    limit: int | None = None
    fetch_all: bool | None = None
    with_path: bool | None = None
    show_field_id: bool | None = None
    preview_relation: bool | None = None
    get_relation_field_detail: bool | None = None
    scope: Scope | None = None
    filter_relation: Scope | None = None
    expand: list[Expand] | None = None
    get_nest_data: bool | None = None


@attrs.define(kw_only=True, slots=False)
class FunctionModel(Model):
    """GenAuth ``FunctionModelDto``."""

    id: str
    user_pool_id: str
    name: str
    description: str
    data_type: DataType | str
    enable: bool
    parent_key: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type: CreateFunctionModelType | str
    field_order: str
    config: Any


@attrs.define(kw_only=True, slots=False)
class FunctionModelField(Model):
    """GenAuth ``FunctionModelFieldDto``."""

    id: str
    model_id: str
    name: str
    key: str
    type: int
    show: bool
    editable: bool
    help: str
    default: str
    require: bool
    unique: bool
    max_length: int
    max: int
    min: int
    regexp: str
    format: int
    drop_down: int
    relation_type: str
    relation_multiple: bool
    relation_show_key: str
    relation_optional_range: RelationOptionalRange
    user_visible: bool


@attrs.define(kw_only=True, slots=False)
class FunctionModelFieldId(Model):
    """Request body of ``remote_field``."""

    model_id: str
    id: str


@attrs.define(kw_only=True, slots=False)
class FunctionModelId(Model):
    """Request body of ``remove_model``."""

    id: str


@attrs.define(kw_only=True, slots=False)
class FunctionModelOperateId(Model):
    """GenAuth ``FunctionModelOperateIdDto``."""

    custom_config: Any
    model_id: str
    id: str
    field_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class GetAllRowByScrollid(Model):
    """GenAuth ``GetAllRowByScrollidDto``."""

    scroll_id: str
    list: builtins.list[str]


@attrs.define(kw_only=True, slots=False)
class GetAllRow(Model):
    """Request body of ``get_all_metadata``."""

    model_id: str
    conjunction: str | None = None
    conditions: list[Condition] | None = None


@attrs.define(kw_only=True, slots=False)
class GetAllRowVyScrollid(Model):
    """Request body of ``get_all_rows_by_scroll_id``."""

    size: int
    model_id: str
    scroll_id: str | None = None
    id: str | None = None
    query: Any = None
    get_relation_details: bool | None = None


@attrs.define(kw_only=True, slots=False)
class GetRelationInfo(Model):
    """Request body of ``get_relation_info``."""

    id_list: list[str]
    model_id: str


@attrs.define(kw_only=True, slots=False)
class GetRowBatch(Model):
    """Request body of ``get_row_batch``."""

    row_ids: list[str]
    model_id: str


@attrs.define(kw_only=True, slots=False)
class ImportMetadata(Model):
    """Request body of ``import_model``."""

    file: str


@attrs.define(kw_only=True, slots=False)
class ImportModel(Model):
    """Request body of ``import_metadata``."""

    file: str
    model_id: str


@attrs.define(kw_only=True, slots=False)
class MetadataGroup(Model):
    """Request body of ``group_rows``."""

    group_id: str
    keyword: str | None = None
    sort: list[Any] | None = None
    page: int | None = None
    limit: int | None = None
    get_nest_data: bool | None = None


@attrs.define(kw_only=True, slots=False)
class OperateModel(Model):
    """GenAuth ``OperateModelDto``."""

    id: str
    user_pool_id: str
    model_id: str
    operate_name: str
    operate_key: str
    show: bool
    is_default: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class RelationOptionalRange(Model):
    """GenAuth ``RelationOptionalRange``."""

    conjunction: str
    conditions: Condition


@attrs.define(kw_only=True, slots=False)
class RelationSearch(Model):
    """Request body of ``relation_search``."""

    field_id: str
    model_id: str
    keywords: str | None = None
    page: int | None = None
    limit: int | None = None
    show_field_id: bool | None = None


@attrs.define(kw_only=True, slots=False)
class RemoveRelationValue(Model):
    """Request body of ``remove_relation_value``."""

    value: str
    field_ids: list[str]
    row_id: str
    model_id: str


@attrs.define(kw_only=True, slots=False)
class RemoveRow(Model):
    """Request body of ``remove_row``."""

    row_id_list: list[str]
    model_id: str
    recursive: bool | None = None


@attrs.define(kw_only=True, slots=False)
class Row(Model):
    """GenAuth ``RowDto``."""

    row_id: str
    cell_list: list[Cell]


@attrs.define(kw_only=True, slots=False)
class Scope(Model):
    """GenAuth ``ScopeDto``."""

    model_id: str
    id: str
    field_id: str


@attrs.define(kw_only=True, slots=False)
class UpdateFunctionModel(Model):
    """Request body of ``update_model``."""

    show_field_key: str
    config: Any
    field_order: str
    type: CreateFunctionModelType | str = enum_field(CreateFunctionModelType, "type", required=True)
    parent_key: str
    enable: bool
    description: str
    name: str
    id: str


@attrs.define(kw_only=True, slots=False)
class UpdateFunctionModelField(Model):
    """Request body of ``update_field``."""

    user_visible: bool
    relation_optional_range: RelationOptionalRange
    relation_show_key: str
    for_login: bool
    fuzzy_search: bool
    drop_down: list[str]
    format: int
    regexp: str
    min: int
    max: int
    max_length: int
    unique: bool
    require: bool
    default: Any
    help: str
    editable: bool
    show: bool
    name: str
    model_id: str
    id: str


@attrs.define(kw_only=True, slots=False)
class UpdateOperateModel(Model):
    """Request body of ``update_operate``."""

    icon: str
    config: Any
    operate_name: str
    operate_key: str
    show: bool
    model_id: str
    id: str
    field_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateRow(Model):
    """Request body of ``update_row``."""

    data: Any
    row_id: str
    model_id: str
    show_field_id: bool | None = None


FunctionModelValueList = Page[Any]


OperateModelPaging = Page[OperateModel]


RelationValueList = Page[str]
