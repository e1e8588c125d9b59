"""Generate the API and model modules, the endpoint table and the reference docs from the spec.

Reads only the specs in ``spec/``. Writes, per API module (an OpenAPI tag):

* ``genauth_async/models/<module>.py``: attrs models and enums, plus ``models/common.py`` for
  the ones several modules share and the lazy ``models/__init__.py``;
* ``genauth_async/api/<module>.py``: one mixin class with a coroutine per operation, an
  ``iter_*`` per paginated list, and the module's ``ENDPOINTS``; ``api/__init__.py`` composes
  them;
* ``docs/reference/<module>.md`` and ``docs/reference/README.md``;
* ``genauth_async/spec.json``: the spec itself, compact, shipped for the emulator and the CLI.

The end user's spec, ``spec/genauth-authentication.openapi.json``, goes through the same
writers into one more API module, ``api/authentication.py`` (its mixin is composed into
``AsyncAuthenticationClient``: each method sends the end user's token, not the management
one), ``models/authentication.py``, ``docs/reference/authentication.md`` and
``genauth_async/spec-authentication.json``.

Hand-written customizations live in ``genauth_async/api/_patch.py`` and
``genauth_async/api/_authentication_patch.py``, which this never touches.

    python tools/generate.py           # write everything
    python tools/generate.py --check   # exit 1 if a generated file is out of date
"""

from __future__ import annotations

import argparse
import ast
import functools
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from naming import snake

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAME = "spec/genauth-management.openapi.json"
SPEC_PATH = ROOT / SPEC_NAME
#: the end user's half: one API module composed into ``AsyncAuthenticationClient``
AUTH_SPEC_NAME = "spec/genauth-authentication.openapi.json"
AUTH_SPEC_PATH = ROOT / AUTH_SPEC_NAME
PKG = ROOT / "genauth_async"
DOCS = ROOT / "docs" / "reference"


def generated_by(spec_name: str) -> str:
    return f"Generated from {spec_name} by tools/generate.py: do not edit."


GENERATED = generated_by(SPEC_NAME)
BUILTIN_TYPES = {"list", "dict", "str", "int", "float", "bool", "type", "object"}
#: field names whose value is a secret: never shown by repr()
SECRET = re.compile(
    r"(^|_)(password|passwd|pwd|secret|token|tokens|private_key|salt|captcha|passcode|"
    r"verify_code|recovery_code|ticket|cookie|access_key_secret|mfa_token)($|_)"
)
NOT_SECRET_SUFFIX = (
    "_type",
    "_types",
    "_enabled",
    "_at",
    "_time",
    "_length",
    "_count",
    "_strategy",
    "_config",
    "_policy",
    "_mode",
    "_lifetime",
    "_expire",
    "_expires_in",
    "_rule",
    "_rules",
    "_method",
    "_methods",
    "_format",
    "_level",
)
PAGE_PARAMS = ("page", "limit")


# -- names ---------------------------------------------------------------------------------------


def to_camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def module_ident(tag: str) -> str:
    return tag.replace("-", "_")


def class_ident(tag: str) -> str:
    return "".join(p.capitalize() for p in tag.split("-")) + "API"


def member_name(value: str) -> str:
    name = snake(value).upper().rstrip("_")
    return name if name.isidentifier() and not name[0].isdigit() else f"V_{name}"


def is_secret(name: str) -> bool:
    return bool(SECRET.search(name)) and not name.endswith(NOT_SECRET_SUFFIX)


# -- the spec, indexed ---------------------------------------------------------------------------


@dataclass
class Param:
    """One argument of an endpoint method."""

    name: str  # python
    wire: str
    place: str  # query | path | body
    schema: dict[str, Any]
    required: bool
    keyword_only: bool = False
    default: Any = None


@dataclass
class Operation:
    name: str
    method: str
    path: str
    module: str
    op: dict[str, Any]
    params: list[Param] = field(default_factory=list)
    body_schema: str | None = None  # the request DTO
    result: dict[str, Any] | None = None  # schema of the envelope's data; None: no data

    @property
    def idempotent(self) -> bool:
        return bool(self.op["x-idempotent"])


class Spec:
    def __init__(self, doc: dict[str, Any], name: str = SPEC_NAME) -> None:
        self.doc = doc
        self.generated = generated_by(name)
        #: the end user's API: each call sends the end user's token, not the management one
        self.end_user = "bearer" in doc["components"].get("securitySchemes", {})
        self.schemas: dict[str, Any] = doc["components"]["schemas"]
        self.modules = [t["name"] for t in doc["tags"]]
        self.module_docs = {t["name"]: t["description"] for t in doc["tags"]}
        self.ops: list[Operation] = []
        for path, methods in doc["paths"].items():
            for method, op in methods.items():
                self.ops.append(self._operation(path, method.upper(), op))
        self.ops.sort(key=lambda o: (self.modules.index(o.module), o.name))

    def deref(self, schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema:
            return self.schemas[ref_name(schema)]
        return schema

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> Operation:
        o = Operation(op["x-python-name"], method, path, op["x-module"], op)
        by_name: dict[str, Param] = {}
        for p in op.get("parameters", []):
            name = snake(p["name"])
            by_name[name] = Param(
                name, p["name"], p["in"], p["schema"], p["required"], default=None
            )
        body = op.get("requestBody")
        if body:
            schema = body["content"]["application/json"]["schema"]
            if "$ref" in schema:
                o.body_schema = ref_name(schema)
            props = self.deref(schema)
            required = set(props.get("required", []))
            for wire, s in props["properties"].items():
                name = snake(wire)
                by_name[name] = Param(name, wire, "body", s, wire in required)
        official = op.get("x-python-params")
        if official is not None:
            optional = set(op.get("x-python-optional", []))
            missing = set(official) - set(by_name)
            if missing:
                raise SystemExit(f"{o.name}: official params not in the contract: {missing}")
            ordered = [by_name[n] for n in official]
            for p in ordered:
                # nothing required that the official SDK leaves optional
                if p.name in optional:
                    p.required = False
            # D11: optional where the contract says so and the positional order allows it
            for p in reversed(ordered):
                if p.required and not self._contract_required(op, p):
                    p.required = False
                elif p.required:
                    break
            extra = [p for n, p in by_name.items() if n not in official]
            for p in extra:
                p.keyword_only = True
            o.params = ordered + sorted(extra, key=lambda p: not p.required)
        else:
            params = list(by_name.values())
            for p in params:
                p.keyword_only = True
            o.params = sorted(params, key=lambda p: not p.required)
        resp = op["responses"]["200"].get("content")
        if resp:
            env = self.deref(resp["application/json"]["schema"])
            key = env.get("x-data-key", "data")
            o.result = env["properties"].get(key)
        return o

    def _contract_required(self, op: dict[str, Any], p: Param) -> bool:
        for q in op.get("parameters", []):
            if q["name"] == p.wire:
                return bool(q["required"]) and "default" not in q["schema"]
        return p.required


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[1]


# -- which module each model lives in ------------------------------------------------------------


def schema_refs(schema: Any) -> Iterable[str]:
    if isinstance(schema, dict):
        if "$ref" in schema:
            yield ref_name(schema)
        for v in schema.values():
            yield from schema_refs(v)
    elif isinstance(schema, list):
        for v in schema:
            yield from schema_refs(v)


def schema_enums(schema: Any) -> Iterable[dict[str, Any]]:
    if isinstance(schema, dict):
        if "x-enum-name" in schema:
            yield schema
        for k, v in schema.items():
            if k != "$ref":
                yield from schema_enums(v)
    elif isinstance(schema, list):
        for v in schema:
            yield from schema_enums(v)


@dataclass
class EnumDef:
    name: str
    values: list[str]
    doc: str = ""
    members: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)


class Plan:
    """Where every model and enum is defined, and which side (request/response) it is on."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.reach: dict[str, set[str]] = {}  # dto -> modules
        self.request: set[str] = set()
        self.response: set[str] = set()
        self.enums: dict[str, EnumDef] = {}
        self.enum_reach: dict[str, set[str]] = {}
        self.module_dtos: dict[str, list[str]] = {m: [] for m in spec.modules}
        for o in spec.ops:
            roots_req = [p.schema for p in o.params]
            if o.body_schema:
                roots_req.append({"$ref": f"#/components/schemas/{o.body_schema}"})
            for dto in self._closure(roots_req):
                self._add(dto, o.module)
                self.request.add(dto)
            if o.result is not None:
                for dto in self._closure([o.result]):
                    self._add(dto, o.module)
                    self.response.add(dto)
            for s in roots_req + ([o.result] if o.result else []):
                self._add_enums(s, o.module)
        for dto in list(self.reach):
            self._add_enums(spec.schemas[dto], None, self.reach[dto])
        self.home = {
            dto: next(iter(mods)) if len(mods) == 1 else "common"
            for dto, mods in self.reach.items()
        }
        self.enum_home = {
            name: next(iter(mods)) if len(mods) == 1 else "common"
            for name, mods in self.enum_reach.items()
        }
        self.names = {dto: spec.schemas[dto]["x-python-name"] for dto in self.reach}

    def _add(self, dto: str, module: str) -> None:
        self.reach.setdefault(dto, set()).add(module)

    def _closure(self, roots: list[dict[str, Any]]) -> list[str]:
        seen: list[str] = []
        stack = [r for root in roots for r in schema_refs(root)]
        while stack:
            dto = stack.pop()
            if dto in seen:
                continue
            seen.append(dto)
            schema = self.spec.schemas[dto]
            if schema.get("x-envelope"):
                raise SystemExit(f"{dto}: an envelope inside a payload")
            stack.extend(schema_refs(schema))
        return seen

    def _add_enums(
        self, schema: dict[str, Any], module: str | None, modules: set[str] | None = None
    ) -> None:
        for e in schema_enums(schema):
            name = e["x-enum-name"]
            values = e.get("enum")
            if name not in self.enums and values is not None:
                self.enums[name] = EnumDef(
                    name,
                    list(values),
                    e.get("x-enum-doc", ""),
                    e.get("x-enum-members", {}),
                    e.get("x-enum-comments", {}),
                )
            mods = self.enum_reach.setdefault(name, set())
            if module is not None:
                mods.add(module)
            if modules:
                mods.update(modules)

    def is_request_model(self, dto: str) -> bool:
        return dto in self.request and dto not in self.response

    def page_item(self, dto: str) -> dict[str, Any] | None:
        schema = self.spec.schemas[dto]
        if not schema.get("x-page"):
            return None
        return dict(schema["properties"][schema.get("x-page-key", "list")]["items"])


# -- Python types of schemas -----------------------------------------------------------------------


class Typer:
    """Annotations for schemas, recording the model names they use."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.used: set[str] = set()

    def model(self, schema: dict[str, Any], *, request: bool = False) -> str:
        """The annotation of a model field (``request``: enums are validated, see _base)."""
        if "$ref" in schema:
            dto = ref_name(schema)
            name = self.plan.names[dto]
            self.used.add(name)
            return name
        if "x-enum-name" in schema:
            name = schema["x-enum-name"]
            self.used.add(name)
            return f"{name} | str"
        if "anyOf" in schema:
            members = [m for m in schema["anyOf"] if m.get("type") != "null"]
            if len(members) == 1:
                return self.model(members[0], request=request)
            if all(m.get("type") in ("string", "number", "boolean") for m in members):
                return " | ".join(dict.fromkeys(self.model(m) for m in members))
            return "Any"
        t = schema.get("type")
        if t == "string":
            # request models send what the caller gives (the official SDK takes strings)
            datetime = schema.get("format") == "date-time" and not request
            return "datetime.datetime" if datetime else "str"
        if t == "number":
            return "int"
        if t == "boolean":
            return "bool"
        if t == "array":
            return f"list[{self.model(schema['items'], request=request)}]"
        if t == "object":
            return "dict[str, Any]"
        if t == "null":
            return "None"
        return "Any"


# -- rendering: models ---------------------------------------------------------------------------


def render_enum(e: EnumDef) -> str:
    lines = [f"class {e.name}(StrEnum):", f'    """{e.doc or _enum_doc(e)}"""', ""]
    seen: set[str] = set()
    for value in e.values:
        name = e.members.get(value) or member_name(value)
        while name in seen:
            name += "_"
        seen.add(name)
        comment = e.comments.get(value)
        if comment is None and value != value.strip():
            comment = "sic: the wire value has surrounding whitespace"
        lines.append(f"    {name} = {value!r}" + (f"  # {comment}" if comment else ""))
    return "\n".join(lines)


def _enum_doc(e: EnumDef) -> str:
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", e.name).lower()
    return f"Allowed values of {words}."


class ModelsWriter:
    def __init__(self, plan: Plan, module: str, shared: Mapping[str, str] | None = None) -> None:
        self.plan = plan
        self.module = module
        self.typer = Typer(plan)
        #: models and enums another spec's modules define (name -> that module): imported
        #: from there and exported here, not written again
        self.shared = shared or {}

    def dtos(self) -> list[str]:
        return sorted(d for d, home in self.plan.home.items() if home == self.module)

    def enums(self) -> list[str]:
        return sorted(n for n, home in self.plan.enum_home.items() if home == self.module)

    def reexports(self) -> list[str]:
        """Shared models and enums this module's endpoints use (re-exported from common)."""
        if self.module == "common":
            return []
        names = [
            self.plan.names[d]
            for d, mods in self.plan.reach.items()
            if self.plan.home[d] == "common" and self.module in mods
        ]
        names += [
            n
            for n, mods in self.plan.enum_reach.items()
            if self.plan.enum_home[n] == "common" and self.module in mods
        ]
        return sorted(set(names))

    def render_field(self, dto: str, wire: str, schema: dict[str, Any], required: bool) -> str:
        request = self.plan.is_request_model(dto)
        name = snake(wire)
        wire_meta = None if to_camel(name) == wire else wire
        secret = is_secret(name)
        enum_schema = schema.get("items", schema) if schema.get("type") == "array" else schema
        if request and "x-enum-name" in enum_schema and not wire_meta and not secret:
            enum = enum_schema["x-enum-name"]
            self.typer.used.add(enum)
            is_list = schema.get("type") == "array"
            helper = "enum_list_field" if is_list else "enum_field"
            ann = f"list[{enum} | str]" if is_list else f"{enum} | str"
            req = ", required=True" if required else ""
            opt = "" if required else " | None"
            return f'{name}: {ann}{opt} = {helper}({enum}, "{name}"{req})'
        ann = self.typer.model(schema, request=request)
        args = []
        if not required:
            if ann != "Any" and not ann.endswith("| None"):
                ann += " | None"
            args.append("default=None")
        if secret:
            args.append("repr=redacted")
        if wire_meta:
            args.append(f'metadata={{"wire": {json.dumps(wire_meta, ensure_ascii=False)}}}')
        if secret or wire_meta:
            return f"{name}: {ann} = attrs.field({', '.join(args)})"
        return f"{name}: {ann}" + ("" if required else " = None")

    def render_class(self, dto: str) -> str:
        schema = self.plan.spec.schemas[dto]
        doc = schema.get("description") or self._doc(dto)
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        order = sorted(props, key=lambda w: w not in required)
        body = [self.render_field(dto, w, props[w], w in required) for w in order] or ["pass"]
        body = unshadow(dto, body)
        return "\n".join(
            [
                "@attrs.define(kw_only=True, slots=False)",
                f"class {self.plan.names[dto]}(Model):",
                f'    """{doc}"""',
                "",
                *(f"    {line}" for line in body),
            ]
        )

    def _doc(self, dto: str) -> str:
        users = [o.name for o in self.plan.spec.ops if o.body_schema == dto]
        if len(users) == 1:
            return f"Request body of ``{users[0]}``."
        return f"GenAuth ``{dto}``."

    def render(self) -> tuple[str, list[str]]:
        blocks: list[str] = []
        exported: list[str] = []
        for name in self.enums():
            if name not in self.shared:
                blocks.append(render_enum(self.plan.enums[name]))
            exported.append(name)
        # aliases (Page[...]) after the classes they name: a class may use an alias by name
        # only in annotations, which are strings here
        aliases: list[str] = []
        for dto in self.dtos():
            item = self.plan.page_item(dto)
            if item is not None:
                aliases.append(f"{self.plan.names[dto]} = Page[{self.typer.model(item)}]")
            elif self.plan.names[dto] not in self.shared:
                blocks.append(self.render_class(dto))
            exported.append(self.plan.names[dto])
        blocks.extend(aliases)
        code = "\n\n\n".join(blocks)
        reexports = self.reexports()
        used_common = sorted(
            n for n in self.typer.used if n not in exported and n not in BUILTIN_TYPES
        )
        imports_common = sorted(set(reexports) | set(used_common))
        missing = [n for n in used_common if n not in reexports and self.module != "common"]
        if self.module == "common" and used_common:
            raise SystemExit(f"common uses names it does not define: {used_common}")
        if missing:
            raise SystemExit(f"{self.module}: uses {missing} from common without reaching them")
        base = ["StrEnum"] if self.enums() else []
        if "(Model):" in code:
            base.append("Model")
        if "Page[" in code:
            base.append("Page")
        base += [h for h in ("enum_field", "enum_list_field") if f"= {h}(" in code]
        if "repr=redacted" in code:
            base.append("redacted")
        lines = ["from __future__ import annotations", ""]
        if "builtins." in code:
            lines.append("import builtins")
        if "datetime.datetime" in code:
            lines.append("import datetime")
        if re.search(r"\bAny\b", code):
            lines.append("from typing import Any")
        lines.append("")
        if "attrs." in code:
            lines.append("import attrs")
        lines.append("")
        if base:
            lines.append(f"from ._base import {', '.join(sorted(base))}")
        if imports_common:
            lines.append(f"from .common import {', '.join(imports_common)}")
        for home in sorted(set(self.shared.values())):
            names = sorted(n for n, h in self.shared.items() if h == home)
            lines.append(f"from .{module_ident(home)} import {', '.join(names)}")
        all_names = sorted(set(exported) | set(reexports))
        all_ = "__all__ = [" + ", ".join(f'"{n}"' for n in all_names) + "]"
        title = (
            "Models several API modules share."
            if self.module == "common"
            else f"Models of the GenAuth *{self.module}* API module."
        )
        header = f'"""{title}\n\n{self.plan.spec.generated}\n"""\n\n'
        if "= enum_field(" in code or "= enum_list_field(" in code:
            # enum_field() returns an attrs field specifier, not a shared mutable default
            header += "# ruff: noqa: RUF009\n\n"
        text = header + "\n".join(lines) + f"\n\n{all_}\n\n\n{code}\n"
        return text, exported


def unshadow(dto: str, lines: list[str]) -> list[str]:
    """Spell ``builtins.list`` where a field named ``list`` would shadow the builtin.

    ``typing.get_type_hints`` resolves a class's annotations in the class namespace first,
    where a slotted attrs field named ``list`` is a member descriptor, not the builtin.
    """
    names = {line.split(":", 1)[0] for line in lines}
    out = []
    for line in lines:
        if ":" not in line:
            out.append(line)
            continue
        name, rest = line.split(":", 1)
        ann, sep, default = rest.partition(" = ")
        for shadowed in names & BUILTIN_TYPES:
            ann = re.sub(rf"(?<![\w.]){shadowed}\b(?=\[|$| )", f"builtins.{shadowed}", ann)
        out.append(f"{name}:{ann}{sep}{default}")
    return out


# -- rendering: API modules ------------------------------------------------------------------------


class ApiWriter:
    def __init__(self, plan: Plan, module: str, iter_names: dict[str, str]) -> None:
        self.plan = plan
        self.spec = plan.spec
        self.module = module
        self.typer = Typer(plan)
        self.iter_names = iter_names
        self.ops = [o for o in self.spec.ops if o.module == module]

    # types of arguments
    def arg_type(self, schema: dict[str, Any], name: str = "") -> str:
        if name in PAGE_PARAMS and schema.get("type") in ("number", "string"):
            return "int | str"  # a numeric string too, as the official SDK takes
        if "$ref" in schema:
            dto = ref_name(schema)
            name = self.plan.names[dto]
            return f"models.{name} | Mapping[str, Any]"
        if "x-enum-name" in schema:
            return f"models.{schema['x-enum-name']} | str"
        t = schema.get("type")
        if t == "array":
            return f"Sequence[{self.arg_type(schema['items'])}]"
        if t == "string":
            return "str"
        if t == "number":
            return "int"
        if t == "boolean":
            return "bool"
        if t == "object":
            return "Mapping[str, Any]"
        return "Any"

    def check(self, p: Param, paged: bool) -> str:
        """The expression that checks (and converts) argument ``p`` before it is sent."""
        s, n, req = p.schema, p.name, p.required
        if s.get("x-json-value"):
            return f'json_value({n}, "{n}")' if req else n
        if n in PAGE_PARAMS and s.get("type") in ("number", "string"):
            args = f"{n}" if n == "page" or paged else f'{n}, "{n}"'
            fn = "check_page_size" if n == "limit" and paged else "check_page"
            checked = f"{fn}({args}{', required=True' if req else ''})"
            return f"as_text({checked})" if s.get("type") == "string" else checked
        if "$ref" in s:
            cls = self.plan.names[ref_name(s)]
            opt = "" if req else ", optional=True"
            return f'as_model({n}, models.{cls}, "{n}"{opt})'
        if "x-enum-name" in s:
            fn = "require_enum" if req else "check_enum"
            return f'{fn}(models.{s["x-enum-name"]}, {n}, "{n}")'
        t = s.get("type")
        if t == "array":
            items = s.get("items", {})
            opt = "" if req else ", optional=True"
            if "$ref" in items:
                cls = self.plan.names[ref_name(items)]
                return f'as_models({n}, models.{cls}, "{n}"{opt})'
            if "x-enum-name" in items:
                return f'check_enum_list(models.{items["x-enum-name"]}, {n}, "{n}"{opt})'
            if items.get("type") == "string":
                if req and n.endswith("ids"):
                    return f'require_ids({n}, "{n}")'
                return f'require_str_list({n}, "{n}")' if req else f'check_str_list({n}, "{n}")'
            return f'check_list({n}, "{n}"{opt})'
        if t == "string":
            if req:
                # a required string left empty is refused by GenAuth ("x is required")
                return f'require_id({n}, "{n}")'
            return f'check_str({n}, "{n}")'
        if t == "number":
            minimum = f", minimum={s['minimum']}" if "minimum" in s else ""
            fn = "require_int" if req else "check_int"
            return f'{fn}({n}, "{n}"{minimum})'
        if t == "boolean":
            return f'require_flag({n}, "{n}")' if req else f'check_flag({n}, "{n}")'
        if t == "object":
            opt = "" if req else ", optional=True"
            return f'check_mapping({n}, "{n}"{opt})'
        return n

    def result_type(self, o: Operation) -> str:
        if o.result is None:
            return "None"
        return qualify(self.typer.model(o.result))

    def result_loader(self, o: Operation) -> str:
        if o.result is None:
            return "None"
        expr = self.result_type(o)
        if expr == "Any":
            return "Any"
        return f"lambda: {expr}" if "models." in expr else expr

    def items_of(self, o: Operation) -> dict[str, Any] | None:
        """The schema of the items ``o`` lists: of its ``Page``, of the list it answers, or of
        the ``list`` of its answer (a page without a total); None if it lists nothing."""
        if o.result is None:
            return None
        if o.result.get("type") == "array":
            return dict(o.result["items"])
        if "$ref" not in o.result:
            return None
        item = self.plan.page_item(ref_name(o.result))
        if item is not None:
            return item
        listed = self.spec.schemas[ref_name(o.result)].get("properties", {}).get("list", {})
        return dict(listed["items"]) if listed.get("type") == "array" else None

    def paged(self, o: Operation) -> str | None:
        """``query`` or ``body`` when ``o`` lists items by ``page``/``limit``, else None."""
        if self.items_of(o) is None:
            return None
        places = {p.name: p.place for p in o.params}
        if all(n in places for n in PAGE_PARAMS) and places["page"] == places["limit"]:
            return places["page"]
        return None

    def nested_pagination(self, o: Operation) -> list[str] | None:
        """The body path to a ``{page, limit}`` object (``options.pagination``), if any."""
        if not o.body_schema or self.items_of(o) is None:
            return None

        def find(dto: str, depth: int) -> list[str] | None:
            props = self.spec.schemas[dto].get("properties", {})
            for wire, s in props.items():
                if "$ref" not in s:
                    continue
                sub = ref_name(s)
                sub_props = self.spec.schemas[sub].get("properties", {})
                if set(PAGE_PARAMS) <= set(sub_props) and wire == "pagination":
                    return [wire]
                if depth:
                    found = find(sub, depth - 1)
                    if found:
                        return [wire, *found]
            return None

        return find(o.body_schema, 1)

    def signature(self, o: Operation, *, drop: Iterable[str] = (), extra: str = "") -> list[str]:
        lines = ["self,"]
        star = False
        for p in o.params:
            if p.name in drop:
                continue
            if p.name in ("models", "self", "deadline"):
                raise SystemExit(f"{o.name}: a parameter named {p.name!r} shadows the module alias")
            if p.keyword_only and not star:
                lines.append("*,")
                star = True
            ann = self.arg_type(p.schema, p.name)
            if p.required:
                lines.append(f"{p.name}: {ann},")
            else:
                lines.append(
                    f"{p.name}: {ann} | None = None," if ann != "Any" else f"{p.name}: Any = None,"
                )
        if not star:
            lines.append("*,")
        if extra:
            lines.extend(extra.splitlines())
        if self.spec.end_user:
            lines.append("access_token: str | None = None,")
        lines.append(f"{self.timeout_name(o)}: TimeoutArg = None,")
        lines.append("deadline: float | None = None,")
        return lines

    @staticmethod
    def timeout_name(o: Operation) -> str:
        """``timeout``, unless the endpoint has a parameter of that name (pipeline functions)."""
        return "request_timeout" if any(p.name == "timeout" for p in o.params) else "timeout"

    def docstring(self, o: Operation, *, iterator: bool = False) -> list[str]:
        op = o.op
        first = f"Every item of :meth:`{o.name}`, page after page." if iterator else op["summary"]
        where = f"``{o.method} {o.path}``"
        retry = (
            "retried on failure (a replay is safe)"
            if o.idempotent
            else "not retried once it may have reached GenAuth (a replay is not safe)"
        )
        notes = [f"{where}; {retry}."]
        if self.spec.end_user:
            needed = "required" if op.get("security") else "sent if there is one"
            notes.append(
                f"The end user's token ({needed}): ``access_token``, else the view's or the "
                "client's."
            )
        if op.get("x-client-authentication"):
            notes.append(
                "With ``client_secret_basic``, the application's Basic credentials instead."
            )
        if op.get("x-source", "").startswith("node-sdk"):
            notes.append(
                f"Not in the official Python SDK (node SDK: ``{op.get('x-node-method')}``)."
            )
        if op.get("x-source") == "server-openapi":
            notes.append(
                "In neither official SDK: from GenAuth's server OpenAPI document "
                f"(``{op['x-operation-id']}``)."
            )
        if op.get("x-name-collision"):
            notes.append(f"Named so because {op['x-name-collision']['resolution']}.")
        if op.get("x-unverified"):
            notes.append(f"Unverified: {op['x-unverified']}.")
        server_only = {snake(n) for n in op.get("x-server-params", [])}
        if server_only:
            notes.append(
                "Keyword-only (in the server's DTO, sent by neither SDK): "
                + ", ".join(f"``{n}``" for n in sorted(server_only))
                + "."
            )
        node_only = [
            p.name
            for p in o.params
            if p.keyword_only and op.get("x-python-params") and p.name not in server_only
        ]
        if node_only:
            notes.append(
                "Keyword-only (sent by the node SDK, not by the Python one): "
                + ", ".join(f"``{n}``" for n in node_only)
                + "."
            )
        if self.timeout_name(o) != "timeout":
            notes.append(
                "``timeout`` is the official parameter of this endpoint; the time allowed for "
                "this call is ``request_timeout``."
            )
        lines = [first, "", *textwrap.wrap(" ".join(notes), 88, break_on_hyphens=False)]
        if iterator:
            lines += [
                "",
                "Args:",
                "    start_page: the first page to fetch (1-based).",
                "    limit: items per page (at most 50).",
                "    page_retries: how many more times a page is fetched after a server,",
                "        rate-limit or connection error (on top of the client's own retries).",
                "    deadline: seconds for each page's call (not for the whole walk).",
            ]
        return ['"""' + lines[0], *lines[1:], '"""'] if len(lines) > 1 else [f'"""{first}"""']

    def build_lines(self, o: Operation, *, paged_place: str | None = None) -> list[str]:
        """Statements that check the arguments and build ``query``/``body``/``path``."""
        out: list[str] = []
        any_of = o.op.get("x-require-any-of")
        if any_of:
            cond = " and ".join(f"{n} is None" for n in any_of)
            names = ", ".join(any_of[:-1]) + " and " + any_of[-1]
            out += [
                f"if {cond}:",
                f'    raise ValueError("{o.name} needs at least one of {names}")',
            ]
        paged = self.paged(o) is not None
        query = [p for p in o.params if p.place == "query"]
        path = [p for p in o.params if p.place == "path"]
        body = [p for p in o.params if p.place == "body"]
        if query:
            out.append("_query: dict[str, Any] = {")
            for p in query:
                if paged_place == "query" and p.name in PAGE_PARAMS:
                    continue
                out.append(f'    "{p.wire}": {self.check(p, paged)},')
            out.append("}")
        if path:
            p = path[0]
            template = o.path.lstrip("/").replace("{" + p.wire + "}", "{}")
            segment = f'path_segment({self.check(p, paged)}, "{p.name}")'
            out.append(f'_path = "{template}".format({segment})')
        if body:
            cls = self.plan.names[o.body_schema] if o.body_schema else None
            if cls is None:
                raise SystemExit(f"{o.name}: body without a model")
            self.typer.used.add(cls)
            out.append(f"_body = models.{cls}(")
            for p in body:
                if paged_place == "body" and p.name in PAGE_PARAMS:
                    continue
                out.append(f"    {p.name}={self.check(p, paged)},")
            out.append(")")
            nested = self.nested_pagination(o)
            if nested and paged_place is None:
                path = "(" + "".join(f'"{snake(w)}", ' for w in nested) + ")"
                out.append(f"_body = check_pagination(_body, {path})")
        elif o.op.get("x-empty-body"):
            out.append("_body = EMPTY_BODY")
        return out

    def request_kwargs(self, o: Operation) -> str:
        parts = []
        places = {p.place for p in o.params}
        if "query" in places:
            parts.append("query=_query")
        if "path" in places:
            parts.append("path=_path")
        if "body" in places or o.op.get("x-empty-body"):
            parts.append("body=_body")
        parts.append(f"timeout={self.timeout_name(o)}")
        parts.append("deadline=deadline")
        if o.op.get("x-client-authentication"):
            parts.append("headers=self._sign_in_headers(access_token)")
        elif self.spec.end_user:
            required = bool(o.op.get("security"))
            parts.append(f"headers=self._user_headers(access_token, {required})")
        return ", ".join(parts)

    def render_method(self, o: Operation) -> list[str]:
        ret = self.result_type(o)
        # a parameter, or a method of the class (the end user's ``list``), named as a builtin
        if any(p.name in BUILTIN_TYPES for p in o.params) or any(
            op.name in BUILTIN_TYPES for op in self.ops
        ):
            for b in BUILTIN_TYPES:
                ret = re.sub(rf"(?<![\w.]){b}\[", f"builtins.{b}[", ret)
        lines = [f"async def {o.name}("]
        lines += [f"    {line}" for line in self.signature(o)]
        lines.append(f") -> {ret}:")
        body = self.docstring(o) + self.build_lines(o)
        body.append(
            f'return await self._transport.request(_E["{o.name}"], {self.request_kwargs(o)})'
        )
        lines += [f"    {line}" if line else "" for line in body]
        for alias in o.op.get("x-aliases", []):
            lines += ["", f"{alias} = {o.name}"]
        return lines

    def render_iterator(self, o: Operation) -> list[str]:
        place = self.paged(o)
        nested = None if place else self.nested_pagination(o)
        if not has_iterator(self, o) or o.op.get("x-custom-iterator"):
            return []
        item = qualify(self.typer.model(self.items_of(o) or {}))
        name = self.iter_names[o.name]
        drop = PAGE_PARAMS if place else ()
        extra = "start_page: int = 1,\nlimit: int = MAX_PAGE_SIZE,\npage_retries: int = 3,"
        lines = [f"def {name}("]
        lines += [f"    {line}" for line in self.signature(o, drop=drop, extra=extra)]
        lines.append(f") -> AsyncIterator[{item}]:")
        body = self.docstring(o, iterator=True) + self.build_lines(o, paged_place=place)
        if place == "query":
            call = (
                f'self._iter_query(_E["{o.name}"], _query, start_page, limit, page_retries, '
                f"{self.timeout_name(o)}, deadline)"
            )
        elif place == "body":
            call = (
                f'self._iter_body(_E["{o.name}"], _body, (), start_page, limit, page_retries, '
                f"{self.timeout_name(o)}, deadline)"
            )
        else:
            assert nested is not None
            path = "(" + "".join(f'"{snake(w)}", ' for w in nested) + ")"
            call = (
                f'self._iter_body(_E["{o.name}"], _body, {path}, start_page, limit, '
                f"page_retries, {self.timeout_name(o)}, deadline)"
            )
        body.append(f"return {call}")
        lines += [f"    {line}" if line else "" for line in body]
        for alias in o.op.get("x-aliases", []):
            lines += ["", f"{self.iter_names[alias]} = {name}"]
        return lines

    @property
    def base_class(self) -> str:
        return "EndUserAPIModule" if self.spec.end_user else "APIModule"

    def render(self) -> str:
        cls = class_ident(self.module)
        methods: list[list[str]] = []
        for o in self.ops:
            methods.append(self.render_method(o))
            it = self.render_iterator(o)
            if it:
                methods.append(it)
        table = ["ENDPOINTS: dict[str, Endpoint[Any]] = {"]
        for o in self.ops:
            into = self.result_loader(o)
            where = f'"{o.method}", "{o.path.lstrip("/")}"'
            if into.startswith("lambda"):
                entry = f"Endpoint({where}, idempotent={o.idempotent}, load={into})"
            else:
                entry = f"Endpoint({where}, {into}, {o.idempotent})"
            table.append(f'    "{o.name}": {entry},')
        table.append("}")
        aliases = [(a, o.name) for o in self.ops for a in o.op.get("x-aliases", [])]
        for alias, target in aliases:
            table.append(f'ENDPOINTS["{alias}"] = ENDPOINTS["{target}"]')
        class_body: list[str] = [
            f'"""{self.spec.module_docs[self.module]}"""',
            "",
            "__slots__ = ()",
        ]
        for m in methods:
            class_body += ["", *m]
        code = "\n".join(
            [*table, "_E = ENDPOINTS", "", "", f"class {cls}({self.base_class}):"]
            + [f"    {line}" if line else "" for line in class_body]
        )
        # the checks the generated code calls: whatever _checks.py exports, as used here
        helpers = sorted(h for h in module_exports("_checks.py") if re.search(rf"\b{h}\b", code))
        base = [n for n in module_exports("api/_base.py") if re.search(rf"\b{n}\b", code)]
        typing_names = ["TYPE_CHECKING", "Any"]
        abc = [n for n in ("AsyncIterator", "Mapping", "Sequence") if re.search(rf"\b{n}\b", code)]
        mod = module_ident(self.module)
        lines = [
            f'"""{self.spec.module_docs[self.module]}',
            "",
            "Every method keeps the official Python SDK's name and parameter order; nested",
            "request objects may be given as the model or as the camelCase dict the official",
            "SDK takes.",
            "",
            self.spec.generated,
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        if "builtins." in code:
            lines.append("import builtins")
        if abc:
            lines.append(f"from collections.abc import {', '.join(abc)}")
        if "datetime." in code:
            lines.append("import datetime")
        lines.append(f"from typing import {', '.join(typing_names)}")
        lines += [
            "",
            "from .._endpoint import Endpoint",
            "from .._lazy import lazy_module",
            "from .._transport import TimeoutArg",
            *([f"from .._checks import {', '.join(helpers)}"] if helpers else []),
            f"from ._base import {', '.join(sorted(base))}",
        ]
        lines += ["", "if TYPE_CHECKING:"]
        lines.append(f"    from ..models import {mod} as models")
        lines += [
            "else:",
            "    # the models are imported when one of them is first used",
            f'    models = lazy_module("genauth_async.models.{mod}")',
            "",
        ]
        lines.append(f'__all__ = ["ENDPOINTS", "{cls}"]')
        text = "\n".join(lines) + "\n\n" + code + "\n"
        return text


# -- iterator names ------------------------------------------------------------------------------


@functools.cache
def module_exports(relpath: str) -> tuple[str, ...]:
    """The names ``genauth_async/<relpath>`` exports: its ``__all__``."""
    path = PKG / relpath
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__":
            return tuple(ast.literal_eval(node.value))
    raise SystemExit(f"genauth_async/{relpath} has no __all__")


def qualify(annotation: str) -> str:
    """``Page[User] | None`` -> ``models.Page[models.User] | None`` (names of the models module)."""
    return re.sub(
        r"(?<![\w.])([A-Z]\w*)\b",
        lambda m: m.group(1) if m.group(1) == "Any" else f"models.{m.group(1)}",
        annotation,
    )


def iterator_names(spec: Spec) -> dict[str, str]:
    names = {o.name for o in spec.ops} | {a for o in spec.ops for a in o.op.get("x-aliases", [])}
    out: dict[str, str] = {}
    taken = set(names)
    for o in spec.ops:
        if o.op.get("x-custom-iterator"):
            out[o.name] = o.op["x-custom-iterator"]
            taken.add(out[o.name])
            continue
        for name in (o.name, *o.op.get("x-aliases", [])):
            candidate = f"iter_{re.sub(r'^(list|get)_', '', name)}"
            if candidate in taken:
                candidate = f"iter_{name}"
            out[name] = candidate
            taken.add(candidate)
    return out


# -- package files -------------------------------------------------------------------------------


def render_models_init(plan: Plan, exports: dict[str, list[str]]) -> str:
    homes = {n: m for m, names in exports.items() for n in names}
    base = sorted(module_exports("models/_base.py"))  # the shared building blocks, re-exported
    lines = [
        '"""The models of every API module, loaded on first use, plus the shared building blocks.',
        "",
        "``from genauth_async.models import User`` imports only the module that defines ``User``",
        "(PEP 562 module ``__getattr__``), so importing the package stays cheap.",
        "",
        GENERATED,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ._base import (",
        *(f"    {n}," for n in base),
        ")",
        "",
        "if TYPE_CHECKING:",
    ]
    for mod, names in sorted(exports.items()):
        if names:
            lines.append(f"    from .{mod} import {', '.join(sorted(names))}")
    lines += [
        "",
        "#: where each model and enum is defined",
        "_HOMES: dict[str, str] = {",
        *(f'    "{n}": "{m}",' for n, m in sorted(homes.items())),
        "}",
        "",
        "__all__ = [",
        *(f'    "{n}",' for n in sorted([*base, *homes])),
        "]",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _HOMES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(__all__))",
        "",
    ]
    return "\n".join(lines)


def render_api_init(spec: Spec) -> str:
    mods = spec.modules
    lines = [
        '"""Endpoint coroutines, one module per GenAuth API module, composed into the client.',
        "",
        "``ENDPOINTS`` maps every method name (official names and aliases) to its endpoint:",
        "``.method`` (the HTTP method), ``.path``, ``.idempotent``.",
        "",
        GENERATED,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from .._endpoint import Endpoint",
    ]
    for m in mods:
        ident = module_ident(m)
        lines.append(f"from .{ident} import ENDPOINTS as _{ident.upper()}, {class_ident(m)}")
    lines.append("from ._patch import PATCH_ENDPOINTS, Customizations")
    lines += [
        "",
        "ENDPOINTS: dict[str, Endpoint[Any]] = {",
        *(f"    **_{module_ident(m).upper()}," for m in mods),
        "    **PATCH_ENDPOINTS,",
        "}",
        "",
        "",
        "class ManagementAPI(",
        "    Customizations,",
        *(f"    {class_ident(m)}," for m in mods),
        "):",
        '    """Every endpoint of the GenAuth Management API, as methods."""',
        "",
        "    __slots__ = ()",
        "",
        "",
        "__all__ = [",
        *(
            f'    "{n}",'
            for n in [
                "ENDPOINTS",
                *sorted(["Customizations", "ManagementAPI", *map(class_ident, mods)]),
            ]
        ),
        "]",
        "",
    ]
    return "\n".join(lines)


# -- reference docs ------------------------------------------------------------------------------


def has_iterator(api: ApiWriter, o: Operation) -> bool:
    if api.spec.end_user:  # its pages are the end user's: walked with their token by hand
        return False
    if o.op.get("x-custom-iterator"):
        return True
    return bool(api.paged(o) or api.nested_pagination(o))


def render_docs(plan: Plan, module: str, iter_names: dict[str, str], api: ApiWriter) -> str:
    spec = plan.spec
    ops = [o for o in spec.ops if o.module == module]
    lines = [
        f"# {module}",
        "",
        spec.module_docs[module],
        "",
        f"Methods of `AsyncManagementClient` (`genauth_async/api/{module_ident(module)}.py`), "
        f"models in `genauth_async.models.{module_ident(module)}`. {plan.spec.generated}",
        "",
        "| method | HTTP | path | retried |",
        "|---|---|---|---|",
    ]
    for o in ops:
        lines.append(
            f"| `{o.name}` | {o.method} | `{o.path}` | {'yes' if o.idempotent else 'no'} |"
        )
        for alias in o.op.get("x-aliases", []):
            lines.append(
                f"| `{alias}` | {o.method} | `{o.path}` | {'yes' if o.idempotent else 'no'} |"
            )
        if has_iterator(api, o):
            for name in (o.name, *o.op.get("x-aliases", [])):
                lines.append(
                    f"| `{iter_names[name]}` | {o.method} | `{o.path}` | yes (each page) |"
                )
    for o in ops:
        lines += ["", f"## `{o.name}`", "", o.op["summary"], ""]
        lines.append(
            f"`{o.method} {o.path}` · retried: {'yes' if o.idempotent else 'no (not idempotent)'}"
        )
        extras = []
        if o.op.get("x-aliases"):
            extras.append("alias: " + ", ".join(f"`{a}`" for a in o.op["x-aliases"]))
        if o.op.get("x-source", "").startswith("node-sdk"):
            extras.append(f"node SDK only (`{o.op.get('x-node-method')}`)")
        if o.op.get("x-source") == "server-openapi":
            extras.append(f"server OpenAPI only (`{o.op['x-operation-id']}`)")
        if o.op.get("x-name-collision"):
            extras.append(f"named so because {o.op['x-name-collision']['resolution']}")
        if o.op.get("x-official-names"):
            extras.append(
                "official names: " + ", ".join(f"`{a}`" for a in o.op["x-official-names"])
            )
        if o.op.get("x-unverified"):
            extras.append(f"unverified: {o.op['x-unverified']}")
        if has_iterator(api, o):
            extras.append(f"iterator: `{iter_names[o.name]}`")
        if extras:
            lines += ["", "; ".join(extras)]
        lines += [
            "",
            "| parameter | type | required | default | sent as |",
            "|---|---|---|---|---|",
        ]
        for p in o.params:
            ann = api.arg_type(p.schema, p.name).replace("|", "\\|")
            default = p.schema.get("default")
            kind = "keyword-only " if p.keyword_only else ""
            shown = "" if default is None else f"`{default}` (server)"
            lines.append(
                f"| `{p.name}` | `{ann}` | {'yes' if p.required else 'no'} | "
                f"{shown} | {kind}{p.place} `{p.wire}` |"
            )
        ret = api.result_type(o).replace("|", "\\|")
        lines += ["", f"Returns `{ret}`."]
    lines += render_model_docs(plan, module)
    return "\n".join(lines) + "\n"


def render_model_docs(plan: Plan, module: str) -> list[str]:
    """The models and enums a module's models file defines: every field with its type,
    whether it is required and its wire name."""
    writer = ModelsWriter(plan, module)
    dtos, enums = writer.dtos(), writer.enums()
    if not dtos and not enums:
        return []
    shared = "" if module == "common" else " (those several modules share: [common](common.md))"
    lines = [
        "",
        "## Models",
        "",
        f"Defined in `genauth_async.models.{module_ident(module)}`{shared}; also importable "
        "from `genauth_async.models`. Python names are snake_case; the wire name is what "
        "GenAuth sends and takes.",
    ]
    for dto in dtos:
        name = plan.names[dto]
        item = plan.page_item(dto)
        if item is not None:
            shown = writer.typer.model(item).replace("|", "\\|")
            key = plan.spec.schemas[dto].get("x-page-key", "list")
            lines += [
                "",
                f"### `{name}`",
                "",
                f"`Page[{shown}]`: `total_count: int` (wire `totalCount`) and "
                f"`list: list[{shown}]` (wire `{key}`).",
            ]
            continue
        schema = plan.spec.schemas[dto]
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        doc = schema.get("description") or writer._doc(dto)
        lines += [
            "",
            f"### `{name}`",
            "",
            doc,
            "",
            "| field | type | required | wire name |",
            "|---|---|---|---|",
        ]
        request = plan.is_request_model(dto)
        for wire in sorted(props, key=lambda w: w not in required):
            ann = writer.typer.model(props[wire], request=request).replace("|", "\\|")
            lines.append(
                f"| `{snake(wire)}` | `{ann}` | {'yes' if wire in required else 'no'} | `{wire}` |"
            )
        if not props:
            lines.append("| (none: any JSON object) | | | |")
    for enum in enums:
        e = plan.enums[enum]
        values = ", ".join(f"`{v}`" for v in e.values)
        lines += ["", f"### `{enum}` (enum)", "", f"{e.doc or _enum_doc(e)} Values: {values}."]
    return lines


def render_readme_table(readme: str, spec: Spec, counts: dict[str, int]) -> str:
    """The README's table of modules, between its markers (the rest of the README is prose)."""
    start, end = "<!-- modules-table:start -->", "<!-- modules-table:end -->"
    head, _, rest = readme.partition(start)
    _, _, tail = rest.partition(end)
    if not tail:
        raise SystemExit("README.md has no modules table markers")
    rows = [
        "| module | methods | what |",
        "|---|---:|---|",
        *(
            f"| [{m}](docs/reference/{m}.md) | {counts[m]} | {spec.module_docs[m]} |"
            for m in spec.modules
        ),
        f"| **all** | **{sum(counts.values())}** | |",
    ]
    return head + start + "\n" + "\n".join(rows) + "\n" + end + tail


def render_docs_index(spec: Spec, counts: dict[str, int]) -> str:
    lines = [
        "# Reference",
        "",
        f"Every endpoint of the GenAuth Management API, by module. {GENERATED}",
        "",
        "| module | methods | what |",
        "|---|---|---|",
    ]
    for m in spec.modules:
        lines.append(f"| [{m}]({m}.md) | {counts[m]} | {spec.module_docs[m]} |")
    lines += [
        "",
        "Each module's page ends with its models: every field, its type, whether it is "
        "required and its wire name. The models several modules share are in "
        "[common](common.md).",
    ]
    node_named = [
        (o.name, o.op["x-node-method"])
        for o in spec.ops
        if o.op.get("x-source", "").startswith("node-sdk")
        and snake(o.op["x-node-method"]) != o.name
    ]
    lines += [
        "",
        "## Names chosen for node-only methods",
        "",
        "Where the node SDK's name says nothing of what the method does, it was renamed:",
        "",
        "| node SDK | here |",
        "|---|---|",
        *(f"| `{n}` | `{p}` |" for p, n in sorted(node_named, key=lambda x: x[1])),
        "",
    ]
    return "\n".join(lines)


# -- main ----------------------------------------------------------------------------------------


def ruff_format(files: dict[Path, str]) -> dict[Path, str]:
    """Format the generated sources as the repo formats its code (ruff, pyproject settings)."""
    for path, text in files.items():
        compile(text, str(path), "exec")  # a generator bug fails here, not in ruff's output
    with tempfile.TemporaryDirectory() as tmp:
        tmp_root = Path(tmp)
        local: dict[Path, Path] = {}
        for path, text in files.items():
            rel = path.relative_to(ROOT)
            target = tmp_root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            local[path] = target
        (tmp_root / "pyproject.toml").write_text(
            (ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
        )
        ruff = str(Path(sys.executable).with_name("ruff"))
        targets = [str(t) for t in local.values()]
        subprocess.run(
            [ruff, "check", "--fix", "--select", "I,F401", "-q", *targets],
            check=False,
            cwd=tmp_root,
        )
        subprocess.run([ruff, "format", "-q", *targets], check=True, cwd=tmp_root)
        return {path: target.read_text(encoding="utf-8") for path, target in local.items()}


def generate() -> dict[Path, str]:
    spec = Spec(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
    plan = Plan(spec)
    iter_names = iterator_names(spec)
    files: dict[Path, str] = {}
    exports: dict[str, list[str]] = {}
    for module in ["common", *spec.modules]:
        writer = ModelsWriter(plan, module)
        text, exported = writer.render()
        mod = module_ident(module)
        files[PKG / "models" / f"{mod}.py"] = text
        exports[mod] = exported
    files[PKG / "models" / "__init__.py"] = render_models_init(plan, exports)
    counts: dict[str, int] = {}
    for module in spec.modules:
        api = ApiWriter(plan, module, iter_names)
        files[PKG / "api" / f"{module_ident(module)}.py"] = api.render()
        counts[module] = len(api.ops)
    files[PKG / "api" / "__init__.py"] = render_api_init(spec)
    auth, auth_plan, auth_files = generate_end_user(plan)
    files.update(auth_files)
    files = ruff_format(files)
    for module in spec.modules:
        api = ApiWriter(plan, module, iter_names)
        files[DOCS / f"{module}.md"] = render_docs(plan, module, iter_names, api)
    for module in auth.modules:
        api = ApiWriter(auth_plan, module, {})
        files[DOCS / f"{module}.md"] = render_docs(auth_plan, module, {}, api)
    files[PKG / "spec-authentication.json"] = shipped(auth)
    files[DOCS / "common.md"] = (
        "\n".join(
            [
                "# common",
                "",
                f"Models several API modules share. {GENERATED}",
                *render_model_docs(plan, "common"),
            ]
        )
        + "\n"
    )
    files[DOCS / "README.md"] = render_docs_index(spec, counts)
    readme = ROOT / "README.md"
    files[readme] = render_readme_table(readme.read_text(encoding="utf-8"), spec, counts)
    files[PKG / "spec.json"] = shipped(spec)
    return files


def generate_end_user(management: Plan) -> tuple[Spec, Plan, dict[Path, str]]:
    """The end user's API (its own spec, the same writers): its modules' mixins and models,
    composed into ``AsyncAuthenticationClient`` (not into the management client). Its models
    and enums that are the management API's own are imported from there."""
    spec = Spec(json.loads(AUTH_SPEC_PATH.read_text(encoding="utf-8")), AUTH_SPEC_NAME)
    plan = Plan(spec)
    shared = shared_models(plan, management)
    files: dict[Path, str] = {}
    for module in spec.modules:
        mod = module_ident(module)
        files[PKG / "models" / f"{mod}.py"] = ModelsWriter(plan, module, shared).render()[0]
        files[PKG / "api" / f"{mod}.py"] = ApiWriter(plan, module, {}).render()
    if ModelsWriter(plan, "common").render()[1]:
        raise SystemExit(f"{AUTH_SPEC_NAME}: models shared between modules need a common module")
    return spec, plan, files


def shared_models(plan: Plan, management: Plan) -> dict[str, str]:
    """The models and enums of ``plan`` that ``management`` defines alike, as the management
    module each lives in: the same name, the same fields or values as written (docstrings
    aside), and every model or enum they name shared too."""

    def written(p: Plan) -> dict[str, tuple[str, str, set[str]]]:
        """name -> (home module, source without its docstring, names it uses)"""
        out = {}
        for name, home in p.enum_home.items():
            out[name] = (home, render_enum(p.enums[name]), set())
        for dto, home in p.home.items():
            if p.page_item(dto) is None:
                writer = ModelsWriter(p, home)
                out[p.names[dto]] = (home, writer.render_class(dto), writer.typer.used)
        return {
            name: (home, re.sub(r'\n    """.*?"""\n', "\n", text, count=1, flags=re.S), used)
            for name, (home, text, used) in out.items()
        }

    mine, theirs = written(plan), written(management)
    shared = {n for n, (_, text, _) in mine.items() if n in theirs and theirs[n][1] == text}
    while True:  # a model is shared only if what it names is
        drop = {n for n in shared if any(u in mine and u not in shared for u in mine[n][2])}
        if not drop:
            return {n: theirs[n][0] for n in sorted(shared)}
        shared -= drop


def shipped(spec: Spec) -> str:
    """The spec, compact, shipped for what reads it at run time (the emulator, the CLI)."""
    return json.dumps(spec.doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if a generated file is stale")
    args = ap.parse_args(argv)
    files = generate()
    stale = [p for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for p in stale:
            sys.stderr.write(f"out of date: {p.relative_to(ROOT)}\n")
        return 1 if stale else 0
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(files[p], encoding="utf-8")
    sys.stdout.write(f"{len(files)} files, {len(stale)} written\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
