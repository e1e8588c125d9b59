"""Metadata models, fields and rows (the data objects of a user pool).

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_model,
    as_models,
    check_enum,
    check_flag,
    check_list,
    check_page,
    check_page_size,
    check_str,
    require_enum,
    require_flag,
    require_id,
    require_ids,
    require_int,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import metadata as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.metadata")

__all__ = ["ENDPOINTS", "MetadataAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "capture": Endpoint("POST", "api/v3/metadata/ueba/capture", Any, False),
    "copy_operate": Endpoint("POST", "api/v3/metadata/copy-operate", None, False),
    "copy_row_relation": Endpoint(
        "POST",
        "api/v3/metadata/copy-row-relation",
        idempotent=False,
        load=lambda: models.RelationValueList,
    ),
    "create_field": Endpoint(
        "POST",
        "api/v3/metadata/create-field",
        idempotent=False,
        load=lambda: models.FunctionModelField,
    ),
    "create_model": Endpoint(
        "POST", "api/v3/metadata/create-model", idempotent=False, load=lambda: models.FunctionModel
    ),
    "create_operate": Endpoint("POST", "api/v3/metadata/create-operate", None, False),
    "create_row": Endpoint(
        "POST", "api/v3/metadata/create-row", idempotent=False, load=lambda: models.Row
    ),
    "create_row_relation": Endpoint("POST", "api/v3/metadata/create-row-relation", None, False),
    "execute_operate": Endpoint("POST", "api/v3/metadata/execute-operate", None, False),
    "export_meatdata": Endpoint("POST", "api/v3/metadata/export", None, True),
    "export_model": Endpoint("POST", "api/v3/metadata/export/model", None, True),
    "get_all_metadata": Endpoint(
        "POST",
        "api/v3/metadata/get-all-metadata",
        idempotent=True,
        load=lambda: models.FunctionModelValueList,
    ),
    "get_all_rows_by_scroll_id": Endpoint(
        "POST",
        "api/v3/metadata/get-all-row-by-scrollid",
        idempotent=True,
        load=lambda: models.GetAllRowByScrollid,
    ),
    "get_import_template": Endpoint(
        "GET", "api/v3/metadata/get-import-template", idempotent=True, load=lambda: models.Row
    ),
    "get_model": Endpoint(
        "GET", "api/v3/metadata/get-model", idempotent=True, load=lambda: models.FunctionModel
    ),
    "get_relation_info": Endpoint("POST", "api/v3/metadata/get-relation-info", None, True),
    "get_relation_value": Endpoint(
        "GET",
        "api/v3/metadata/get-row-relation",
        idempotent=True,
        load=lambda: models.RelationValueList,
    ),
    "get_row": Endpoint("GET", "api/v3/metadata/get-row", idempotent=True, load=lambda: models.Row),
    "get_row_batch": Endpoint(
        "POST", "get-row-batch", idempotent=True, load=lambda: list[models.Row]
    ),
    "get_row_by_value": Endpoint(
        "GET", "api/v3/metadata/get-row-by-value", idempotent=True, load=lambda: models.Row
    ),
    "get_row_relation_details": Endpoint(
        "GET",
        "api/v3/metadata/get-row-relation-details",
        idempotent=True,
        load=lambda: models.RelationValueList,
    ),
    "group_rows": Endpoint(
        "POST",
        "api/v3/metadata/group",
        idempotent=False,
        load=lambda: models.FunctionModelValueList,
    ),
    "import_metadata": Endpoint("POST", "api/v3/metadata/import", None, False),
    "import_model": Endpoint("POST", "api/v3/metadata/import/model", None, False),
    "list_field": Endpoint(
        "GET",
        "api/v3/metadata/list-field",
        idempotent=True,
        load=lambda: list[models.FunctionModelField],
    ),
    "list_model": Endpoint(
        "GET",
        "api/v3/metadata/list-model",
        idempotent=True,
        load=lambda: list[models.FunctionModel],
    ),
    "list_operate": Endpoint(
        "GET",
        "api/v3/metadata/list-operate",
        idempotent=True,
        load=lambda: models.OperateModelPaging,
    ),
    "list_operate_all": Endpoint(
        "GET", "api/v3/metadata/all-operate", idempotent=True, load=lambda: models.OperateModel
    ),
    "list_row": Endpoint(
        "POST",
        "api/v3/metadata/filter",
        idempotent=True,
        load=lambda: models.FunctionModelValueList,
    ),
    "relation_search": Endpoint(
        "POST",
        "api/v3/metadata/relation-search",
        idempotent=False,
        load=lambda: models.RelationValueList,
    ),
    "remote_field": Endpoint("POST", "api/v3/metadata/remove-field", None, False),
    "remove_model": Endpoint("POST", "api/v3/metadata/remove-model", None, True),
    "remove_operate": Endpoint("POST", "api/v3/metadata/remove-operate", None, True),
    "remove_relation_value": Endpoint("POST", "api/v3/metadata/remove-row-relation", None, True),
    "remove_row": Endpoint("POST", "api/v3/metadata/remove-row", None, True),
    "update_field": Endpoint(
        "POST",
        "api/v3/metadata/update-field",
        idempotent=True,
        load=lambda: models.FunctionModelField,
    ),
    "update_model": Endpoint(
        "POST", "api/v3/metadata/update-model", idempotent=True, load=lambda: models.FunctionModel
    ),
    "update_operate": Endpoint("POST", "api/v3/metadata/update-operate", None, True),
    "update_row": Endpoint(
        "POST", "api/v3/metadata/update-row", idempotent=True, load=lambda: models.Row
    ),
}
ENDPOINTS["export_metadata"] = ENDPOINTS["export_meatdata"]
ENDPOINTS["remove_field"] = ENDPOINTS["remote_field"]
_E = ENDPOINTS


class MetadataAPI(APIModule):
    """Metadata models, fields and rows (the data objects of a user pool)."""

    __slots__ = ()

    async def capture(
        self,
        data: Any,
        model_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> Any:
        """Capture.

        ``POST /api/v3/metadata/ueba/capture``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateUEBA(
            data=data,
            model_id=check_str(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["capture"], body=_body, timeout=timeout, deadline=deadline
        )

    async def copy_operate(
        self,
        custom_config: Any,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Copy operate.

        ``POST /api/v3/metadata/copy-operate``; not retried once it may have reached GenAuth (a
        replay is not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``field_id``.
        """
        _body = models.FunctionModelOperateId(
            custom_config=custom_config,
            model_id=require_id(model_id, "model_id"),
            id=require_id(id, "id"),
            field_id=check_str(field_id, "field_id"),
        )
        return await self._transport.request(
            _E["copy_operate"], body=_body, timeout=timeout, deadline=deadline
        )

    async def copy_row_relation(
        self,
        *,
        relation_row_id: str,
        row_id: str,
        model_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RelationValueList:
        """Copy row relation.

        ``POST /api/v3/metadata/copy-row-relation``; not retried once it may have reached
        GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``copyRowRelation``).
        """
        _body = models.CopyRowRelation(
            relation_row_id=require_id(relation_row_id, "relation_row_id"),
            row_id=require_id(row_id, "row_id"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["copy_row_relation"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_field(
        self,
        user_visible: bool,
        relation_optional_range: models.Condition | Mapping[str, Any],
        relation_show_key: str,
        relation_multiple: bool,
        relation_type: str,
        for_login: bool,
        fuzzy_search: bool,
        drop_down: models.DropDownItem | Mapping[str, Any],
        format: int,
        regexp: str,
        min: int,
        max: int,
        max_length: int,
        unique: bool,
        require: bool,
        default: Any,
        help: str,
        editable: bool,
        show: bool,
        type: models.CreateFunctionModelFieldType | str,
        key: str,
        name: str,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModelField:
        """Create field.

        ``POST /api/v3/metadata/create-field``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateFunctionModelField(
            user_visible=require_flag(user_visible, "user_visible"),
            relation_optional_range=as_model(
                relation_optional_range, models.Condition, "relation_optional_range"
            ),
            relation_show_key=require_id(relation_show_key, "relation_show_key"),
            relation_multiple=require_flag(relation_multiple, "relation_multiple"),
            relation_type=require_id(relation_type, "relation_type"),
            for_login=require_flag(for_login, "for_login"),
            fuzzy_search=require_flag(fuzzy_search, "fuzzy_search"),
            drop_down=as_model(drop_down, models.DropDownItem, "drop_down"),
            format=require_int(format, "format"),
            regexp=require_id(regexp, "regexp"),
            min=require_int(min, "min"),
            max=require_int(max, "max"),
            max_length=require_int(max_length, "max_length"),
            unique=require_flag(unique, "unique"),
            require=require_flag(require, "require"),
            default=default,
            help=require_id(help, "help"),
            editable=require_flag(editable, "editable"),
            show=require_flag(show, "show"),
            type=require_enum(models.CreateFunctionModelFieldType, type, "type"),
            key=require_id(key, "key"),
            name=require_id(name, "name"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["create_field"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_model(
        self,
        parent_key: str,
        enable: Any,
        type: models.CreateFunctionModelType | str,
        description: Any,
        name: str,
        data_type: models.DataType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModel:
        """Create model.

        ``POST /api/v3/metadata/create-model``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateFunctionModel(
            parent_key=require_id(parent_key, "parent_key"),
            enable=enable,
            type=require_enum(models.CreateFunctionModelType, type, "type"),
            description=description,
            name=require_id(name, "name"),
            data_type=check_enum(models.DataType, data_type, "data_type"),
        )
        return await self._transport.request(
            _E["create_model"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_operate(
        self,
        show: bool,
        icon: str,
        config: Any,
        operate_name: str,
        operate_key: str,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Create operate.

        ``POST /api/v3/metadata/create-operate``; not retried once it may have reached GenAuth
        (a replay is not safe).
        """
        _body = models.CreateOperateModel(
            show=require_flag(show, "show"),
            icon=require_id(icon, "icon"),
            config=config,
            operate_name=require_id(operate_name, "operate_name"),
            operate_key=require_id(operate_key, "operate_key"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["create_operate"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_row(
        self,
        data: Any,
        model_id: str,
        row_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Row:
        """Create row.

        ``POST /api/v3/metadata/create-row``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateRow(
            data=data,
            model_id=require_id(model_id, "model_id"),
            row_id=check_str(row_id, "row_id"),
        )
        return await self._transport.request(
            _E["create_row"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_row_relation(
        self,
        value_list: Sequence[str],
        row_id: str,
        field_id: str,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Create row relation.

        ``POST /api/v3/metadata/create-row-relation``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.CreateRelationValue(
            value_list=require_str_list(value_list, "value_list"),
            row_id=require_id(row_id, "row_id"),
            field_id=require_id(field_id, "field_id"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["create_row_relation"], body=_body, timeout=timeout, deadline=deadline
        )

    async def execute_operate(
        self,
        custom_config: Any,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Execute operate.

        ``POST /api/v3/metadata/execute-operate``; not retried once it may have reached GenAuth
        (a replay is not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``field_id``.
        """
        _body = models.FunctionModelOperateId(
            custom_config=custom_config,
            model_id=require_id(model_id, "model_id"),
            id=require_id(id, "id"),
            field_id=check_str(field_id, "field_id"),
        )
        return await self._transport.request(
            _E["execute_operate"], body=_body, timeout=timeout, deadline=deadline
        )

    async def export_meatdata(
        self,
        id_list: Sequence[str],
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Export meatdata.

        ``POST /api/v3/metadata/export``; retried on failure (a replay is safe).
        """
        _body = models.ExportModel(
            id_list=require_str_list(id_list, "id_list"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["export_meatdata"], body=_body, timeout=timeout, deadline=deadline
        )

    export_metadata = export_meatdata

    async def export_model(
        self,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Export model.

        ``POST /api/v3/metadata/export/model``; retried on failure (a replay is safe).
        """
        _body = models.ExportMetadata(
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["export_model"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_all_metadata(
        self,
        *,
        model_id: str,
        conjunction: str | None = None,
        conditions: Sequence[models.Condition | Mapping[str, Any]] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModelValueList:
        """Get all metadata.

        ``POST /api/v3/metadata/get-all-metadata``; retried on failure (a replay is safe). Not
        in the official Python SDK (node SDK: ``getAllMetadata``).
        """
        _body = models.GetAllRow(
            model_id=require_id(model_id, "model_id"),
            conjunction=check_str(conjunction, "conjunction"),
            conditions=as_models(conditions, models.Condition, "conditions", optional=True),
        )
        return await self._transport.request(
            _E["get_all_metadata"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_all_rows_by_scroll_id(
        self,
        *,
        size: int,
        model_id: str,
        scroll_id: str | None = None,
        id: str | None = None,
        query: Any = None,
        get_relation_details: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetAllRowByScrollid:
        """Get all rows by scroll id.

        ``POST /api/v3/metadata/get-all-row-by-scrollid``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``getAllMetadataRow``).
        """
        _body = models.GetAllRowVyScrollid(
            size=require_int(size, "size"),
            model_id=require_id(model_id, "model_id"),
            scroll_id=check_str(scroll_id, "scroll_id"),
            id=check_str(id, "id"),
            query=query,
            get_relation_details=check_flag(get_relation_details, "get_relation_details"),
        )
        return await self._transport.request(
            _E["get_all_rows_by_scroll_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_import_template(
        self,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Row:
        """Get import template.

        ``GET /api/v3/metadata/get-import-template``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
        }
        return await self._transport.request(
            _E["get_import_template"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_model(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModel:
        """Get model.

        ``GET /api/v3/metadata/get-model``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "id": require_id(id, "id"),
        }
        return await self._transport.request(
            _E["get_model"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_relation_info(
        self,
        id_list: Sequence[str],
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Get relation info.

        ``POST /api/v3/metadata/get-relation-info``; retried on failure (a replay is safe).
        """
        _body = models.GetRelationInfo(
            id_list=require_str_list(id_list, "id_list"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["get_relation_info"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_relation_value(
        self,
        model_id: str,
        field_id: str,
        row_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RelationValueList:
        """Get relation value.

        ``GET /api/v3/metadata/get-row-relation``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "fieldId": require_id(field_id, "field_id"),
            "rowId": require_id(row_id, "row_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["get_relation_value"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_relation_value(
        self,
        model_id: str,
        field_id: str,
        row_id: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[str]:
        """Every item of :meth:`get_relation_value`, page after page.

        ``GET /api/v3/metadata/get-row-relation``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "fieldId": require_id(field_id, "field_id"),
            "rowId": require_id(row_id, "row_id"),
        }
        return self._iter_query(
            _E["get_relation_value"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def get_row(
        self,
        model_id: str,
        row_id: str,
        show_field_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Row:
        """Get row.

        ``GET /api/v3/metadata/get-row``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "rowId": require_id(row_id, "row_id"),
            "showFieldId": check_str(show_field_id, "show_field_id"),
        }
        return await self._transport.request(
            _E["get_row"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_row_batch(
        self,
        row_ids: Sequence[str],
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Row]:
        """Get row batch.

        ``POST /get-row-batch``; retried on failure (a replay is safe). Unverified: the SDKs
        send this without the /api/v3 prefix every other metadata call has; kept as they send
        it.
        """
        _body = models.GetRowBatch(
            row_ids=require_ids(row_ids, "row_ids"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["get_row_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_row_by_value(
        self,
        model_id: str,
        key: str,
        value: str,
        show_field_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Row:
        """Get row by value.

        ``GET /api/v3/metadata/get-row-by-value``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "key": require_id(key, "key"),
            "value": require_id(value, "value"),
            "showFieldId": check_str(show_field_id, "show_field_id"),
        }
        return await self._transport.request(
            _E["get_row_by_value"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_row_relation_details(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RelationValueList:
        """Get row relation details.

        ``GET /api/v3/metadata/get-row-relation-details``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``getRelationDetails``).
        """
        return await self._transport.request(
            _E["get_row_relation_details"], timeout=timeout, deadline=deadline
        )

    async def group_rows(
        self,
        *,
        group_id: str,
        keyword: str | None = None,
        sort: Sequence[Any] | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        get_nest_data: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModelValueList:
        """Group rows.

        ``POST /api/v3/metadata/group``; not retried once it may have reached GenAuth (a replay
        is not safe). Not in the official Python SDK (node SDK: ``getMetadataGroupList``).
        """
        _body = models.MetadataGroup(
            group_id=require_id(group_id, "group_id"),
            keyword=check_str(keyword, "keyword"),
            sort=check_list(sort, "sort", optional=True),
            page=check_page(page),
            limit=check_page_size(limit),
            get_nest_data=check_flag(get_nest_data, "get_nest_data"),
        )
        return await self._transport.request(
            _E["group_rows"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_group_rows(
        self,
        *,
        group_id: str,
        keyword: str | None = None,
        sort: Sequence[Any] | None = None,
        get_nest_data: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`group_rows`, page after page.

        ``POST /api/v3/metadata/group``; not retried once it may have reached GenAuth (a replay
        is not safe). Not in the official Python SDK (node SDK: ``getMetadataGroupList``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.MetadataGroup(
            group_id=require_id(group_id, "group_id"),
            keyword=check_str(keyword, "keyword"),
            sort=check_list(sort, "sort", optional=True),
            get_nest_data=check_flag(get_nest_data, "get_nest_data"),
        )
        return self._iter_body(
            _E["group_rows"], _body, (), start_page, limit, page_retries, timeout, deadline
        )

    async def import_metadata(
        self,
        file: str,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Import metadata.

        ``POST /api/v3/metadata/import``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.ImportModel(
            file=require_id(file, "file"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["import_metadata"], body=_body, timeout=timeout, deadline=deadline
        )

    async def import_model(
        self,
        file: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Import model.

        ``POST /api/v3/metadata/import/model``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.ImportMetadata(
            file=require_id(file, "file"),
        )
        return await self._transport.request(
            _E["import_model"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_field(
        self,
        model_id: str,
        *,
        from_: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.FunctionModelField]:
        """List field.

        ``GET /api/v3/metadata/list-field``; retried on failure (a replay is safe). Keyword-only
        (sent by the node SDK, not by the Python one): ``from_``.
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "from": require_id(from_, "from_"),
        }
        return await self._transport.request(
            _E["list_field"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_model(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.FunctionModel]:
        """List model.

        ``GET /api/v3/metadata/list-model``; retried on failure (a replay is safe).
        """
        return await self._transport.request(_E["list_model"], timeout=timeout, deadline=deadline)

    async def list_operate(
        self,
        model_id: str,
        keywords: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        field_id: str | None = None,
        show_created: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OperateModelPaging:
        """List operate.

        ``GET /api/v3/metadata/list-operate``; retried on failure (a replay is safe).
        Keyword-only (sent by the node SDK, not by the Python one): ``field_id``,
        ``show_created``.
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "keywords": check_str(keywords, "keywords"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "fieldId": check_str(field_id, "field_id"),
            "showCreated": check_str(show_created, "show_created"),
        }
        return await self._transport.request(
            _E["list_operate"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_operate(
        self,
        model_id: str,
        keywords: str | None = None,
        *,
        field_id: str | None = None,
        show_created: str | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.OperateModel]:
        """Every item of :meth:`list_operate`, page after page.

        ``GET /api/v3/metadata/list-operate``; retried on failure (a replay is safe).
        Keyword-only (sent by the node SDK, not by the Python one): ``field_id``,
        ``show_created``.

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
            "keywords": check_str(keywords, "keywords"),
            "fieldId": check_str(field_id, "field_id"),
            "showCreated": check_str(show_created, "show_created"),
        }
        return self._iter_query(
            _E["list_operate"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_operate_all(
        self,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OperateModel:
        """List operate all.

        ``GET /api/v3/metadata/all-operate``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "modelId": require_id(model_id, "model_id"),
        }
        return await self._transport.request(
            _E["list_operate_all"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_row(
        self,
        model_id: str,
        keywords: str | None = None,
        conjunction: str | None = None,
        conditions: Sequence[models.Condition | Mapping[str, Any]] | None = None,
        sort: Sequence[Any] | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        fetch_all: bool | None = None,
        with_path: bool | None = None,
        show_field_id: bool | None = None,
        preview_relation: bool | None = None,
        get_relation_field_detail: bool | None = None,
        scope: models.Scope | Mapping[str, Any] | None = None,
        filter_relation: models.Scope | Mapping[str, Any] | None = None,
        expand: Sequence[models.Expand | Mapping[str, Any]] | None = None,
        *,
        get_nest_data: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModelValueList:
        """List row.

        ``POST /api/v3/metadata/filter``; retried on failure (a replay is safe). Keyword-only
        (sent by the node SDK, not by the Python one): ``get_nest_data``.
        """
        _body = models.Filter(
            model_id=require_id(model_id, "model_id"),
            keywords=check_str(keywords, "keywords"),
            conjunction=check_str(conjunction, "conjunction"),
            conditions=as_models(conditions, models.Condition, "conditions", optional=True),
            sort=check_list(sort, "sort", optional=True),
            page=check_page(page),
            limit=check_page_size(limit),
            fetch_all=check_flag(fetch_all, "fetch_all"),
            with_path=check_flag(with_path, "with_path"),
            show_field_id=check_flag(show_field_id, "show_field_id"),
            preview_relation=check_flag(preview_relation, "preview_relation"),
            get_relation_field_detail=check_flag(
                get_relation_field_detail, "get_relation_field_detail"
            ),
            scope=as_model(scope, models.Scope, "scope", optional=True),
            filter_relation=as_model(
                filter_relation, models.Scope, "filter_relation", optional=True
            ),
            expand=as_models(expand, models.Expand, "expand", optional=True),
            get_nest_data=check_flag(get_nest_data, "get_nest_data"),
        )
        return await self._transport.request(
            _E["list_row"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_list_row(
        self,
        model_id: str,
        keywords: str | None = None,
        conjunction: str | None = None,
        conditions: Sequence[models.Condition | Mapping[str, Any]] | None = None,
        sort: Sequence[Any] | None = None,
        fetch_all: bool | None = None,
        with_path: bool | None = None,
        show_field_id: bool | None = None,
        preview_relation: bool | None = None,
        get_relation_field_detail: bool | None = None,
        scope: models.Scope | Mapping[str, Any] | None = None,
        filter_relation: models.Scope | Mapping[str, Any] | None = None,
        expand: Sequence[models.Expand | Mapping[str, Any]] | None = None,
        *,
        get_nest_data: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`list_row`, page after page.

        ``POST /api/v3/metadata/filter``; retried on failure (a replay is safe). Keyword-only
        (sent by the node SDK, not by the Python one): ``get_nest_data``.

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.Filter(
            model_id=require_id(model_id, "model_id"),
            keywords=check_str(keywords, "keywords"),
            conjunction=check_str(conjunction, "conjunction"),
            conditions=as_models(conditions, models.Condition, "conditions", optional=True),
            sort=check_list(sort, "sort", optional=True),
            fetch_all=check_flag(fetch_all, "fetch_all"),
            with_path=check_flag(with_path, "with_path"),
            show_field_id=check_flag(show_field_id, "show_field_id"),
            preview_relation=check_flag(preview_relation, "preview_relation"),
            get_relation_field_detail=check_flag(
                get_relation_field_detail, "get_relation_field_detail"
            ),
            scope=as_model(scope, models.Scope, "scope", optional=True),
            filter_relation=as_model(
                filter_relation, models.Scope, "filter_relation", optional=True
            ),
            expand=as_models(expand, models.Expand, "expand", optional=True),
            get_nest_data=check_flag(get_nest_data, "get_nest_data"),
        )
        return self._iter_body(
            _E["list_row"], _body, (), start_page, limit, page_retries, timeout, deadline
        )

    async def relation_search(
        self,
        *,
        field_id: str,
        model_id: str,
        keywords: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        show_field_id: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RelationValueList:
        """Relation search.

        ``POST /api/v3/metadata/relation-search``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK: ``relationSearch``).
        """
        _body = models.RelationSearch(
            field_id=require_id(field_id, "field_id"),
            model_id=require_id(model_id, "model_id"),
            keywords=check_str(keywords, "keywords"),
            page=check_page(page),
            limit=check_page_size(limit),
            show_field_id=check_flag(show_field_id, "show_field_id"),
        )
        return await self._transport.request(
            _E["relation_search"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_relation_search(
        self,
        *,
        field_id: str,
        model_id: str,
        keywords: str | None = None,
        show_field_id: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[str]:
        """Every item of :meth:`relation_search`, page after page.

        ``POST /api/v3/metadata/relation-search``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK: ``relationSearch``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.RelationSearch(
            field_id=require_id(field_id, "field_id"),
            model_id=require_id(model_id, "model_id"),
            keywords=check_str(keywords, "keywords"),
            show_field_id=check_flag(show_field_id, "show_field_id"),
        )
        return self._iter_body(
            _E["relation_search"], _body, (), start_page, limit, page_retries, timeout, deadline
        )

    async def remote_field(
        self,
        model_id: str,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remote field.

        ``POST /api/v3/metadata/remove-field``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.FunctionModelFieldId(
            model_id=require_id(model_id, "model_id"),
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["remote_field"], body=_body, timeout=timeout, deadline=deadline
        )

    remove_field = remote_field

    async def remove_model(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove model.

        ``POST /api/v3/metadata/remove-model``; retried on failure (a replay is safe).
        """
        _body = models.FunctionModelId(
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["remove_model"], body=_body, timeout=timeout, deadline=deadline
        )

    async def remove_operate(
        self,
        custom_config: Any,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove operate.

        ``POST /api/v3/metadata/remove-operate``; retried on failure (a replay is safe).
        Keyword-only (sent by the node SDK, not by the Python one): ``field_id``.
        """
        _body = models.FunctionModelOperateId(
            custom_config=custom_config,
            model_id=require_id(model_id, "model_id"),
            id=require_id(id, "id"),
            field_id=check_str(field_id, "field_id"),
        )
        return await self._transport.request(
            _E["remove_operate"], body=_body, timeout=timeout, deadline=deadline
        )

    async def remove_relation_value(
        self,
        value: str,
        field_ids: Sequence[str],
        row_id: str,
        model_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove relation value.

        ``POST /api/v3/metadata/remove-row-relation``; retried on failure (a replay is safe).
        """
        _body = models.RemoveRelationValue(
            value=require_id(value, "value"),
            field_ids=require_ids(field_ids, "field_ids"),
            row_id=require_id(row_id, "row_id"),
            model_id=require_id(model_id, "model_id"),
        )
        return await self._transport.request(
            _E["remove_relation_value"], body=_body, timeout=timeout, deadline=deadline
        )

    async def remove_row(
        self,
        row_id_list: Sequence[str],
        model_id: str,
        recursive: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove row.

        ``POST /api/v3/metadata/remove-row``; retried on failure (a replay is safe).
        """
        _body = models.RemoveRow(
            row_id_list=require_str_list(row_id_list, "row_id_list"),
            model_id=require_id(model_id, "model_id"),
            recursive=check_flag(recursive, "recursive"),
        )
        return await self._transport.request(
            _E["remove_row"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_field(
        self,
        user_visible: bool,
        relation_optional_range: models.RelationOptionalRange | Mapping[str, Any],
        relation_show_key: str,
        for_login: bool,
        fuzzy_search: bool,
        drop_down: Sequence[str],
        format: int,
        regexp: str,
        min: int,
        max: int,
        max_length: int,
        unique: bool,
        require: bool,
        default: Any,
        help: str,
        editable: bool,
        show: bool,
        name: str,
        model_id: str,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModelField:
        """Update field.

        ``POST /api/v3/metadata/update-field``; retried on failure (a replay is safe).
        """
        _body = models.UpdateFunctionModelField(
            user_visible=require_flag(user_visible, "user_visible"),
            relation_optional_range=as_model(
                relation_optional_range, models.RelationOptionalRange, "relation_optional_range"
            ),
            relation_show_key=require_id(relation_show_key, "relation_show_key"),
            for_login=require_flag(for_login, "for_login"),
            fuzzy_search=require_flag(fuzzy_search, "fuzzy_search"),
            drop_down=require_str_list(drop_down, "drop_down"),
            format=require_int(format, "format"),
            regexp=require_id(regexp, "regexp"),
            min=require_int(min, "min"),
            max=require_int(max, "max"),
            max_length=require_int(max_length, "max_length"),
            unique=require_flag(unique, "unique"),
            require=require_flag(require, "require"),
            default=default,
            help=require_id(help, "help"),
            editable=require_flag(editable, "editable"),
            show=require_flag(show, "show"),
            name=require_id(name, "name"),
            model_id=require_id(model_id, "model_id"),
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["update_field"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_model(
        self,
        config: Any,
        field_order: str,
        type: models.CreateFunctionModelType | str,
        parent_key: str,
        enable: bool,
        description: Any,
        name: str,
        id: str,
        *,
        show_field_key: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.FunctionModel:
        """Update model.

        ``POST /api/v3/metadata/update-model``; retried on failure (a replay is safe).
        Keyword-only (sent by the node SDK, not by the Python one): ``show_field_key``.
        """
        _body = models.UpdateFunctionModel(
            config=config,
            field_order=require_id(field_order, "field_order"),
            type=require_enum(models.CreateFunctionModelType, type, "type"),
            parent_key=require_id(parent_key, "parent_key"),
            enable=require_flag(enable, "enable"),
            description=description,
            name=require_id(name, "name"),
            id=require_id(id, "id"),
            show_field_key=require_id(show_field_key, "show_field_key"),
        )
        return await self._transport.request(
            _E["update_model"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_operate(
        self,
        icon: str,
        config: Any,
        operate_name: str,
        operate_key: str,
        show: bool,
        model_id: str,
        id: str,
        *,
        field_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Update operate.

        ``POST /api/v3/metadata/update-operate``; retried on failure (a replay is safe).
        Keyword-only (sent by the node SDK, not by the Python one): ``field_id``.
        """
        _body = models.UpdateOperateModel(
            icon=require_id(icon, "icon"),
            config=config,
            operate_name=require_id(operate_name, "operate_name"),
            operate_key=require_id(operate_key, "operate_key"),
            show=require_flag(show, "show"),
            model_id=require_id(model_id, "model_id"),
            id=require_id(id, "id"),
            field_id=check_str(field_id, "field_id"),
        )
        return await self._transport.request(
            _E["update_operate"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_row(
        self,
        data: Any,
        row_id: str,
        model_id: str,
        show_field_id: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Row:
        """Update row.

        ``POST /api/v3/metadata/update-row``; retried on failure (a replay is safe).
        """
        _body = models.UpdateRow(
            data=data,
            row_id=require_id(row_id, "row_id"),
            model_id=require_id(model_id, "model_id"),
            show_field_id=check_flag(show_field_id, "show_field_id"),
        )
        return await self._transport.request(
            _E["update_row"], body=_body, timeout=timeout, deadline=deadline
        )
