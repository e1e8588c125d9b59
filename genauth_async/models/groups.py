"""Models of the GenAuth *groups* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from typing import Any

import attrs

from ._base import Model
from .common import (
    AuthorizedResource,
    Gender,
    Group,
    GroupPaging,
    Identity,
    IdentityProvider,
    IsSuccess,
    PolicyCondition,
    PolicyConditionOperator,
    PolicyConditionParam,
    PolicyEffect,
    ResGroup,
    ResourceType,
    User,
    UserPaging,
    UserSourceType,
    UserStatus,
    WorkStatus,
)

__all__ = [
    "AddGroupMembersReq",
    "AuthorizedResource",
    "CreateGroupBatchReq",
    "CreateGroupReq",
    "CreateOrUpdateGroupData",
    "CreateOrUpdateGroupReq",
    "DeleteGroupsReq",
    "Gender",
    "Group",
    "GroupPaging",
    "Identity",
    "IdentityProvider",
    "IsSuccess",
    "PolicyCondition",
    "PolicyConditionOperator",
    "PolicyConditionParam",
    "PolicyEffect",
    "RemoveGroupMembersReq",
    "ResGroup",
    "ResourceType",
    "UpdateGroupReq",
    "User",
    "UserPaging",
    "UserSourceType",
    "UserStatus",
    "WorkStatus",
]


@attrs.define(kw_only=True, slots=False)
class AddGroupMembersReq(Model):
    """Request body of ``add_group_members``."""

    user_ids: list[str]
    code: str


@attrs.define(kw_only=True, slots=False)
class CreateGroupBatchReq(Model):
    """Request body of ``create_groups_batch``."""

    list: builtins.list[CreateGroupReq]


@attrs.define(kw_only=True, slots=False)
class CreateGroupReq(Model):
    """Request body of ``create_group``."""

    type: str
    description: str
    name: str
    code: str
    custom_data: Any = None


@attrs.define(kw_only=True, slots=False)
class CreateOrUpdateGroupData(Model):
    """GenAuth ``CreateOrUpdateGroupDataDto``."""

    created: bool
    data: Group


@attrs.define(kw_only=True, slots=False)
class CreateOrUpdateGroupReq(Model):
    """Request body of ``create_or_update_group``."""

    type: str
    description: str
    name: str
    code: str


@attrs.define(kw_only=True, slots=False)
class DeleteGroupsReq(Model):
    """Request body of ``delete_groups_batch``."""

    code_list: list[str]


@attrs.define(kw_only=True, slots=False)
class RemoveGroupMembersReq(Model):
    """Request body of ``remove_group_members``."""

    user_ids: list[str]
    code: str


@attrs.define(kw_only=True, slots=False)
class UpdateGroupReq(Model):
    """Request body of ``update_group``."""

    description: str
    code: str
    name: str | None = None
    new_code: str | None = None
    custom_data: Any = None
