"""Models of the GenAuth *pipeline* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field

__all__ = [
    "CreatePipelineFunction",
    "DeletePipelineFunction",
    "PipelineFunction",
    "PipelineFunctionPaging",
    "PipelineFunctionStatus",
    "ReUploadPipelineFunction",
    "Scene",
    "UpdatePipelineFunction",
    "UpdatePipelineOrder",
]


class PipelineFunctionStatus(StrEnum):
    """Allowed values of pipeline function status."""

    UPLOADING = "uploading"
    SUCCESS = "success"
    FAILED = "failed"


class Scene(StrEnum):
    """Allowed values of scene."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


@attrs.define(kw_only=True, slots=False)
class CreatePipelineFunction(Model):
    """Request body of ``create_pipeline_function``."""

    source_code: str
    scene: Scene | str = enum_field(Scene, "scene", required=True)
    func_name: str
    func_description: str | None = None
    is_asynchronous: bool | None = None
    timeout: int | None = None
    terminate_on_timeout: bool | None = None
    enabled: bool | None = None


@attrs.define(kw_only=True, slots=False)
class DeletePipelineFunction(Model):
    """Request body of ``delete_pipeline_function``."""

    func_id: str


@attrs.define(kw_only=True, slots=False)
class PipelineFunction(Model):
    """GenAuth ``PipelineFunctionDto``."""

    func_id: str
    func_name: str
    scene: Scene | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_asynchronous: bool
    timeout: int
    terminate_on_timeout: bool
    source_code: str
    status: PipelineFunctionStatus | str
    enabled: bool
    is_cloud: bool
    last_execute_status: dict[str, Any]
    func_description: str | None = None
    upload_err_msg: str | None = None


@attrs.define(kw_only=True, slots=False)
class ReUploadPipelineFunction(Model):
    """Request body of ``reupload_pipeline_function``."""

    func_id: str


@attrs.define(kw_only=True, slots=False)
class UpdatePipelineFunction(Model):
    """Request body of ``update_pipeline_function``."""

    func_id: str
    func_name: str | None = None
    func_description: str | None = None
    source_code: str | None = None
    is_asynchronous: bool | None = None
    timeout: int | None = None
    terminate_on_timeout: bool | None = None
    enabled: bool | None = None


@attrs.define(kw_only=True, slots=False)
class UpdatePipelineOrder(Model):
    """Request body of ``update_pipeline_order``."""

    order: list[str]
    scene: Scene | str = enum_field(Scene, "scene", required=True)


PipelineFunctionPaging = Page[PipelineFunction]
