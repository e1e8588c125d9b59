"""Models of the GenAuth *identity-sources* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, redacted
from .common import ExtIdpConnType, IdentityProvider, IsSuccess

__all__ = [
    "AssociationMode",
    "ChangeExtIdpAssociationState",
    "ChangeExtIdpConnState",
    "CreateExtIdp",
    "CreateExtIdpConn",
    "DeleteExtIdp",
    "DeleteExtIdpConn",
    "ExtIdp",
    "ExtIdpConnDetail",
    "ExtIdpConnStateByAppsType",
    "ExtIdpConnType",
    "ExtIdpDetail",
    "ExtIdpListPaging",
    "GetWechatAccessToken",
    "GetWechatAccessTokenData",
    "IdentityProvider",
    "IsSuccess",
    "UpdateExtIdp",
    "UpdateExtIdpConn",
]


class AssociationMode(StrEnum):
    """Allowed values of association mode."""

    NONE = "none"
    FIELD = "field"
    CHALLENGE = "challenge"


class ExtIdpConnStateByAppsType(StrEnum):
    """Allowed values of ext idp conn state by apps type."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@attrs.define(kw_only=True, slots=False)
class ChangeExtIdpAssociationState(Model):
    """Request body of ``change_ext_idp_conn_association_state``."""

    id: str
    association: bool
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class ChangeExtIdpConnState(Model):
    """Request body of ``change_ext_idp_conn_state``."""

    id: str
    enabled: bool
    app_id: str
    tenant_id: str | None = None
    app_ids: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class CreateExtIdpConn(Model):
    """Request body of ``create_ext_idp_conn``."""

    ext_idp_id: str
    type: ExtIdpConnType | str = enum_field(ExtIdpConnType, "type", required=True)
    identifier: str
    display_name: str
    fields: Any
    login_only: bool | None = None
    logo: str | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateExtIdp(Model):
    """Request body of ``create_ext_idp``."""

    name: str
    type: IdentityProvider | str = enum_field(IdentityProvider, "type", required=True)
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteExtIdpConn(Model):
    """Request body of ``delete_ext_idp_conn``."""

    id: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteExtIdp(Model):
    """Request body of ``delete_ext_idp``."""

    id: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class ExtIdpConnDetail(Model):
    """GenAuth ``ExtIdpConnDetail``."""

    id: str
    type: ExtIdpConnType | str
    ext_idp_id: str
    logo: str
    login_only: bool
    association_mode: AssociationMode | str
    challenge_binding_methods: list[str]
    identifier: str | None = None
    display_name: str | None = None


@attrs.define(kw_only=True, slots=False)
class ExtIdpDetail(Model):
    """GenAuth ``ExtIdpDetail``."""

    id: str
    name: str
    logo: str
    type: str
    connections: Any
    auto_join: bool
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class ExtIdp(Model):
    """GenAuth ``ExtIdpDto``."""

    id: str
    name: str
    logo: str
    type: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class GetWechatAccessTokenData(Model):
    """GenAuth ``GetWechatAccessTokenDataDto``."""

    access_token: str = attrs.field(repr=redacted)
    expires_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class GetWechatAccessToken(Model):
    """Request body of ``get_wechat_mp_access_token_info``."""

    app_id: str
    app_secret: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class UpdateExtIdpConn(Model):
    """Request body of ``update_ext_idp_conn``."""

    id: str
    display_name: str
    fields: Any
    logo: str | None = None
    login_only: bool | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateExtIdp(Model):
    """Request body of ``update_ext_idp``."""

    name: str
    id: str
    tenant_id: str | None = None


ExtIdpListPaging = Page[ExtIdp]
