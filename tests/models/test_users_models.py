"""The users models against the GenAuth contract in ``dtos.json``, one DTO at a time."""

from __future__ import annotations

import datetime
import enum
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import genauth_async.models as models
from genauth_async.models import users
from genauth_async.models._base import Page, StrEnum

API_DIR = Path("/work/shared/genauth-api")
if not (API_DIR / "dtos.json").exists():
    pytest.skip("GenAuth contract files not available", allow_module_level=True)

DTOS: dict[str, Any] = json.loads((API_DIR / "dtos.json").read_text())
ENDPOINTS = [
    e
    for name in ("endpoints.json", "endpoints-user-departments.json")
    for e in json.loads((API_DIR / name).read_text())
    if e["module"] == "users"
]

ENVELOPE_KEYS = {"statusCode", "message", "apiCode", "requestId", "data"}
NOT_MODELLED = {"User", "AccessTokenResDto", "GetManagementAccessTokenDto"}
CLASS_NAMES = {"GetMfaInfoDataDto": "MfaTriggerData", "UserDto": "User"}
# DTO fields typed as plain strings whose values the docs enumerate
EXTRA_ENUMS = {("PrincipalAuthenticationInfoDto", "principalType"): ["P", "E"]}


def is_envelope(dto: str) -> bool:
    names = {f["name"] for f in DTOS[dto]["fields"]}
    return {"statusCode", "message"} <= names <= ENVELOPE_KEYS


def page_item(dto: str) -> str | None:
    fields = {f["name"]: f for f in DTOS[dto]["fields"]}
    if set(fields) != {"totalCount", "list"}:
        return None
    m = re.fullmatch(r"array<(\w+)>", fields["list"]["type"])
    return m.group(1) if m else None


def class_name(dto: str) -> str:
    return CLASS_NAMES.get(dto, dto.removesuffix("Dto"))


def refs(type_: str) -> list[str]:
    return [w for w in re.findall(r"\w+", type_) if w in DTOS]


def closure(roots: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        dto = todo.pop()
        if dto not in seen:
            seen.add(dto)
            todo += [r for f in DTOS[dto]["fields"] for r in refs(f["type"])]
    return seen


RESPONSE_SIDE = closure([e["response_dto"] for e in ENDPOINTS])
REQUEST_SIDE = closure([e["request_dto"] for e in ENDPOINTS if e["request_dto"]]) - RESPONSE_SIDE

MODELLED = sorted(
    d for d in DTOS if d not in NOT_MODELLED and not is_envelope(d) and not page_item(d)
)
PAGES = sorted(d for d in DTOS if page_item(d))


def to_camel(name: str) -> str:
    """The converter's rule: split on ``_``, first part as is, the others capitalized."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def wire_name(a: attrs.Attribute[Any]) -> str:
    return str(a.metadata.get("wire") or to_camel(a.name))


def model(dto: str) -> type:
    cls = getattr(users, class_name(dto))
    assert attrs.has(cls), dto
    return cls


def enum_of(tp: Any) -> type[StrEnum] | None:
    """The StrEnum inside ``E | str``, ``list[E | str]``, optionally ``| None``."""
    for arg in typing.get_args(tp):
        if isinstance(arg, type) and issubclass(arg, StrEnum):
            return arg
        if found := enum_of(arg):
            return found
    return None


def union(*tps: Any) -> Any:
    out = tps[0]
    for tp in tps[1:]:
        out = out | tp
    return out


def expected_type(dto: str, field: dict[str, Any], type_: str | None = None) -> Any:
    if field.get("enum") or (dto, field["name"]) in EXTRA_ENUMS:
        return ...  # checked by the enum tests
    type_ = field["type"] if type_ is None else type_
    if "|" in type_ and not type_.startswith("array<"):
        return union(*(expected_type(dto, field, t) for t in type_.split("|")))
    if m := re.fullmatch(r"array<(.+)>", type_):
        return list[expected_type(dto, field, m.group(1))]  # type: ignore[misc]
    if type_ == "string":
        return datetime.datetime if re.search(r"[a-z]At$", field["name"]) else str
    simple = {"number": int, "boolean": bool, "any": Any, "object": dict[str, Any]}
    if type_ in simple:
        return simple[type_]
    if type_ == "User":  # the empty DTO: untyped IdP profile
        return dict[str, Any]
    if item := page_item(type_):
        return typing.cast(Any, Page)[model(item)]
    return model(type_)


def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def test_contract_covers_the_expected_dtos() -> None:
    assert len(DTOS) == 114
    assert "PrincipalAuthenticationInfoDto" in MODELLED
    assert "UserPagingDto" in PAGES
    assert not [d for d in MODELLED if d.endswith("RespDto") and is_envelope(d)]
    # reachable from a request body and from a response: modelled leniently, as responses
    both = closure([e["request_dto"] for e in ENDPOINTS if e["request_dto"]]) & RESPONSE_SIDE
    assert both == {"ApplicationMfaDto", "GetMfaInfoDataDto"}


@pytest.mark.parametrize("dto", MODELLED)
def test_model_fields_match_the_dto(dto: str) -> None:
    cls = model(dto)
    fields = {f["name"]: f for f in DTOS[dto]["fields"]}
    by_wire = {wire_name(a): a for a in attrs.fields(cls)}
    assert set(by_wire) == set(fields)
    assert len(by_wire) == len(attrs.fields(cls))
    tps = hints(cls)
    for wire, f in fields.items():
        a = by_wire[wire]
        assert a.name.isidentifier() and a.name == a.name.lower(), a.name
        if "wire" in a.metadata:  # only where the camelCase rule cannot produce the name
            assert to_camel(a.name) != wire
        if f["required"]:
            assert a.default is attrs.NOTHING, f"{dto}.{wire} should be required"
        else:
            assert a.default is None, f"{dto}.{wire} should default to None"
        expected = expected_type(dto, f)
        if expected is ...:
            continue
        if not f["required"]:
            expected = expected | None
        assert tps[a.name] == expected, f"{dto}.{wire}: {tps[a.name]} != {expected}"


def enum_fields() -> list[tuple[str, str, list[str]]]:
    out = [
        (dto, f["name"], f["enum"]) for dto in MODELLED for f in DTOS[dto]["fields"] if "enum" in f
    ]
    return out + [(dto, wire, values) for (dto, wire), values in EXTRA_ENUMS.items()]


def attribute(dto: str, wire: str) -> attrs.Attribute[Any]:
    return next(a for a in attrs.fields(model(dto)) if wire_name(a) == wire)


@pytest.mark.parametrize(("dto", "wire", "values"), enum_fields())
def test_enum_fields_have_exactly_the_dto_values(dto: str, wire: str, values: list[str]) -> None:
    a = attribute(dto, wire)
    tp = hints(model(dto))[a.name]
    enum_cls = enum_of(tp)
    assert enum_cls is not None, f"{dto}.{wire} is not typed with an enum"
    assert [m.value for m in enum_cls] == values
    # members are UPPER_SNAKE identifiers
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", m.name) for m in enum_cls)
    # ``E | str`` (or ``list[E | str]``) on both sides, so plain strings type-check
    field = next((f for f in DTOS[dto]["fields"] if f["name"] == wire), None)
    assert field is not None
    open_enum: Any = enum_cls | str
    expected: Any = list[open_enum] if field["type"].startswith("array<") else open_enum
    required = field["required"]
    assert tp == (expected if required else expected | None)
    if dto in REQUEST_SIDE:
        assert a.converter is not None, f"request field {dto}.{wire} is not validated"
    else:
        assert a.converter is None, f"response field {dto}.{wire} must stay lenient"


def required_kwargs(cls: type) -> dict[str, Any]:
    """Placeholder values for the required fields (attrs only converts enums)."""
    kwargs: dict[str, Any] = {}
    tps = hints(cls)
    for a in attrs.fields(cls):
        if a.default is attrs.NOTHING:
            enum_cls = enum_of(tps[a.name])
            kwargs[a.name] = next(iter(enum_cls)).value if enum_cls else None
    return kwargs


REQUEST_ENUM_FIELDS = [p for p in enum_fields() if p[0] in REQUEST_SIDE]


def test_there_are_request_enum_fields() -> None:
    dtos = {dto for dto, _, _ in REQUEST_ENUM_FIELDS}
    assert {"ResetUserPrincipalAuthenticationInfoOptionsDto", "SortingDto"} <= dtos
    assert "ListUsersOptionsDto" in dtos  # the array<enum> case


@pytest.mark.parametrize(("dto", "wire", "values"), REQUEST_ENUM_FIELDS)
def test_request_enum_fields_validate_at_construction(
    dto: str, wire: str, values: list[str]
) -> None:
    cls = model(dto)
    a = attribute(dto, wire)
    enum_cls = enum_of(hints(cls)[a.name])
    assert enum_cls is not None
    is_list = typing.get_origin(typing.get_args(hints(cls)[a.name])[0]) is list
    base = required_kwargs(cls)

    def build(value: Any) -> Any:
        return cls(**{**base, a.name: [value] if is_list else value})

    def read(obj: Any) -> Any:
        got = getattr(obj, a.name)
        return got[0] if is_list else got

    with pytest.raises(ValueError) as excinfo:
        build("definitely-not-a-value")
    message = str(excinfo.value)
    assert a.name in message
    assert all(repr(v) in message for v in values)
    for value in values:
        member = enum_cls(value)
        assert read(build(value)) is member  # the exact wire string
        assert read(build(member)) is member  # the member itself
    # values are byte-exact: a near miss is rejected
    with pytest.raises(ValueError):
        build(values[0] + " ")


def test_request_enum_list_rejects_a_bare_string() -> None:
    with pytest.raises(ValueError, match="fuzzy_search_on"):
        users.ListUsersOptions(fuzzy_search_on="email")  # type: ignore[arg-type]
    opts = users.ListUsersOptions(fuzzy_search_on=["email", " profile"])
    assert opts.fuzzy_search_on == [users.FuzzySearchField.EMAIL, users.FuzzySearchField.PROFILE]


def test_optional_request_enum_accepts_none() -> None:
    opts = users.ResetUserPrincipalAuthenticationInfoOptions()
    assert opts.user_id_type is None
    opts = users.ResetUserPrincipalAuthenticationInfoOptions(user_id_type="email")
    assert opts.user_id_type is users.UserIdType.EMAIL


def test_response_enum_fields_keep_unknown_values() -> None:
    info = users.PrincipalAuthenticationInfo(
        authenticated=True,
        principal_type="X",  # a value GenAuth might add later
        principal_code="c",
        principal_name="n",
        authenticated_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    )
    assert info.principal_type == "X"


@pytest.mark.parametrize("dto", PAGES)
def test_paging_dtos_are_page_aliases(dto: str) -> None:
    alias = getattr(users, dto.removesuffix("Dto"))
    item = page_item(dto)
    assert item is not None
    assert typing.get_origin(alias) is Page
    assert typing.get_args(alias) == (model(item),)
    assert not attrs.has(type(alias))


@pytest.mark.parametrize("dto", sorted(d for d in DTOS if is_envelope(d) or d in NOT_MODELLED))
def test_envelopes_and_token_dtos_are_not_modelled(dto: str) -> None:
    if dto == "User":  # its name is taken by UserDto
        assert users.User is model("UserDto")
        return
    assert not hasattr(users, dto) and not hasattr(users, dto.removesuffix("Dto"))


def public_classes() -> list[type]:
    return [
        obj
        for name in users.__all__
        if isinstance(obj := getattr(users, name), type) and attrs.has(obj)
    ]


@pytest.mark.parametrize("cls", [*public_classes(), Page], ids=lambda c: c.__name__)
def test_resolve_types(cls: type) -> None:
    attrs.resolve_types(cls)
    assert all(a.type is not None and not isinstance(a.type, str) for a in attrs.fields(cls))


def test_page_type_hints() -> None:
    tps = typing.get_type_hints(Page)
    assert tps["total_count"] is int
    assert typing.get_origin(tps["list"]) is list


def test_every_modelled_dto_has_a_class_and_nothing_else() -> None:
    expected = {class_name(d) for d in MODELLED}
    assert {c.__name__ for c in public_classes()} == expected


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name
        for name, obj in vars(users).items()
        if not name.startswith("_")
        and getattr(obj, "__module__", None) == users.__name__
        and isinstance(obj, type)
    }
    aliases = {name for name, obj in vars(users).items() if typing.get_origin(obj) is Page}
    assert set(users.__all__) == public | aliases
    assert len(users.__all__) == len(set(users.__all__))


def test_models_package_reexports_everything() -> None:
    from genauth_async.models import _base

    assert set(models.__all__) == set(_base.__all__) | set(users.__all__)
    for name in models.__all__:
        assert getattr(models, name) is (
            getattr(users, name) if name in users.__all__ else getattr(_base, name)
        )


def test_enums_are_distinct_value_sets() -> None:
    enums = [
        obj
        for name in users.__all__
        if isinstance(obj := getattr(users, name), type) and issubclass(obj, enum.Enum)
    ]
    value_sets = [frozenset(m.value for m in e) for e in enums]
    assert len(value_sets) == len(set(value_sets))
    assert all(issubclass(e, StrEnum) for e in enums)
    assert str(users.UserIdType.EMAIL) == "email"


def test_odd_wire_values_are_kept_byte_exact() -> None:
    assert users.FuzzySearchField.PROFILE.value == " profile"
    assert users.DepartmentSortField.DEPARTMENT_CODE.value == "DepartmemtCode"
    assert {m.value for m in users.PrincipalType} == {"P", "E"}
    assert {m.value for m in users.UserIdType} == {
        "user_id",
        "external_id",
        "phone",
        "email",
        "username",
        "identity",
        "sync_relation",
        "custom_field",
    }


def test_query_param_enums_of_the_users_endpoints_exist() -> None:
    enums = {
        frozenset(m.value for m in obj)
        for name in users.__all__
        if isinstance(obj := getattr(users, name), type) and issubclass(obj, enum.Enum)
    }
    for endpoint in ENDPOINTS:
        for param in endpoint["params"]:
            if param.get("enum"):
                assert frozenset(param["enum"]) in enums, (endpoint["python_name"], param["name"])


def test_irregular_wire_names_carry_metadata() -> None:
    fields = {a.name: a for a in attrs.fields(users.LangObject)}
    assert fields["zh_cn"].metadata == {"wire": "zh-CN"}
    assert isinstance(users.LangObject.__init__, types.FunctionType)
