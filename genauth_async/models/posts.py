"""Models of the GenAuth *posts* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Model, Page
from .common import CreatePost, UserConnectionPost

__all__ = [
    "CreatePost",
    "GetPostByIdList",
    "Post",
    "PostInfo",
    "PostItem",
    "PostPaging",
    "RemovePost",
    "SetUserPosts",
    "UserConnectionPost",
]


@attrs.define(kw_only=True, slots=False)
class GetPostByIdList(Model):
    """Request body of ``get_post_by_id``."""

    id_list: str | None = None
    with_custom_data: bool | None = None


@attrs.define(kw_only=True, slots=False)
class Post(Model):
    """GenAuth ``PostDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class PostInfo(Model):
    """GenAuth ``PostInfoDto``."""

    code: str
    name: str
    department_id_list: list[str]
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class PostItem(Model):
    """GenAuth ``PostItemDto``."""

    code: str
    name: str
    user_count: int
    department_count: int
    metadata_source: list[str]
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class RemovePost(Model):
    """Request body of ``remove_post``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class SetUserPosts(Model):
    """Request body of ``set_user_posts``."""

    user_id: str
    post_ids: list[str]


PostPaging = Page[PostItem]
