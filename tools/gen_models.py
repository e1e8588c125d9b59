"""Generate a ``genauth_async/models/<module>.py`` file from the GenAuth DTO contract.

Input is a set of DTOs plus the roots that tell request bodies from response data:

* ``--dtos``: ``dtos.json`` (string type vocabulary) or ``models-all.json`` (type AST), both
  under ``/work/shared/genauth-api``; the format is detected.
* the roots, either from endpoint files (``--endpoints endpoints.json ... --module users``: every
  ``request_dto`` is a request root, every ``response_dto`` a response root) or given
  explicitly (``--request-root X --response-root Y``, repeatable).
* ``--config``: a JSON file with the hand-chosen parts (class and enum names, docstrings, skipped
  DTOs, type overrides); ``--preset users`` uses the built-in config of the users module.

The closure of the roots is generated: envelope DTOs (``statusCode``/``message``/``data``) are
unwrapped to their ``data`` type, ``{totalCount, list}`` DTOs become ``Page[Item]`` aliases, and
every other DTO becomes an ``@attrs.define(kw_only=True)`` class. Enum fields are ``Enum | str``
in response models and validated with ``enum_field`` in request models; a DTO reachable from
both sides is treated as a response model. The output is run through ``ruff format``.

    python tools/gen_models.py --preset users --out genauth_async/models/users.py --write-init
"""

from __future__ import annotations

import argparse
import ast
import json
import keyword
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

API_DIR = Path("/work/shared/genauth-api")
ENVELOPE_FIELDS = {"statusCode", "message", "apiCode", "requestId"}
PAGE_FIELDS = {"totalCount", "list"}
BUILTIN_TYPES = {"list", "dict", "str", "int", "float", "bool", "type"}

# ---------------------------------------------------------------------------------------------
# The users module: names and docstrings chosen by hand.

_USER_ID_TYPE = [
    "user_id",
    "external_id",
    "phone",
    "email",
    "username",
    "identity",
    "sync_relation",
    "custom_field",
]

USERS_CONFIG: dict[str, Any] = {
    "module_doc": (
        "Models of the GenAuth *users* API module (User Management).\n\n"
        "Request models validate their enum fields when built; response models keep an enum value\n"
        "GenAuth adds later as a plain string. Paginated payloads are ``Page[...]`` aliases."
    ),
    "skip": ["User", "AccessTokenResDto", "GetManagementAccessTokenDto"],
    "class_names": {"GetMfaInfoDataDto": "MfaTriggerData", "UserDto": "User"},
    # a reference to a skipped DTO is typed with the vocabulary type given here
    "ref_types": {"User": "object"},
    "float_fields": [],
    "field_enums": {"PrincipalAuthenticationInfoDto.principalType": "PrincipalType"},
    "enums": [
        {
            "name": "UserIdType",
            "values": _USER_ID_TYPE,
            "doc": "How ``user_id`` identifies a user.",
        },
        {
            "name": "UserStatus",
            "values": ["Suspended", "Resigned", "Activated", "Archived", "Deactivated"],
            "doc": "Account status of a user.",
        },
        {"name": "WorkStatus", "values": ["Closed", "Active"], "doc": "Employment status."},
        {
            "name": "Gender",
            "values": ["M", "F", "U"],
            "doc": "Gender of a user.",
            "comments": {"M": "male", "F": "female", "U": "unknown"},
        },
        {
            "name": "UserSourceType",
            "values": ["excel", "register", "adminCreated", "sync"],
            "doc": "How a user account came to exist.",
        },
        {
            "name": "PrincipalType",
            "values": ["P", "E"],
            "doc": "Kind of real-name authentication principal.",
            "comments": {"P": "individual", "E": "enterprise"},
        },
        {
            "name": "ResourceType",
            "values": ["DATA", "API", "MENU", "BUTTON", "UI"],
            "doc": "Kind of an authorized resource.",
        },
        {"name": "PolicyEffect", "values": ["ALLOW", "DENY"], "doc": "Effect of a permission."},
        {
            "name": "AppDefaultLoginStrategy",
            "values": ["ALLOW_ALL", "DENY_ALL"],
            "doc": "Default login access policy of an application.",
        },
        {
            "name": "IdentityProvider",
            "doc": "External identity provider of an identity.",
            "dto_field": "IdentityDto.provider",
        },
        {
            "name": "DepartmentIdType",
            "values": [
                "department_id",
                "open_department_id",
                "sync_relation",
                "custom_field",
                "code",
            ],
            "doc": "How department ids are given.",
        },
        {
            "name": "PasswordEncryptType",
            "values": ["sm2", "rsa", "none"],
            "doc": "How the given password is encrypted.",
        },
        {
            "name": "FilterOperator",
            "dto_field": "ListUsersAdvancedFilterItemDto.operator",
            "doc": "Operator of an advanced user-list filter.",
        },
        {
            "name": "FuzzySearchField",
            "dto_field": "ListUsersOptionsDto.fuzzySearchOn",
            "doc": "User field a ``list_users`` keyword search may match.",
            "comments": {" profile": "sic: the wire value has a leading space"},
        },
        {
            "name": "SortField",
            "dto_field": "SortingDto.field",
            "doc": "User field ``list_users`` can sort on.",
        },
        {
            "name": "SortOrder",
            "values": ["desc", "asc"],
            "doc": "Sort direction of ``list_users``.",
        },
        {
            "name": "PolicyConditionParam",
            "dto_field": "PolicyCondition.param",
            "doc": "Request attribute tested by a permission condition.",
        },
        {
            "name": "PolicyConditionOperator",
            "dto_field": "PolicyCondition.operator",
            "doc": "Comparison of a permission condition.",
        },
        {
            "name": "DepartmentSortField",
            "values": [
                "DepartmentCreatedAt",
                "JoinDepartmentAt",
                "DepartmentName",
                "DepartmemtCode",
            ],
            "doc": "Sort key of ``get_user_departments``.",
            "members": {"DepartmemtCode": "DEPARTMENT_CODE"},
            "comments": {"DepartmemtCode": "sic: GenAuth misspells this value"},
        },
        {
            "name": "DepartmentSortOrder",
            "values": ["Asc", "Desc"],
            "doc": "Sort direction of ``get_user_departments``.",
        },
    ],
    "docs": {
        "AppDto": "An application a user can access or is authorized for.",
        "ApplicationMfaDto": "MFA policy of one application.",
        "AuthorizedResourceDto": "A resource a user is authorized for, with its actions.",
        "CheckSessionStatusDataDto": "Whether the user has an active session in the app.",
        "CheckSessionStatusDto": "Request body of ``check_session_status``.",
        "CreateIdentityDto": "An external identity attached to a user being created.",
        "CreateUserBatchReqDto": "Request body of ``create_users_batch``.",
        "CreateUserInfoDto": "One user of ``create_users_batch``.",
        "CreateUserOptionsDto": "Options of ``create_user`` and ``create_users_batch``.",
        "CreateUserOtpDto": "OTP secret to bind to a new user.",
        "CreateUserReqDto": "Request body of ``create_user``.",
        "DeleteUserSyncRelationReqDto": "Request body of ``delete_user_sync_relations``.",
        "DeleteUsersBatchDto": "Request body of ``delete_users_batch``.",
        "DeleteUsersBatchOptionsDto": "Options of ``delete_users_batch``.",
        "DepartmentI18nDto": "Translations of a department's name.",
        "GetMfaInfoDataDto": "A user's MFA trigger data: MFA token, contacts and per-app policies.",
        "GetUserPasswordCiphertextDataDto": "A user's password ciphertext.",
        "GetUserPasswordCiphertextDto": "Request body of ``get_user_password_ciphertext``.",
        "HasAnyRoleDto": "Whether the user has any of the given roles.",
        "HasAnyRoleOptionsDto": "Options of ``has_any_role``.",
        "HasAnyRoleReqDto": "Request body of ``has_any_role``.",
        "HasRoleRolesDto": "A role to check, by code and optional namespace.",
        "IdentityDto": "An external identity of a user.",
        "ImportOtpItemDataDto": "OTP secret and recovery code to import.",
        "ImportOtpItemDto": "One user's OTP to import.",
        "ImportOtpReqDto": "Request body of ``import_otp``.",
        "IsSuccessDto": "Outcome of an operation.",
        "IsUserExistsDto": "Whether a matching user exists.",
        "IsUserExistsReqDto": "Request body of ``is_user_exists``.",
        "KickUsersDto": "Request body of ``kick_users``.",
        "KickUsersOptionsDto": "Options of ``kick_users``.",
        "LangObject": "One text in each supported language.",
        "LangUnit": "A text in one language, and whether it is used.",
        "LinkIdentityDataDto": "Outcome of ``link_identity``.",
        "LinkIdentityDto": "Request body of ``link_identity``.",
        "ListArchivedUsersRespDto": "An archived user.",
        "ListUsersAdvancedFilterItemDto": "One advanced filter of ``list_users``.",
        "ListUsersOptionsDto": "Options of ``list_users``.",
        "ListUsersRequestDto": "Request body of ``list_users``.",
        "OtpSecretRespDto": "A user's OTP secret.",
        "PaginationDto": "Page number and size.",
        "PolicyCondition": "A condition of a permission.",
        "PrincipalAuthenticationInfoDto": "A user's real-name authentication record.",
        "ResGroupDto": "A group a user belongs to.",
        "ResetUserPrincipalAuthenticationInfoDto": "Request body of "
        "``reset_user_principal_authentication_info``.",
        "ResetUserPrincipalAuthenticationInfoOptionsDto": "Options of "
        "``reset_user_principal_authentication_info``.",
        "ResignUserBatchReqDto": "Request body of ``resign_user_batch``.",
        "ResignUserDataDto": "Outcome of ``resign_user`` and ``resign_user_batch``.",
        "ResignUserReqDto": "Request body of ``resign_user``.",
        "RoleDto": "A role of a user.",
        "SendCreateAccountNotificationDto": "Notifications to send for a new account.",
        "SendResetPasswordNotificationDto": "Notifications to send for a password reset.",
        "SetMfaStatusDto": "Request body of ``set_users_mfa_status``.",
        "SetUserDepartmentDto": "One department of ``set_user_departments``.",
        "SetUserDepartmentsDto": "Request body of ``set_user_departments``.",
        "SetUserDepartmentsOptionsDto": "Options of ``set_user_departments``.",
        "SortingDto": "One sort key of ``list_users``.",
        "UnlinkIdentity": "Request body of ``unlink_identity``.",
        "UnlinkIdentityDataDto": "Outcome of ``unlink_identity``.",
        "UpdateUserBatchOptionsDto": "Options of ``update_user_batch``.",
        "UpdateUserBatchReqDto": "Request body of ``update_user_batch``.",
        "UpdateUserInfoDto": "One user of ``update_user_batch``.",
        "UpdateUserOptionsDto": "Options of ``update_user``.",
        "UpdateUserReqDto": "Request body of ``update_user``.",
        "UserDepartmentRespDto": "A department of a user.",
        "UserDto": "A user.",
        "UserFieldDecryptReqDto": "Request body of ``user_field_decrypt``.",
        "UserFieldDecryptReqItemDto": "One encrypted field value to decrypt.",
        "UserFieldDecryptRespItemDto": "One decrypted field value.",
        "UserLoggedInAppsDto": "An application a user has logged in to.",
        "UserLoggedInIdentitiesDto": "An identity source a user has logged in with.",
        "UserLoginHistoryDto": "One login of a user.",
        "UserMfaRespDto": "A user's MFA binding status per factor.",
        "UserSyncRelationDto": "A user's link to an account in a synchronized directory.",
    },
}

PRESETS: dict[str, dict[str, Any]] = {"users": USERS_CONFIG}


# ---------------------------------------------------------------------------------------------
# Loading: both input formats become {dto: [Field]} with the dtos.json string vocabulary.


@dataclass
class Field:
    wire: str
    type: str
    required: bool
    enum: list[str] | None = None


def _ast_to_vocab(t: dict[str, Any], enums: dict[str, list[str]]) -> tuple[str, list[str] | None]:
    k = t["k"]
    if k == "prim":
        return t["t"], None
    if k == "any":
        return "any", None
    if k == "ref":
        return t["name"], None
    if k == "enumref":
        return "enum", list(enums[t["e"]])
    if k == "array":
        inner, values = _ast_to_vocab(t["of"], enums)
        return f"array<{inner}>", values
    if k == "union":
        members = [m for m in t["of"] if m["k"] != "null"]
        if members and all(m["k"] == "lit" and isinstance(m["v"], str) for m in members):
            return "enum", [m["v"] for m in members]
        parts = [_ast_to_vocab(m, enums)[0] for m in members]
        return "|".join(parts), None
    if k == "lit":
        return ("enum", [t["v"]]) if isinstance(t["v"], str) else ("any", None)
    return "any", None


def load_dtos(path: Path) -> dict[str, list[Field]]:
    raw = json.loads(path.read_text())
    out: dict[str, list[Field]] = {}
    for name, dto in raw.items():
        fields = []
        for f in dto["fields"]:
            if "optional" in f:  # models-all.json
                type_, values = _ast_to_vocab(f["type"], dto.get("enums", {}))
                fields.append(Field(f["name"], type_, not f["optional"], values))
            else:
                fields.append(Field(f["name"], f["type"], f["required"], f.get("enum")))
        out[name] = fields
    return out


def refs_of(type_: str, dtos: dict[str, list[Field]]) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z_]\w*", type_) if w in dtos]


def is_envelope(fields: list[Field]) -> bool:
    names = {f.wire for f in fields}
    return {"statusCode", "message"} <= names and names <= ENVELOPE_FIELDS | {"data"}


def page_item(fields: list[Field]) -> str | None:
    """The item type of a ``{totalCount, list}`` DTO, else None."""
    by_name = {f.wire: f for f in fields}
    if set(by_name) != PAGE_FIELDS or by_name["totalCount"].type != "number":
        return None
    m = re.fullmatch(r"array<(\w+)>", by_name["list"].type)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------------------------
# Names


def camel_to_snake(wire: str) -> str:
    s = re.sub(r"[^0-9A-Za-z]+", "_", wire.strip())
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", s)
    s = s.strip("_").lower()
    if not s.isidentifier() or keyword.iskeyword(s):
        s += "_"
    return s


def to_camel(name: str) -> str:
    """The converter's rule: ``user_id_type`` -> ``userIdType``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def member_name(value: str) -> str:
    name = camel_to_snake(value).upper().rstrip("_")
    return name if name.isidentifier() and not name[0].isdigit() else f"V_{name}"


def default_class_name(dto: str) -> str:
    return dto.removesuffix("Dto") if dto.endswith("Dto") and dto != "Dto" else dto


# ---------------------------------------------------------------------------------------------
# Generation


@dataclass
class EnumSpec:
    name: str
    values: list[str]
    doc: str = ""
    members: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)


class Generator:
    def __init__(
        self,
        dtos: dict[str, list[Field]],
        request_roots: Iterable[str],
        response_roots: Iterable[str],
        config: dict[str, Any],
        query_enums: Iterable[list[str]] = (),
    ) -> None:
        self.dtos = dtos
        self.config = config
        self.skip = set(config.get("skip", []))
        self.ref_types: dict[str, str] = config.get("ref_types", {})
        self.float_fields = set(config.get("float_fields", []))
        self.field_enums: dict[str, str] = config.get("field_enums", {})
        self.order: list[str] = []  # DTOs to emit, dependencies first
        self.request = self._closure(request_roots)
        self.response = self._closure(response_roots)
        self.pages = {d: item for d in self.order if (item := page_item(dtos[d])) in dtos}
        self.names = self._class_names()
        self.enums = self._enums(query_enums)

    def _closure(self, roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()

        def visit(dto: str) -> None:
            if dto in seen or dto in self.skip:
                return
            if dto not in self.dtos:
                sys.stderr.write(f"warning: {dto} is not among the DTOs; skipped\n")
                return
            seen.add(dto)
            fields = self.dtos[dto]
            if is_envelope(fields):
                data = [f for f in fields if f.wire == "data"]
                for ref in refs_of(data[0].type, self.dtos) if data else []:
                    visit(ref)
                return
            for f in fields:
                for ref in refs_of(f.type, self.dtos):
                    visit(ref)
            if dto not in self.order:
                self.order.append(dto)

        for root in roots:
            visit(root)
        return {d for d in seen if not is_envelope(self.dtos[d])}

    def _class_names(self) -> dict[str, str]:
        overrides: dict[str, str] = self.config.get("class_names", {})
        names = {d: overrides.get(d, default_class_name(d)) for d in self.order}
        clashes = {n for n in names.values() if list(names.values()).count(n) > 1}
        if clashes:
            raise SystemExit(f"class name clash: {sorted(clashes)}; add class_names overrides")
        return names

    def _enums(self, query_enums: Iterable[list[str]]) -> dict[frozenset[str], EnumSpec]:
        specs: dict[frozenset[str], EnumSpec] = {}
        by_name: dict[str, EnumSpec] = {}
        for entry in self.config.get("enums", []):
            values = entry.get("values")
            if values is None:
                dto, wire = entry["dto_field"].split(".")
                values = next(f.enum for f in self.dtos[dto] if f.wire == wire)
            spec = EnumSpec(
                entry["name"],
                list(values),
                entry.get("doc", ""),
                entry.get("members", {}),
                entry.get("comments", {}),
            )
            specs[frozenset(values)] = spec
            by_name[spec.name] = spec
        used: dict[frozenset[str], EnumSpec] = {}
        seen_sets = [f.enum for d in self.order for f in self.dtos[d] if f.enum]
        seen_sets += [v for v in query_enums if v]
        for values in seen_sets:
            key = frozenset(values)
            if key not in specs:
                name = self._auto_enum_name(values, {s.name for s in specs.values()})
                specs[key] = EnumSpec(name, list(values))
            used[key] = specs[key]
        for name in self.field_enums.values():
            used[frozenset(by_name[name].values)] = by_name[name]
        taken = set(self.names.values())
        for spec in used.values():
            if spec.name in taken:
                raise SystemExit(f"enum {spec.name} clashes with a model class")
        return used

    def _auto_enum_name(self, values: list[str], taken: set[str]) -> str:
        for d in self.order:
            for f in self.dtos[d]:
                if f.enum == values:
                    base = f.wire[:1].upper() + f.wire[1:]
                    if base not in taken:
                        return base
                    return self.names[d] + base
        return "Enum" + str(len(taken))

    # -- types ----------------------------------------------------------------------------------

    def _split_union(self, type_: str) -> list[str]:
        parts, depth, cur = [], 0, ""
        for ch in type_:
            depth += ch == "<"
            depth -= ch == ">"
            if ch == "|" and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        return [*parts, cur]

    def py_type(self, dto: str, f: Field, type_: str | None = None) -> str:
        type_ = f.type if type_ is None else type_
        parts = self._split_union(type_)
        if len(parts) > 1:
            return " | ".join(self.py_type(dto, f, p) for p in parts)
        if m := re.fullmatch(r"array<(.+)>", type_):
            return f"list[{self.py_type(dto, f, m.group(1))}]"
        if type_ == "string":
            if re.search(r"[a-z]At$", f.wire):
                return "datetime.datetime"
            return "str"
        if type_ == "number":
            return "float" if f"{dto}.{f.wire}" in self.float_fields else "int"
        if type_ == "boolean":
            return "bool"
        if type_ == "any":
            return "Any"
        if type_ == "object":
            return "dict[str, Any]"
        if type_ in self.ref_types:
            return self.py_type(dto, f, self.ref_types[type_])
        if type_ in self.pages:
            return self.alias_name(type_)
        if type_ in self.names:
            return self.names[type_]
        raise SystemExit(f"{dto}.{f.wire}: unknown type {type_!r}")

    def alias_name(self, dto: str) -> str:
        return self.names[dto]

    # -- rendering ------------------------------------------------------------------------------

    def render_enum(self, spec: EnumSpec) -> str:
        lines = [f"class {spec.name}(StrEnum):", f'    """{spec.doc or spec.name + "."}"""', ""]
        seen: set[str] = set()
        for value in spec.values:
            name = spec.members.get(value) or member_name(value)
            while name in seen:
                name += "_"
            seen.add(name)
            comment = spec.comments.get(value)
            if comment is None and value != value.strip():
                comment = "sic: the wire value has surrounding whitespace"
            lines.append(f"    {name} = {value!r}" + (f"  # {comment}" if comment else ""))
        return "\n".join(lines)

    def render_field(self, dto: str, f: Field, request: bool) -> str:
        name = camel_to_snake(f.wire)
        wire_meta = None if to_camel(name) == f.wire else f.wire
        enum_name = self.field_enums.get(f"{dto}.{f.wire}")
        if f.enum is not None:
            enum_name = self.enums[frozenset(f.enum)].name
        if enum_name is not None:
            is_list = f.type.startswith("array<")
            if request:
                if wire_meta:
                    raise SystemExit(f"{dto}.{f.wire}: enum_field with a wire rename")
                helper = "enum_list_field" if is_list else "enum_field"
                ann = f"list[{enum_name} | str]" if is_list else f"{enum_name} | str"
                req = ", required=True" if f.required else ""
                opt = "" if f.required else " | None"
                return f'{name}: {ann}{opt} = {helper}({enum_name}, "{name}"{req})'
            ann = f"list[{enum_name} | str]" if is_list else f"{enum_name} | str"
        else:
            ann = self.py_type(dto, f)
        args = []
        if not f.required:
            ann += " | None"
            args.append("default=None")
        if wire_meta:
            args.append(f"metadata={{{'wire'!r}: {wire_meta!r}}}".replace("'", '"'))
            return f"{name}: {ann} = attrs.field({', '.join(args)})"
        return f"{name}: {ann}" + (" = None" if not f.required else "")

    def render_class(self, dto: str) -> str:
        request = dto in self.request and dto not in self.response
        doc = self.config.get("docs", {}).get(dto, f"GenAuth ``{dto}``.")
        fields = sorted(self.dtos[dto], key=lambda f: not f.required)
        body = [self.render_field(dto, f, request) for f in fields] or ["pass"]
        body = self._unshadow(dto, body)
        return "\n".join(
            [
                "@attrs.define(kw_only=True)",
                f"class {self.names[dto]}:",
                f'    """{doc}"""',
                "",
                *(f"    {line}" for line in body),
            ]
        )

    def _unshadow(self, dto: str, lines: list[str]) -> list[str]:
        """Spell ``builtins.list`` where a field named ``list`` would shadow it.

        ``typing.get_type_hints`` resolves a class's annotations in the class namespace first,
        where a slotted attrs field named ``list`` is a member descriptor, not the builtin.
        """
        names = {line.split(":", 1)[0] for line in lines}
        out = []
        for line in lines:
            name, rest = line.split(":", 1)
            ann, sep, default = rest.partition(" = ")
            for shadowed in names & BUILTIN_TYPES:
                ann = re.sub(rf"(?<![\w.]){shadowed}\b", f"builtins.{shadowed}", ann)
            for other in names - BUILTIN_TYPES:
                code = ann + re.sub(r'"[^"]*"', '""', default)
                if other != name and re.search(rf"(?<![\w.\"]){other}\b", code):
                    raise SystemExit(f"{dto}: field {other!r} shadows a name used in {line!r}")
            out.append(f"{name}:{ann}{sep}{default}")
        return out

    def render(self) -> str:
        blocks: list[str] = []
        exported: list[str] = []
        for spec in sorted(self.enums.values(), key=lambda s: s.name):
            blocks.append(self.render_enum(spec))
            exported.append(spec.name)
        for dto in self.order:
            if dto in self.pages:
                item = self.names[self.pages[dto]]
                blocks.append(f"{self.names[dto]} = Page[{item}]")
            else:
                blocks.append(self.render_class(dto))
            exported.append(self.names[dto])
        code = "\n\n\n".join(blocks)
        base = ["Page", "StrEnum"]
        base += [h for h in ("enum_field", "enum_list_field") if f"= {h}(" in code]
        imports = ["from __future__ import annotations", ""]
        if "builtins." in code:
            imports.append("import builtins")
        if "datetime.datetime" in code:
            imports.append("import datetime")
        if re.search(r"\bAny\b", code):
            imports.append("from typing import Any")
        imports += ["", "import attrs", "", f"from ._base import {', '.join(sorted(base))}"]
        all_ = "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(exported)) + "]"
        doc = self.config.get("module_doc", "Generated models.")
        header = f'"""{doc}\n"""\n\n'
        if len(base) > 2:
            # enum_field() returns an attrs field specifier, not a shared mutable default
            header += "# ruff: noqa: RUF009\n\n"
        return header + "\n".join(imports) + f"\n\n{all_}\n\n\n{code}\n"


def roots_from_endpoints(
    paths: list[Path], module: str
) -> tuple[list[str], list[str], list[list[str]]]:
    endpoints = [e for p in paths for e in json.loads(p.read_text()) if e.get("module") == module]
    endpoints = [e for e in endpoints if e.get("reachable", True)]
    requests = [e["request_dto"] for e in endpoints if e.get("request_dto")]
    responses = [e["response_dto"] for e in endpoints if e.get("response_dto")]
    query_enums = [
        p["enum"] for e in endpoints for p in e["params"] if p["in"] != "body" and p.get("enum")
    ]
    return requests, responses, query_enums


def _module_all(path: Path) -> list[str]:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__":
            return list(ast.literal_eval(node.value))
    raise SystemExit(f"{path}: no __all__")


def write_init(models_dir: Path) -> None:
    """Rewrite ``models/__init__.py`` to re-export every models module's ``__all__``."""
    modules = sorted(p for p in models_dir.glob("*.py") if p.name != "__init__.py")
    exported = {p.stem: _module_all(p) for p in modules}
    names = sorted(n for ns in exported.values() for n in ns)
    if len(set(names)) != len(names):
        raise SystemExit("two models modules export the same name")
    imports = "".join(
        f"from .{mod} import ({', '.join(ns)})\n" for mod, ns in exported.items() if ns
    )
    all_ = "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]\n"
    doc = '"""The models of every API module, plus the shared building blocks from ``_base``."""\n'
    init = models_dir / "__init__.py"
    init.write_text(f"{doc}\n{imports}\n{all_}")
    ruff = str(Path(sys.executable).with_name("ruff"))
    subprocess.run([ruff, "check", "--select", "I", "--fix", "-q", str(init)], check=True)
    subprocess.run([ruff, "format", "-q", str(init)], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dtos", type=Path, default=API_DIR / "dtos.json")
    ap.add_argument("--endpoints", type=Path, nargs="*", default=None)
    ap.add_argument("--module", help="select endpoints of this module (with --endpoints)")
    ap.add_argument("--request-root", action="append", default=[])
    ap.add_argument("--response-root", action="append", default=[])
    ap.add_argument("--config", type=Path, help="JSON config (names, docs, skips)")
    ap.add_argument("--preset", choices=sorted(PRESETS), help="use a built-in config")
    ap.add_argument("--out", type=Path, help="write here (default: stdout)")
    ap.add_argument("--no-format", action="store_true", help="skip ruff format")
    ap.add_argument(
        "--write-init", action="store_true", help="also rewrite models/__init__.py next to --out"
    )
    args = ap.parse_args(argv)

    config: dict[str, Any] = {}
    if args.preset:
        config = PRESETS[args.preset]
        args.module = args.module or args.preset
        if args.endpoints is None:
            args.endpoints = [
                API_DIR / "endpoints.json",
                API_DIR / "endpoints-user-departments.json",
            ]
    if args.config:
        config = {**config, **json.loads(args.config.read_text())}

    requests, responses = list(args.request_root), list(args.response_root)
    query_enums: list[list[str]] = []
    if args.endpoints and args.module:
        r, s, q = roots_from_endpoints(args.endpoints, args.module)
        requests, responses, query_enums = requests + r, responses + s, q
    if not requests and not responses:
        ap.error("no roots: give --endpoints/--module or --request-root/--response-root")

    code = Generator(load_dtos(args.dtos), requests, responses, config, query_enums).render()
    if not args.no_format:
        ruff = Path(sys.executable).with_name("ruff")
        code = subprocess.run(
            [str(ruff), "format", "--stdin-filename", "models.py", "-"],
            input=code,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    if args.out:
        args.out.write_text(code)
        if args.write_init:
            write_init(args.out.parent)
    else:
        sys.stdout.write(code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
