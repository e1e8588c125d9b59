"""Posts (positions): definitions, and the users holding them.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    check_flag,
    check_page,
    check_page_size,
    check_str,
    require_id,
    require_ids,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import posts as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.posts")

__all__ = ["ENDPOINTS", "PostsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "create_post": Endpoint(
        "POST", "api/v3/create-post", idempotent=False, load=lambda: models.PostInfo
    ),
    "get_post": Endpoint("GET", "api/v3/get-post", idempotent=True, load=lambda: models.CreatePost),
    "get_post_by_id": Endpoint(
        "POST", "api/v3/get-post-by-id", idempotent=True, load=lambda: models.Post
    ),
    "get_user_post": Endpoint(
        "GET", "api/v3/get-user-post", idempotent=True, load=lambda: models.CreatePost
    ),
    "get_user_posts": Endpoint(
        "GET", "api/v3/get-user-posts", idempotent=True, load=lambda: list[models.Post]
    ),
    "post_list": Endpoint(
        "GET", "api/v3/list-post", idempotent=True, load=lambda: models.PostPaging
    ),
    "remove_post": Endpoint("POST", "api/v3/remove-post", None, True),
    "set_user_posts": Endpoint("POST", "api/v3/set-user-posts", None, True),
    "update_post": Endpoint(
        "POST", "api/v3/update-post", idempotent=True, load=lambda: models.PostInfo
    ),
    "user_connection_post": Endpoint("POST", "api/v3/user-connection-post", None, False),
}
ENDPOINTS["list_posts"] = ENDPOINTS["post_list"]
_E = ENDPOINTS


class PostsAPI(APIModule):
    """Posts (positions): definitions, and the users holding them."""

    __slots__ = ()

    async def create_post(
        self,
        code: str,
        name: str,
        description: str | None = None,
        department_id_list: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PostInfo:
        """Create a post (position), optionally under departments.

        ``POST /api/v3/create-post``; not retried once it may have reached GenAuth (a replay is
        not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_createPost``).
        """
        _body = models.CreatePost(
            code=require_id(code, "code"),
            name=require_id(name, "name"),
            description=check_str(description, "description"),
            department_id_list=check_str(department_id_list, "department_id_list"),
        )
        return await self._transport.request(
            _E["create_post"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_post(
        self,
        code: str,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreatePost:
        """One post, by its code.

        ``GET /api/v3/get-post``; retried on failure (a replay is safe). In neither official
        SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_getPost``).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_post"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_post_by_id(
        self,
        id_list: str | None = None,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Post:
        """Posts by their ids.

        ``POST /api/v3/get-post-by-id``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_getPostById``).
        """
        _body = models.GetPostByIdList(
            id_list=check_str(id_list, "id_list"),
            with_custom_data=check_flag(with_custom_data, "with_custom_data"),
        )
        return await self._transport.request(
            _E["get_post_by_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_user_post(
        self,
        user_id: str,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreatePost:
        """One post a user holds (deprecated by GenAuth: use get_user_posts).

        ``GET /api/v3/get-user-post``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_getUserPost``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_user_post"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_posts(
        self,
        user_id: str,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Post]:
        """Every post a user holds.

        ``GET /api/v3/get-user-posts``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_getUserPosts``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_user_posts"], query=_query, timeout=timeout, deadline=deadline
        )

    async def post_list(
        self,
        keywords: str | None = None,
        skip_count: bool | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PostPaging:
        """List posts, optionally filtered by keyword, a page at a time.

        ``GET /api/v3/list-post``; retried on failure (a replay is safe). In neither official
        SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_postList``).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "skipCount": check_flag(skip_count, "skip_count"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withMetadata": check_flag(with_metadata, "with_metadata"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
        }
        return await self._transport.request(
            _E["post_list"], query=_query, timeout=timeout, deadline=deadline
        )

    list_posts = post_list

    def iter_post_list(
        self,
        keywords: str | None = None,
        skip_count: bool | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.PostItem]:
        """Every item of :meth:`post_list`, page after page.

        ``GET /api/v3/list-post``; retried on failure (a replay is safe). In neither official
        SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_postList``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "skipCount": check_flag(skip_count, "skip_count"),
            "withMetadata": check_flag(with_metadata, "with_metadata"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
        }
        return self._iter_query(
            _E["post_list"], _query, start_page, limit, page_retries, timeout, deadline
        )

    iter_posts = iter_post_list

    async def remove_post(
        self,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a post.

        ``POST /api/v3/remove-post``; retried on failure (a replay is safe). In neither official
        SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_removePost``).
        """
        _body = models.RemovePost(
            code=require_id(code, "code"),
        )
        return await self._transport.request(
            _E["remove_post"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_user_posts(
        self,
        user_id: str,
        post_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Replace the posts a user holds with the given ones.

        ``POST /api/v3/set-user-posts``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_setUserPosts``).
        """
        _body = models.SetUserPosts(
            user_id=require_id(user_id, "user_id"),
            post_ids=require_ids(post_ids, "post_ids"),
        )
        return await self._transport.request(
            _E["set_user_posts"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_post(
        self,
        code: str,
        name: str,
        description: str | None = None,
        department_id_list: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PostInfo:
        """Change a post's name, description or departments.

        ``POST /api/v3/update-post``; retried on failure (a replay is safe). In neither official
        SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_updatePost``).
        """
        _body = models.CreatePost(
            code=require_id(code, "code"),
            name=require_id(name, "name"),
            description=check_str(description, "description"),
            department_id_list=check_str(department_id_list, "department_id_list"),
        )
        return await self._transport.request(
            _E["update_post"], body=_body, timeout=timeout, deadline=deadline
        )

    async def user_connection_post(
        self,
        post_id: str,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Add a post to the posts a user holds.

        ``POST /api/v3/user-connection-post``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``PostManageManagementController_userConnectionPost``).
        """
        _body = models.UserConnectionPost(
            post_id=require_id(post_id, "post_id"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["user_connection_post"], body=_body, timeout=timeout, deadline=deadline
        )
