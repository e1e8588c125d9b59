"""Models of the GenAuth *organizations* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page
from .common import LangObject, LangUnit

__all__ = ["LangObject", "LangUnit", "Organization", "OrganizationNameI18n", "OrganizationPaging"]


@attrs.define(kw_only=True, slots=False)
class Organization(Model):
    """GenAuth ``OrganizationDto``."""

    organization_code: str
    organization_name: str
    department_id: str
    has_children: bool
    members_count: int
    is_virtual_node: bool
    description: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    open_department_id: str | None = None
    leader_user_ids: list[str] | None = None
    i18n: OrganizationNameI18n | None = None
    custom_data: Any = None
    tenant_id: str | None = None
    post_id_list: list[str] | None = None
    status: str | None = None
    allow: str | None = None


@attrs.define(kw_only=True, slots=False)
class OrganizationNameI18n(Model):
    """GenAuth ``OrganizationNameI18nDto``."""

    organization_name: LangObject


OrganizationPaging = Page[Organization]
