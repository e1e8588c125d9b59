"""GenAuth's server OpenAPI document: the operations the SDKs lack, and a reconciliation.

``management-openapi.json`` (from the docs factory, generated from the server's controllers) is
read by ``tools/build_spec.py --server-openapi FILE``; nothing else reads it. This module:

* adds every operation the SDK-built spec lacks (``x-source: server-openapi``), named as
  GenAuth's Python docs name it: the ``operationId`` part after ``Controller_``, snake-cased;
* compares every operation both have (request fields: names, types, required flags, enums;
  response schemas), applies the choice made for each difference to the spec, and returns the
  differences for ``spec/reconciliation.json`` / ``spec/reconciliation.md``.

The choices: the server's DTO wins, unless a rule below (or ``spec_config.RECONCILE``) says
why the SDKs' wire behaviour is the better evidence.
"""

from __future__ import annotations

import re
from typing import Any

import spec_config as cfg
from naming import snake

#: not part of the public Management API: internal routes and the token route (``_auth.py``)
SKIP = re.compile(r"^/api/internal/|/get-management-token$")
ENVELOPE = {"statusCode", "message", "apiCode", "requestId"}
SOURCE = "server-openapi"


def docs_name(operation_id: str) -> str:
    """``OrganizationController_createDepartment`` -> ``create_department`` (the docs' name)."""
    return snake(operation_id.split("Controller_", 1)[1])


def server_ref(schema: dict[str, Any]) -> str | None:
    """The DTO a server property names (``$ref``, or ``allOf: [$ref]`` with a description)."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[1]
    all_of = schema.get("allOf")
    if all_of and len(all_of) == 1 and "$ref" in all_of[0]:
        return str(all_of[0]["$ref"]).rsplit("/", 1)[1]
    return None


def shape(schema: dict[str, Any] | None, components: dict[str, Any]) -> str:
    """A short name of a schema's type, the same for both documents: ``string``,
    ``array<ref:UserDto>``, ``enum``, ``any`` ... (what the reconciliation compares)."""
    if schema is None:
        return "absent"
    ref = server_ref(schema)
    if ref is not None:
        target = components.get(ref)
        return f"ref:{ref}" if target and target.get("properties") else "object"
    if "x-dto" in schema:
        return "object"
    if "anyOf" in schema or "oneOf" in schema:
        members = [
            m for m in schema.get("anyOf", schema.get("oneOf", [])) if m.get("type") != "null"
        ]
        return shape(members[0], components) if len(members) == 1 else "union"
    if "enum" in schema:
        return "enum"
    t = schema.get("type")
    if t == "array":
        return f"array<{shape(schema.get('items', {}), components)}>"
    return str(t) if t else "any"


def loose(kind: str) -> str:
    """Where NestJS's swagger writes ``object`` for an untyped (``any``) property."""
    return re.sub(r"\bobject\b", "any", kind)


class Converter:
    """Server (OpenAPI 3.0) schemas -> the spec's, adding the DTOs reached to ``schemas``."""

    def __init__(self, server: dict[str, Any], schemas: dict[str, Any]) -> None:
        self.server = server["components"]["schemas"]
        self.schemas = schemas
        self.added: list[str] = []

    def ref(self, dto: str) -> dict[str, Any]:
        source = self.server[dto]
        if not source.get("properties"):
            return {"type": "object", "x-dto": dto}
        if dto not in self.schemas:
            self.schemas[dto] = {}  # placeholder: a DTO may reach itself
            self.added.append(dto)
            self.schemas[dto] = self.component(dto)
        return {"$ref": f"#/components/schemas/{dto}"}

    def component(self, dto: str) -> dict[str, Any]:
        source = self.server[dto]
        props = {w: self.prop(s, w) for w, s in source.get("properties", {}).items()}
        out: dict[str, Any] = {"type": "object", "properties": props}
        required = [w for w in source.get("required", []) if w in props]
        if required:
            out["required"] = required
        out["x-source"] = SOURCE
        return out

    def prop(self, s: dict[str, Any], field: str) -> dict[str, Any]:
        ref = server_ref(s)
        if ref is not None:
            out = self.ref(ref)
        elif "oneOf" in s or "anyOf" in s:
            out = {"anyOf": [self.prop(m, field) for m in s.get("oneOf", s.get("anyOf", []))]}
        elif "enum" in s:
            out = {"type": "string", "enum": list(s["enum"])}
        else:
            t = s.get("type")
            if t == "array":
                out = {"type": "array", "items": self.prop(s.get("items", {}), field)}
            elif t == "string":
                dated = s.get("format") == "date-time" or re.search(r"[a-z]At$", field)
                out = {"type": "string", "format": "date-time"} if dated else {"type": "string"}
            elif t in ("number", "integer"):
                out = {"type": "number"}
                for k in ("minimum", "maximum"):
                    if k in s:
                        out[k] = s[k]
            elif t == "boolean":
                out = {"type": "boolean"}
            elif t == "object":
                out = {"type": "object"}
            else:
                out = {}
        if s.get("nullable"):
            out = {"anyOf": [out, {"type": "null"}]}
        return out

    def param(self, p: dict[str, Any]) -> dict[str, Any]:
        schema = self.prop(p["schema"], p["name"])
        if "default" in p["schema"]:
            schema["default"] = p["schema"]["default"]
        return {
            "name": p["name"],
            "in": p["in"],
            "required": bool(p.get("required")) or p["in"] == "path",
            "schema": schema,
        }


# -- the operations the SDKs lack ----------------------------------------------------------------


def missing_operations(server: dict[str, Any], paths: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (method, path)
        for path, methods in server["paths"].items()
        for method in methods
        if not SKIP.search(path) and method not in paths.get(path, {})
    ]


def add_operations(
    server: dict[str, Any],
    paths: dict[str, Any],
    schemas: dict[str, Any],
    idempotent: Any,
) -> Converter:
    """Add the operations of ``server`` that ``paths`` lacks (``idempotent(op) -> bool`` is the
    spec builder's rule)."""
    conv = Converter(server, schemas)
    taken = {o["x-python-name"] for p in paths.values() for o in p.values()}
    taken |= {a for p in paths.values() for o in p.values() for a in o.get("x-aliases", [])}
    for method, path in missing_operations(server, paths):
        source = server["paths"][path][method]
        name = docs_name(source["operationId"])
        collision = cfg.SERVER_NAME_COLLISIONS.get(name)
        if name in taken:
            if collision is None:
                raise SystemExit(
                    f"{method.upper()} {path}: {name} is taken; resolve it in spec_config"
                )
            name = collision["name"]
        if name in taken:
            raise SystemExit(f"{method.upper()} {path}: {name} is taken twice")
        taken.add(name)
        module = _module(source, path)
        # a deprecated query twin of a body field ("use userId in the body"): the body's only
        dropped = [p["name"] for p in source.get("parameters", []) if p.get("deprecated")]
        params = [conv.param(p) for p in source.get("parameters", []) if not p.get("deprecated")]
        # path, then query (required first), then body fields (required first): the server's
        # order, as a Python signature needs it
        order = [p for p in params if p["in"] == "path"]
        order += sorted((p for p in params if p["in"] == "query"), key=lambda p: not p["required"])
        op: dict[str, Any] = {
            "operationId": name,
            "tags": [module],
            "summary": cfg.SERVER_SUMMARIES[name],
            "x-python-name": name,
            "x-module": module,
            "x-idempotent": idempotent({"python_name": name, "http_method": method.upper()}),
            "x-source": SOURCE,
            "x-operation-id": source["operationId"],
        }
        if collision is not None and collision["name"] == name:
            op["x-name-collision"] = {
                "docs-name": docs_name(source["operationId"]),
                "resolution": collision["why"],
            }
        if params:
            op["parameters"] = params
        if dropped:
            op["x-deprecated-params-left-out"] = dropped
        names = [snake(p["name"]) for p in order]
        optional = [snake(p["name"]) for p in order if not p["required"]]
        body = source.get("requestBody")
        if body is not None:
            dto = server_ref(body["content"]["application/json"]["schema"])
            assert dto is not None, path
            schema = conv.ref(dto)
            if "$ref" in schema:
                fields = conv.server[dto]
                required = set(fields.get("required", []))
                wires = sorted(fields["properties"], key=lambda w: w not in required)
                names += [snake(w) for w in wires]
                optional += [snake(w) for w in wires if w not in required]
                op["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": schema}},
                }
            elif method == "post":
                op["x-empty-body"] = True
        elif method == "post":
            op["x-empty-body"] = True
        op["x-python-params"] = names
        op["x-python-optional"] = sorted(optional)
        if name in cfg.ALIASES:
            op["x-aliases"] = cfg.ALIASES[name]
        op["responses"] = {"200": answer(conv, source)}
        paths.setdefault(path, {})[method] = op
    return conv


def _module(source: dict[str, Any], path: str) -> str:
    for tag in source.get("tags", []):
        if tag in cfg.SERVER_TAG_MODULES:
            return cfg.SERVER_TAG_MODULES[tag]
    if path in cfg.SERVER_PATH_MODULES:
        return cfg.SERVER_PATH_MODULES[path]
    raise SystemExit(f"{path}: no module for tags {source.get('tags')}")


def answer(conv: Converter, source: dict[str, Any]) -> dict[str, Any]:
    answer = source["responses"].get("200") or source["responses"].get("201") or {}
    content = answer.get("content")
    # no schema documented: the envelope every answer is, without data
    dto = server_ref(content["application/json"]["schema"]) if content else "CommonResponseDto"
    assert dto is not None
    fields = set(conv.server[dto].get("properties", {}))
    schema = conv.ref(dto)
    if {"statusCode", "message"} <= fields:
        return {"description": dto, "content": {"application/json": {"schema": schema}}}
    return {
        **in_envelope(schema, f"{dto} (typed without its envelope by the server document)"),
        "x-irregular": "bare payload",
    }


def in_envelope(data: dict[str, Any], description: str) -> dict[str, Any]:
    """A 200 answer: the envelope, with ``data`` as its payload (where a document types the
    payload alone)."""
    envelope = {
        "type": "object",
        "properties": {
            "statusCode": {"type": "number"},
            "message": {"type": "string"},
            "data": data,
        },
        "x-envelope": True,
    }
    return {"description": description, "content": {"application/json": {"schema": envelope}}}


# -- reconciliation -------------------------------------------------------------------------------


class Reconciler:
    """Compares the operations both documents have; applies each choice to the spec."""

    def __init__(self, server: dict[str, Any], paths: dict[str, Any], conv: Converter) -> None:
        self.server = server
        self.sschemas = server["components"]["schemas"]
        self.paths = paths
        self.schemas = conv.schemas
        self.conv = conv
        self.entries: dict[tuple[str, ...], dict[str, Any]] = {}
        self.seen: set[tuple[str, str]] = set()

    def run(self) -> list[dict[str, Any]]:
        for path, methods in sorted(self.paths.items()):
            for method, op in sorted(methods.items()):
                source = self.server["paths"].get(path, {}).get(method)
                if source is None or op.get("x-source") == SOURCE:
                    continue
                self.operation(op, source)
        return sorted(
            self.entries.values(),
            key=lambda e: (
                e["where"],
                e["schema"] or "",
                e["operations"][0],
                e["field"],
                e["kind"],
            ),
        )

    def record(
        self,
        op: dict[str, Any],
        where: str,
        owner: str | None,
        field: str,
        kind: str,
        sdk: Any,
        server: Any,
        decision: tuple[str, Any, str] | None = None,
    ) -> dict[str, Any] | None:
        key = (where, owner or op["x-python-name"], field, kind)
        if key in self.entries:
            self.entries[key]["operations"].append(op["x-python-name"])
            return None
        choice, spec, reason = decision or self.decide(where, owner, field, kind, sdk, server)
        entry = {
            "where": where,
            "schema": owner,
            "field": field,
            "kind": kind,
            "sdk": sdk,
            "server": server,
            "choice": choice,
            "spec": spec,
            "reason": reason,
            "operations": [op["x-python-name"]],
        }
        self.entries[key] = entry
        return entry

    # the rules
    def decide(
        self, where: str, owner: str | None, field: str, kind: str, sdk: Any, server: Any
    ) -> tuple[str, Any, str]:
        override = cfg.RECONCILE.get(f"{owner or ''}.{field}:{kind}")
        if override is not None:
            choice, reason, *spec = override
            return choice, spec[0] if spec else sdk if choice == "sdk" else server, reason
        if kind == "only-sdk":
            return (
                "sdk",
                sdk,
                ("sent by the official SDKs (newer than the server document, 2023-11); kept"),
            )
        if kind == "only-server":
            if where == "response":
                return "server", server, "in the server's DTO: decoded when GenAuth sends it"
            return (
                "server",
                server,
                ("in the server's DTO: accepted as a keyword-only argument, sent only when given"),
            )
        if kind == "type":
            if loose(sdk) == loose(server):
                return (
                    "sdk",
                    sdk,
                    ("NestJS documents an untyped property as `object`; the value is any JSON"),
                )
            return "server", server, "the server's DTO"
        if kind == "required":
            if server is False:
                return "server", False, "the server's DTO does not require it"
            return (
                "sdk",
                False,
                (
                    "the official SDK leaves it optional (its signature is kept); GenAuth answers "
                    "a missing value with its own error"
                ),
            )
        if kind == "enum":
            extra = [v for v in server if v not in sdk]
            if not extra:
                return (
                    "sdk",
                    sdk,
                    ("the SDK's values are the server's plus values added after the document"),
                )
            return "both", [*sdk, *extra], "the SDK's values plus the server's"
        if kind == "shape":
            return (
                "sdk",
                sdk,
                (
                    "the envelope is what GenAuth sends (the SDKs decode it); the server document "
                    "names the payload alone"
                ),
            )
        raise SystemExit(f"no rule for {kind}")

    def operation(self, op: dict[str, Any], source: dict[str, Any]) -> None:
        ours = {p["name"]: p for p in op.get("parameters", [])}
        theirs = {p["name"]: p for p in source.get("parameters", []) if p["in"] != "header"}
        for name in sorted(set(ours) | set(theirs)):
            a, b = ours.get(name), theirs.get(name)
            if b is None:
                self.record(
                    op, "query", None, name, "only-sdk", shape(a["schema"], self.schemas), None
                )
                continue
            if a is None:
                e = self.record(
                    op, "query", None, name, "only-server", None, shape(b["schema"], self.sschemas)
                )
                if e and e["choice"] == "server":
                    op.setdefault("parameters", []).append(self.conv.param(b))
                    op.setdefault("x-server-params", []).append(name)
                continue
            self.compare(
                op,
                "query",
                None,
                name,
                a["schema"],
                b["schema"],
                bool(a["required"]),
                bool(b.get("required")),
                a,
            )
        self.body(op, source)
        self.response(op, source)

    def body(self, op: dict[str, Any], source: dict[str, Any]) -> None:
        ours = op.get("requestBody")
        theirs = source.get("requestBody")
        ref_a = ours and server_ref(ours["content"]["application/json"]["schema"])
        ref_b = theirs and server_ref(theirs["content"]["application/json"]["schema"])
        if ref_a and ref_b:
            self.fields(op, "body", ref_a, ref_b)
        elif bool(ref_a) != bool(ref_b):
            empty = ref_b and not self.sschemas[ref_b].get("properties")
            if not empty:
                self.record(op, "body", None, "(body)", "shape", ref_a or "none", ref_b or "none")

    def response(self, op: dict[str, Any], source: dict[str, Any]) -> None:
        content = op["responses"]["200"].get("content")
        answer = source["responses"].get("200") or source["responses"].get("201") or {}
        fix = op.get("x-page-fix")
        if fix is not None:  # typed as the page it is, against both documents
            theirs = server_ref(answer["content"]["application/json"]["schema"])
            page = ("page", "a page: {totalCount, list}", fix["why"])
            self.record(op, "response", None, "(data)", "page", fix["was"], theirs, page)
            return
        theirs = answer.get("content")
        if not content or not theirs:
            if bool(content) != bool(theirs):
                self.record(
                    op,
                    "response",
                    None,
                    "(data)",
                    "shape",
                    "data" if content else "no data",
                    "data" if theirs else "no data",
                )
            return
        a = content["application/json"]["schema"]
        ref_b = server_ref(theirs["application/json"]["schema"])
        assert ref_b is not None
        b_env = {"statusCode", "message"} <= set(self.sschemas[ref_b].get("properties", {}))
        if "$ref" in a:
            ref_a = server_ref(a)
            assert ref_a is not None
            if b_env:
                self.fields(op, "response", ref_a, ref_b)
            else:
                self.record(op, "response", ref_a, "(data)", "shape", "envelope", f"bare {ref_b}")
            return
        data = a["properties"]["data"]  # typed without its envelope by the node SDK
        if b_env:
            self.record(op, "response", None, "(data)", "shape", "bare payload", "envelope")
            return
        ref_a = server_ref(data)
        if ref_a and ref_a in self.schemas:
            self.fields(op, "response", ref_a, ref_b)

    def fields(self, op: dict[str, Any], where: str, a_dto: str, b_dto: str) -> None:
        if (a_dto, b_dto) in self.seen:
            for e in self.entries.values():
                if e["schema"] == a_dto and e["where"] == where:
                    e["operations"].append(op["x-python-name"])
            return
        self.seen.add((a_dto, b_dto))
        a = self.schemas[a_dto]
        b = self.sschemas[b_dto]
        ap, bp = a.get("properties", {}), b.get("properties", {})
        ar, br = set(a.get("required", [])), set(b.get("required", []))
        for name in list(ap) + [n for n in bp if n not in ap]:
            if name not in bp:
                self.record(op, where, a_dto, name, "only-sdk", shape(ap[name], self.schemas), None)
                continue
            if name not in ap:
                e = self.record(
                    op, where, a_dto, name, "only-server", None, shape(bp[name], self.sschemas)
                )
                if e and e["choice"] == "server":
                    ap[name] = {**self.conv.prop(bp[name], name), "x-source": SOURCE}
                continue
            self.compare(op, where, a_dto, name, ap[name], bp[name], name in ar, name in br, None)
            sa = server_ref(ap[name]) or server_ref(ap[name].get("items", {}))
            sb = server_ref(bp[name]) or server_ref(bp[name].get("items", {}))
            if sa and sb and sa in self.schemas and self.sschemas[sb].get("properties"):
                self.fields(op, where, sa, sb)

    def compare(
        self,
        op: dict[str, Any],
        where: str,
        owner: str | None,
        name: str,
        a: dict[str, Any],
        b: dict[str, Any],
        a_req: bool,
        b_req: bool,
        param: dict[str, Any] | None,
    ) -> None:
        ka, kb = shape(a, self.schemas), shape(b, self.sschemas)
        if ka.startswith("ref:") and kb.startswith("ref:"):
            ka = kb = "ref"  # the DTOs themselves are compared field by field
        if ka != kb:
            e = self.record(op, where, owner, name, "type", ka, kb)
            if e and e["choice"] == "server" and e["spec"] == kb:
                new = self.conv.prop(b, name)
                if "default" in a:
                    new["default"] = a["default"]
                self._replace(owner, name, param, new)
        elif ka == "enum" or ka == "array<enum>":
            va = a.get("items", a)["enum"]
            vb = b.get("items", b)["enum"]
            if va != vb:
                e = self.record(op, where, owner, name, "enum", list(va), list(vb))
                if e and e["choice"] != "sdk":
                    target = a.get("items", a)
                    target["enum"] = list(e["spec"])
        if a_req != b_req and where != "response":
            e = self.record(op, where, owner, name, "required", a_req, b_req)
            if e and e["choice"] == "server" and e["spec"] is False:
                if param is not None:
                    param["required"] = False
                elif owner is not None:
                    req = self.schemas[owner].get("required", [])
                    if name in req:
                        req.remove(name)
                        if not req:
                            self.schemas[owner].pop("required")

    def _replace(
        self, owner: str | None, name: str, param: dict[str, Any] | None, new: dict[str, Any]
    ) -> None:
        if param is not None:
            param["schema"] = new
        elif owner is not None:
            self.schemas[owner]["properties"][name] = new


def render_markdown(entries: list[dict[str, Any]]) -> str:
    """``spec/reconciliation.md`` from the entries of ``spec/reconciliation.json``."""
    lines = [
        "# The SDK-built spec against GenAuth's server OpenAPI document",
        "",
        "Generated by `tools/build_spec.py` (with `spec/reconciliation.json`): do not edit.",
        "",
        "Every difference between the request fields (names, types, required flags, enums) and "
        "response schemas of an operation the official SDKs call and the same operation in the "
        "server's `management-openapi.json`, and the choice made. `sdk`: the spec keeps what the "
        "SDKs send or decode; `server`: the spec follows the server's DTO; `both`: the union.",
        "",
        f"{len(entries)} differences.",
        "",
        "| where | schema / operation | field | difference | SDKs | server | choice | why |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def cell(v: Any) -> str:
        if v is None:
            return "—"
        if isinstance(v, list):
            text = ", ".join(str(x) for x in v)
            return f"`{text[:60]}…` ({len(v)})" if len(text) > 60 else f"`{text}`"
        return f"`{v}`"

    for e in entries:
        where = e["schema"] or e["operations"][0]
        ops = len(e["operations"])
        label = f"`{where}`" + (f" (+{ops - 1} more)" if ops > 1 and e["schema"] else "")
        lines.append(
            f"| {e['where']} | {label} | `{e['field']}` | {e['kind']} | {cell(e['sdk'])} | "
            f"{cell(e['server'])} | {e['choice']} | {e['reason']} |"
        )
    return "\n".join(lines) + "\n"
