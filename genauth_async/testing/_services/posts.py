"""Posts (positions): create, change, delete, list; the departments a post is under; the
posts a user holds.

A post is known by its code: no answer of GenAuth's carries another id, so the post ids the
requests take (`postIds`, `postId`, `idList`, `postIdList`) are post codes here. A post holds
the ids of its departments (a department's `postIdList` is read from the posts); a user holds
the codes of its posts (`EmulatorUser.posts`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service, bad_request
from .._state import EmulatorState, EmulatorUser, iso
from ._shared import exists, not_found, page

__all__ = ["SERVICE", "PostsBackend"]


class PostsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("posts",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.posts: dict[str, dict[str, Any]] = {}
        """`{code, name, description?, departmentIdList, createdAt}` by code."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"posts": [{**p, "departmentIdList": list(p["departmentIdList"])} for p in self]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        now = iso(self.state.clock())
        for item in doc["posts"]:
            code = item.get("code")
            if not isinstance(code, str) or not code:
                raise ValueError("a post needs a code")
            departments = item.get("departmentIdList") or []
            if not isinstance(departments, list) or not all(
                isinstance(d, str) for d in departments
            ):
                raise ValueError(f"post {code!r}: departmentIdList must be an array of ids")
            self.posts[code] = {
                "name": code,
                "createdAt": now,
                **item,
                "departmentIdList": departments,
            }

    def __iter__(self) -> Any:
        return iter(list(self.posts.values()))

    def get(self, code: str) -> dict[str, Any]:
        found = self.posts.get(code)
        if found is None:
            raise not_found("post", code)
        return found

    def create(self, code: str, name: str, now: str, **fields: Any) -> dict[str, Any]:
        if code in self.posts:
            raise exists("post", code)
        self.posts[code] = {"code": code, "name": name, "createdAt": now, "departmentIdList": []}
        return self.update(code, **fields)

    def update(
        self,
        code: str,
        name: str | None = None,
        description: str | None = None,
        department_ids: list[str] | None = None,
    ) -> dict[str, Any]:
        post = self.get(code)
        changes = {"name": name, "description": description, "departmentIdList": department_ids}
        post.update((k, v) for k, v in changes.items() if v is not None)
        return post

    def remove(self, code: str) -> None:
        """Delete a post; the users holding it no longer do."""
        self.get(code)
        del self.posts[code]
        for user in self.state.pool:
            if code in (user.posts or ()):
                user.posts = [p for p in user.posts or () if p != code] or None

    def of_department(self, department_id: str) -> list[str]:
        return [p["code"] for p in self if department_id in p["departmentIdList"]]

    def set_department_posts(self, department_id: str, codes: list[str]) -> None:
        """Make `codes` the posts under the department (404 if one is no post)."""
        for code in codes:
            self.get(code)
        for post in self:
            held = department_id in post["departmentIdList"]
            if held != (post["code"] in codes):
                post["departmentIdList"] = (
                    [d for d in post["departmentIdList"] if d != department_id]
                    if held
                    else [*post["departmentIdList"], department_id]
                )

    def of_user(self, user: EmulatorUser) -> list[dict[str, Any]]:
        return [self.posts[c] for c in user.posts or () if c in self.posts]

    def set_user_posts(self, user: EmulatorUser, codes: list[str]) -> None:
        """Make `codes` the posts the user holds (404 if one is no post)."""
        for code in codes:
            self.get(code)
        user.posts = list(dict.fromkeys(codes)) or None

    def holders(self, code: str) -> int:
        return sum(1 for u in self.state.pool if code in (u.posts or ()))


def _posts(call: Call) -> PostsBackend:
    return call.state.backend(PostsBackend)


def _ids(call: Call, name: str) -> list[str] | None:
    """Ids given as an array, or as the spec types them: one string, comma-separated."""
    value = call.arg(name)
    if value is None:
        return None
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise bad_request(f"{name} must be ids: an array, or a comma-separated string")
    return value


def _post_dto(post: dict[str, Any]) -> dict[str, Any]:
    return {k: post[k] for k in ("code", "name", "description") if k in post}


def _post_info(post: dict[str, Any]) -> dict[str, Any]:
    return {**_post_dto(post), "departmentIdList": list(post["departmentIdList"])}


routes = RouteTable()


@routes.post("/api/v3/create-post")
def create_post(call: Call) -> Any:
    post = _posts(call).create(
        call.require("code"),
        call.require("name"),
        iso(call.state.clock()),
        description=call.arg("description"),
        department_ids=_ids(call, "departmentIdList"),
    )
    return _post_info(post)


@routes.post("/api/v3/update-post")
def update_post(call: Call) -> Any:
    post = _posts(call).update(
        call.require("code"),
        call.require("name"),
        call.arg("description"),
        _ids(call, "departmentIdList"),
    )
    return _post_info(post)


@routes.post("/api/v3/remove-post")
def remove_post(call: Call) -> Any:
    _posts(call).remove(call.require("code"))
    return None


@routes.get("/api/v3/get-post")
def get_post(call: Call) -> Any:
    # CreatePostDto types departmentIdList as one string: left out rather than invented
    return _post_dto(_posts(call).get(call.require("code")))


@routes.post("/api/v3/get-post-by-id")
def get_post_by_id(call: Call) -> Any:
    posts = _posts(call)
    found = [posts.posts[c] for c in _ids(call, "idList") or () if c in posts.posts]
    if not found:
        raise not_found("post", call.arg("idList"))
    return _post_dto(found[0])  # PostRespDto holds one post


@routes.get("/api/v3/list-post")
def post_list(call: Call) -> Any:
    posts = _posts(call)
    needle = (call.arg("keywords") or "").lower()
    items = [
        {
            **_post_dto(p),
            "userCount": posts.holders(p["code"]),
            "departmentCount": len(p["departmentIdList"]),
            "metadataSource": [],
        }
        for p in posts
        if needle in p["code"].lower() or needle in p["name"].lower()
    ]
    return page(call, items)


@routes.get("/api/v3/get-user-posts")
def get_user_posts(call: Call) -> Any:
    return [_post_dto(p) for p in _posts(call).of_user(call.user())]


@routes.get("/api/v3/get-user-post")
def get_user_post(call: Call) -> Any:
    user = call.user()
    held = _posts(call).of_user(user)
    if not held:
        raise not_found("post of user", user.user_id)
    return _post_dto(held[0])


@routes.post("/api/v3/set-user-posts")
def set_user_posts(call: Call) -> Any:
    user, codes = call.user(), call.arg_list("postIds")
    if not all(isinstance(c, str) and c for c in codes):
        raise bad_request("postIds must hold non-empty strings")
    _posts(call).set_user_posts(user, codes)
    call.count_write(user)
    return None


@routes.post("/api/v3/user-connection-post")
def user_connection_post(call: Call) -> Any:
    user, posts = call.user(), _posts(call)
    posts.set_user_posts(user, [*(user.posts or ()), call.require("postId")])
    call.count_write(user)
    return None


SERVICE = Service("posts", routes, backends=(PostsBackend,))
