"""Every model against the spec (``spec/genauth-management.openapi.json``), one schema at a time.

The generator turns each component schema into an attrs class (or a ``Page[...]`` alias, or
nothing for envelopes); these tables check the result from the outside: wire names, required
fields, enums with exactly the spec's values, request enums validated, response enums lenient,
secrets kept out of ``repr``.
"""

from __future__ import annotations

import enum
import json
import re
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import genauth_async.models as models
from genauth_async._convert import converter, strict_converter, to_camel
from genauth_async.models._base import Page, StrEnum

SPEC = json.loads(
    (Path(__file__).resolve().parents[2] / "spec" / "genauth-management.openapi.json").read_text()
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
ENVELOPES = sorted(d for d, s in SCHEMAS.items() if s.get("x-envelope"))
PAGES = sorted(d for d, s in SCHEMAS.items() if s.get("x-page"))
CLASSES = sorted(d for d in SCHEMAS if d not in ENVELOPES and d not in PAGES)


def model(dto: str) -> Any:
    return getattr(models, SCHEMAS[dto]["x-python-name"])


def wire_names(cls: type) -> dict[str, attrs.Attribute[Any]]:
    return {a.metadata.get("wire") or to_camel(a.name): a for a in attrs.fields(cls)}


def enum_sites() -> list[tuple[str, str, str, list[str]]]:
    out = []
    for dto in CLASSES:
        for wire, prop in SCHEMAS[dto]["properties"].items():
            inner = prop.get("items", prop)
            if "x-enum-name" in inner:
                out.append((dto, wire, inner["x-enum-name"], inner["enum"]))
    return out


def test_the_spec_has_every_kind_of_schema() -> None:
    assert len(CLASSES) > 500 and len(PAGES) > 40 and len(ENVELOPES) > 150


@pytest.mark.parametrize("dto", CLASSES)
def test_model_fields_match_the_schema(dto: str) -> None:
    schema = SCHEMAS[dto]
    cls = model(dto)
    assert attrs.has(cls), dto
    fields = wire_names(cls)
    assert set(fields) == set(schema["properties"]), dto
    required = set(schema.get("required", []))
    for wire, a in fields.items():
        assert (a.default is attrs.NOTHING) == (wire in required), (dto, wire)
    typing.get_type_hints(cls)  # every annotation resolves


@pytest.mark.parametrize("dto", PAGES)
def test_page_schemas_are_page_aliases(dto: str) -> None:
    alias = model(dto)
    assert typing.get_origin(alias) is Page, dto


@pytest.mark.parametrize("dto", ENVELOPES)
def test_envelopes_are_not_models(dto: str) -> None:
    assert SCHEMAS[dto]["x-python-name"] not in models.__all__


@pytest.mark.parametrize(("dto", "wire", "name", "values"), enum_sites())
def test_enum_fields_have_exactly_the_spec_values(
    dto: str, wire: str, name: str, values: list[str]
) -> None:
    enum_cls = getattr(models, name)
    assert issubclass(enum_cls, StrEnum)
    assert [m.value for m in enum_cls] == values  # byte-exact, typos and spaces included


def _minimal(dto: str) -> dict[str, Any]:
    """A wire dict with every required field of ``dto`` filled with a valid value."""
    out: dict[str, Any] = {}
    for wire in SCHEMAS[dto].get("required", []):
        out[wire] = _value(SCHEMAS[dto]["properties"][wire])
    return out


def _value(schema: dict[str, Any]) -> Any:
    if "$ref" in schema:
        ref = schema["$ref"].rsplit("/", 1)[1]
        target = SCHEMAS[ref]
        if target.get("x-page"):
            return {"totalCount": 0, "list": []}
        return _minimal(ref)
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return None if {"type": "null"} in schema["anyOf"] else _value(schema["anyOf"][0])
    t = schema.get("type")
    if t == "string":
        return "2024-01-02T03:04:05.000Z" if schema.get("format") == "date-time" else "x"
    return {"number": 1, "boolean": True, "array": [], "object": {}}.get(t, "any")


@pytest.mark.parametrize("dto", CLASSES)
def test_every_model_round_trips_with_the_strict_converter(dto: str) -> None:
    cls = model(dto)
    wire = _minimal(dto)
    obj = strict_converter.structure(wire, cls)
    again = strict_converter.structure(converter.unstructure(obj), cls)
    assert again == obj


def test_request_enums_validate_at_construction() -> None:
    with pytest.raises(ValueError, match="user_id_type must be one of"):
        models.GetUserPasswordCiphertext(user_id="u", user_id_type="x")
    made = models.GetUserPasswordCiphertext(user_id="u", user_id_type="email")
    assert made.user_id_type is models.UserIdType.EMAIL


def test_response_enums_keep_unknown_values() -> None:
    base = _minimal("UserDto")
    user = converter.structure({**base, "status": "Hibernating"}, models.User)
    assert user.status == "Hibernating"
    user = converter.structure({**base, "status": "Activated"}, models.User)
    assert user.status is models.UserStatus.ACTIVATED


def test_enum_names_are_distinct_value_sets() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for name in models.__all__:
        obj = getattr(models, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj is not StrEnum:
            values = tuple(m.value for m in obj)
            assert values not in seen, (name, seen.get(values))
            seen[values] = name


SECRET_FIELDS = [
    ("MfaTriggerData", "mfa_token"),
    ("OtpSecretResp", "secret"),
    ("UpdateUserReq", "password"),
    ("CreateUserReq", "password"),
    ("CreateUserReq", "salt"),
]


@pytest.mark.parametrize(("cls_name", "field"), SECRET_FIELDS)
def test_secrets_never_show_in_repr(cls_name: str, field: str) -> None:
    cls = getattr(models, cls_name)
    required = {
        a.name: "x" for a in attrs.fields(cls) if a.default is attrs.NOTHING and a.name != field
    }
    obj = cls(**{**required, field: "TOP-SECRET-VALUE"})
    text = repr(obj)
    assert "TOP-SECRET-VALUE" not in text
    assert f"{field}='***'" in text


def test_every_field_named_like_a_secret_is_redacted() -> None:
    secretish = ("password", "secret", "token", "private_key", "salt", "captcha")
    checked = 0
    for dto in CLASSES:
        cls = model(dto)
        for a in attrs.fields(cls):
            words = a.name.split("_")
            if any(w in words or a.name.endswith(w) for w in secretish) and not a.name.endswith(
                (
                    *("_type", "_types", "_enabled", "_at", "_time", "_length", "_count"),
                    *("_strategy", "_config", "_policy", "_mode", "_lifetime", "_expire"),
                    *("_expires_in", "_rule", "_rules", "_method", "_methods", "_format"),
                    "_level",
                )
            ):
                assert a.repr is not True, (dto, a.name)
                checked += 1
    assert checked > 20


def test_irregular_wire_names_carry_metadata() -> None:
    odd = [
        (dto, wire)
        for dto in CLASSES
        for wire in SCHEMAS[dto]["properties"]
        if to_camel(wire.lower()) != wire and not wire.isidentifier()
    ]
    for dto, wire in odd:
        assert wire in wire_names(model(dto)), (dto, wire)


def test_models_package_loads_modules_lazily() -> None:
    # a model's module is imported when the model is first used, not with the package
    import subprocess
    import sys

    code = (
        "import sys, genauth_async, genauth_async.models as m\n"
        "loaded = lambda: [k for k, v in sys.modules.items() if k.startswith("
        "'genauth_async.models.') and type(v).__name__ == 'module' and hasattr(v, '__all__')]\n"
        "before = loaded()\n"
        "m.AssignRole\n"
        "print(before, sorted(set(loaded()) - set(before)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out.startswith("['genauth_async.models._base'] "), out
    assert "genauth_async.models.roles" in out, out


def _signature(cls: type) -> list[tuple[str, str, str, Any]]:
    return [
        (a.name, str(a.type), repr(a.default), a.metadata.get("wire")) for a in attrs.fields(cls)
    ]


def test_the_end_users_models_that_are_the_management_apis_are_one_class_each() -> None:
    import genauth_async.models as management
    from genauth_async.models import authentication

    defined_here = {
        name: cls
        for name, cls in vars(authentication).items()
        if isinstance(cls, type) and cls.__module__ == authentication.__name__
    }
    shared = [  # classes only: a page alias (Page[X]) is written on each side
        name
        for name in authentication.__all__
        if name not in defined_here and isinstance(getattr(authentication, name), type)
    ]
    assert {"IsSuccess", "GeoIp", "UserStatus"} <= set(shared)
    for name in shared:
        assert getattr(authentication, name) is getattr(management, name)
    # a class still written on both sides differs in its fields, or names a class that does
    for name, cls in defined_here.items():
        other = getattr(management, name, None)
        if attrs.has(cls) and other is not None and _signature(cls) == _signature(other):
            named = set(re.findall(r"\w+", " ".join(str(a.type) for a in attrs.fields(cls))))
            assert named & defined_here.keys(), name
