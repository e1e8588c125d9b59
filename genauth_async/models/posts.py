"""Models of the GenAuth *posts* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Page
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


@attrs.define(kw_only=True)
class GetPostByIdList:
    """Request body of ``get_post_by_id``."""

    id_list: str | None = None
    with_custom_data: bool | None = None


@attrs.define(kw_only=True)
class Post:
    """GenAuth ``PostDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True)
class PostInfo:
    """GenAuth ``PostInfoDto``."""

    code: str
    name: str
    department_id_list: list[str]
    description: str | None = None


@attrs.define(kw_only=True)
class PostItem:
    """GenAuth ``PostItemDto``."""

    code: str
    name: str
    user_count: int
    department_count: int
    metadata_source: list[str]
    description: str | None = None


@attrs.define(kw_only=True)
class RemovePost:
    """Request body of ``remove_post``."""

    code: str


@attrs.define(kw_only=True)
class SetUserPosts:
    """Request body of ``set_user_posts``."""

    user_id: str
    post_ids: list[str]


PostPaging = Page[PostItem]
