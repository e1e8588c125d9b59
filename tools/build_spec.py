"""Build ``spec/genauth-management.openapi.json`` from the extracted GenAuth API contract.

The contract is a directory of facts read from the official SDKs (``endpoints.json``,
``endpoints-node-only.json``, ``endpoints-user-departments.json``, ``models-all.json``,
``models-all-authing.json``); the official Python SDK (``genauth``, installed with the test
extra) gives each method's parameter order. GenAuth's server OpenAPI document
(``management-openapi.json``) adds the operations the SDKs lack and is reconciled with the rest
(``tools/server_openapi.py``; the differences and choices go to ``spec/reconciliation.json``
and ``spec/reconciliation.md``). Choices made by hand live in ``tools/spec_config.py``.
Nothing else in the project reads these sources: the code generator (``tools/generate.py``) and
the tests read only what this writes.

    python tools/build_spec.py --contract DIR --server-openapi FILE [--out SPEC]

(``--contract`` may also be given as ``$GENAUTH_API_CONTRACT``, ``--server-openapi`` as
``$GENAUTH_SERVER_OPENAPI``.)
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import server_openapi
import spec_config as cfg
from naming import pascal, snake

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "spec" / "genauth-management.openapi.json"
RECONCILIATION = "reconciliation"
#: a summary is a docstring's first line, after 8 spaces and three quotes
MAX_SUMMARY = 89
ENVELOPE_FIELDS = {"statusCode", "message", "apiCode", "requestId", "eequestId"}

# -- names -----------------------------------------------------------------------------------


# -- loading ---------------------------------------------------------------------------------


def load_contract(directory: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    def read(name: str) -> Any:
        return json.loads((directory / name).read_text(encoding="utf-8"))

    operations: list[dict[str, Any]] = []
    for e in read("endpoints.json"):
        if e.get("reachable", True):  # D3: the two shadowed defs are not endpoints
            operations.append({**e, "x_source": "python-sdk"})
    for e in read("endpoints-user-departments.json"):
        operations.append({**e, "x_source": "authing-node-sdk"})
    for e in read("endpoints-node-only.json"):
        name = cfg.NODE_NAMES.get(e["node_method"], snake(e["node_method"]))
        operations.append({**e, "python_name": name, "x_source": "node-sdk"})
    for op in operations:
        if op["x_source"] == "python-sdk" and op.get("contract_source") == "authing-node-sdk":
            op["x_source"] = "python-sdk (contract: authing-node-sdk)"
    models = read("models-all-authing.json")
    models.update(read("models-all.json"))  # the GenAuth copy wins where both have a DTO
    return operations, models


def official_methods() -> dict[str, Any]:
    from genauth.ManagementClient import ManagementClient

    return {
        name: fn
        for name, fn in vars(ManagementClient).items()
        if callable(fn) and not name.startswith("_")
    }


def official_summary(fn: Any) -> str:
    """The first sentence of the official method's description (its docstring's second
    paragraph; the first is a title), cut at a clause when long."""
    paragraphs = [p.strip() for p in (inspect.getdoc(fn) or "").split("\n\n") if p.strip()]
    paragraphs = [p for p in paragraphs if not p.startswith(("Attributes", "Args", "Returns"))]
    text = " ".join((paragraphs[1] if len(paragraphs) > 1 else paragraphs[0]).split())
    text = re.sub(r"^#+ *Description *|\*\*|`", "", text).strip()
    text = re.sub(
        r"^(This (interface|API) (is used to|can be used to)|When you need to|Used to) ", "", text
    )
    text = re.split(r"(?<=[.!?])\s|\s\(", text)[0].rstrip(".")
    if len(text) > MAX_SUMMARY - 1:
        clause = r"[,;:] | based on | through | according to | by | within | for "
        cut = re.search(clause, text[20:])
        if cut:
            text = text[: 20 + cut.start()]
    if len(text) > MAX_SUMMARY - 1:
        raise SystemExit(f"{fn.__name__}: summary too long; add one to spec_config.SUMMARIES")
    return text[:1].upper() + text[1:] + "."


# -- schemas -----------------------------------------------------------------------------------


class SchemaBuilder:
    """Turns the contract's type ASTs into JSON Schema, collecting the DTOs reached."""

    def __init__(self, models: dict[str, Any]) -> None:
        self.models = models
        self.reached: dict[str, None] = {}  # insertion-ordered set
        self.enum_sites: list[tuple[str, str, list[str]]] = []  # (owner, field, values)

    def is_envelope(self, dto: str) -> bool:
        names = {f["name"] for f in self.models[dto]["fields"]}
        return {"statusCode", "message"} <= names

    def is_empty(self, dto: str) -> bool:
        return not self.models[dto]["fields"]

    def ref(self, dto: str) -> dict[str, Any]:
        if dto not in self.models:
            raise SystemExit(f"unknown DTO {dto}")
        if self.is_empty(dto):
            # an empty TS type (``User``, ``AccessTokenDto``): any JSON object
            return {"type": "object", "x-dto": dto}
        if dto not in self.reached:
            self.reached[dto] = None
            for f in self.models[dto]["fields"]:
                self.type_schema(f["type"], dto, f["name"])
        return {"$ref": f"#/components/schemas/{dto}"}

    def type_schema(self, t: dict[str, Any], owner: str, field: str) -> dict[str, Any]:
        k = t["k"]
        if k == "prim":
            if t["t"] == "string":
                if re.search(r"[a-z]At$", field):
                    return {"type": "string", "format": "date-time"}
                return {"type": "string"}
            return {"type": t["t"]}
        if k == "any":
            return {}
        if k == "null":
            return {"type": "null"}
        if k == "ref":
            return self.ref(t["name"])
        if k == "enumref":
            values = list(self.models[t["dto"]]["enums"][t["e"]])
            return self.enum(values, owner, field)
        if k == "array":
            return {"type": "array", "items": self.type_schema(t["of"], owner, field)}
        if k == "lit":
            if isinstance(t["v"], str):
                return self.enum([t["v"]], owner, field)
            return {"const": t["v"]}
        if k == "union":
            members = [m for m in t["of"] if m["k"] != "null"]
            nullable = len(members) != len(t["of"])
            if members and all(m["k"] == "lit" and isinstance(m["v"], str) for m in members):
                schema = self.enum([m["v"] for m in members], owner, field)
            elif len(members) == 1:
                schema = self.type_schema(members[0], owner, field)
            else:
                schema = {"anyOf": [self.type_schema(m, owner, field) for m in members]}
            return {"anyOf": [schema, {"type": "null"}]} if nullable else schema
        raise SystemExit(f"{owner}.{field}: unknown type kind {k}")

    def enum(self, values: list[str], owner: str, field: str) -> dict[str, Any]:
        self.enum_sites.append((owner, field, values))
        return {"type": "string", "enum": values}

    def component(self, dto: str) -> dict[str, Any]:
        m = self.models[dto]
        props: dict[str, Any] = {}
        required: list[str] = []
        for f in m["fields"]:
            schema = self.type_schema(f["type"], dto, f["name"])
            if f"{dto}.{f['name']}" in cfg.FIELD_ENUMS:
                named = cfg.FIELD_ENUMS[f"{dto}.{f['name']}"]
                values = next(e["values"] for e in cfg.ENUMS if e["name"] == named)
                schema = {"type": "string", "enum": values}
            props[f["name"]] = schema
            if not f["optional"]:
                required.append(f["name"])
        out: dict[str, Any] = {"type": "object", "properties": props}
        if required:
            out["required"] = required
        return out


# -- enum names ------------------------------------------------------------------------------


def name_enums(
    spec: dict[str, Any], class_names: set[str], enums: list[dict[str, Any]]
) -> dict[tuple[str, ...], str]:
    """Give every distinct enum value list one Python name; write ``x-enum-name`` everywhere."""
    by_values: dict[tuple[str, ...], str] = {}
    docs: dict[str, dict[str, Any]] = {}
    schemas = spec["components"]["schemas"]
    for entry in enums:
        values = entry.get("values")
        if values is None:
            dto, wire = entry["dto_field"].split(".")
            values = schemas[dto]["properties"][wire]
            values = values.get("items", values)["enum"]
        by_values[tuple(values)] = entry["name"]
        docs[entry["name"]] = entry
    taken = set(class_names) | set(by_values.values())

    sites: list[tuple[str, str, dict[str, Any]]] = []

    def collect(owner: str, field: str, schema: dict[str, Any]) -> None:
        if "enum" in schema and schema.get("type") == "string":
            sites.append((owner, field, schema))
        for key in ("items",):
            if key in schema:
                collect(owner, field, schema[key])
        for sub in schema.get("anyOf", []):
            collect(owner, field, sub)

    # the SDKs' sites first: an enum reached from the server document never renames theirs
    for server_side in (False, True):
        for dto in sorted(schemas):
            dto_side = schemas[dto].get("x-source") == "server-openapi"
            for wire, prop in schemas[dto].get("properties", {}).items():
                if (dto_side or prop.get("x-source") == "server-openapi") == server_side:
                    collect(schemas[dto].get("x-python-name", dto), wire, prop)
        for path in sorted(spec["paths"]):
            for op in spec["paths"][path].values():
                for p in op.get("parameters", []):
                    added = p["name"] in op.get("x-server-params", [])
                    if (op["x-source"] == "server-openapi" or added) != server_side:
                        continue
                    collect(pascal(op["operationId"]), p["name"], p["schema"])

    for owner, field, schema in sites:
        values = tuple(schema["enum"])
        name = by_values.get(values)
        if name is None:
            base = pascal(field)
            name = base if base not in taken else owner + base
            while name in taken:
                name += "Value"
            by_values[values] = name
            taken.add(name)
        schema["x-enum-name"] = name
        entry = docs.get(name)
        if entry:
            if entry.get("doc"):
                schema["x-enum-doc"] = entry["doc"]
            if entry.get("members"):
                schema["x-enum-members"] = entry["members"]
            if entry.get("comments"):
                schema["x-enum-comments"] = entry["comments"]
    return by_values


# -- operations ------------------------------------------------------------------------------


def param_schema(p: dict[str, Any], builder: SchemaBuilder, owner: str) -> dict[str, Any]:
    t = p["type"]
    if t == "enum":
        return builder.enum(list(p["enum"]), owner, p["name"])
    if t == "array<enum>":
        return {"type": "array", "items": builder.enum(list(p["enum"]), owner, p["name"])}
    if t.startswith("array<"):
        inner = t[6:-1]
        return {"type": "array", "items": param_schema({**p, "type": inner}, builder, owner)}
    if t in ("string", "number", "boolean"):
        return {"type": t}
    if t == "any":
        return {}
    if t == "object":
        return {"type": "object"}
    return builder.ref(t)


def idempotent(op: dict[str, Any]) -> bool:
    name = op["python_name"]
    if name in cfg.IDEMPOTENT:
        return cfg.IDEMPOTENT[name]
    if op["http_method"] == "GET":
        return True
    if op["http_method"] == "DELETE":
        return True
    verb = name.split("_")[0]
    return verb in cfg.READ_VERBS or verb in cfg.SET_VERBS


def summary(name: str, official: Any) -> str:
    """The operation's one-line summary: ours, else the official SDK's description."""
    if name in cfg.SUMMARIES:
        if len(cfg.SUMMARIES[name]) > MAX_SUMMARY:
            raise SystemExit(f"{name}: summary longer than {MAX_SUMMARY} characters")
        return cfg.SUMMARIES[name]
    if official is None:
        raise SystemExit(f"{name}: no summary; add one to spec_config.SUMMARIES")
    return official_summary(official)


def build(contract: Path, server_doc: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The spec, and the reconciliation's entries."""
    operations, models = load_contract(contract)
    methods = official_methods()
    builder = SchemaBuilder(models)
    paths: dict[str, dict[str, Any]] = {}
    seen_names: set[str] = set()
    publish: dict[str, Any] | None = None

    for op in operations:
        name = op["python_name"]
        method, path = op["http_method"].lower(), op["path"]
        if path == "/api/v3/pub-event":
            # D13: two official names (put_event, verify_event) and node pub() on one path:
            # one operation, the official names as customizations (genauth_async/api/_patch.py)
            if publish is not None:
                publish["x-official-names"].append(name)
                continue
            name = "pub_event"
        if name in seen_names:
            raise SystemExit(f"two operations named {name}")
        seen_names.add(name)
        owner = pascal(name)
        official = (
            methods.get(op["python_name"]) if op["x_source"].startswith("python-sdk") else None
        )
        sig = None if official is None else inspect.signature(official)
        params: list[dict[str, Any]] = []
        body_fields: list[str] = []
        for p in op["params"]:
            if p["in"] == "body":
                body_fields.append(p["name"])
                continue
            schema = param_schema(p, builder, owner)
            if "default" in p:
                schema["default"] = p["default"]
            entry: dict[str, Any] = {
                "name": p["name"],
                "in": p["in"],
                "required": bool(p["required"]) or p["in"] == "path",
                "schema": schema,
            }
            if p.get("only_in"):
                entry["x-only-in"] = p["only_in"]
            params.append(entry)
        operation: dict[str, Any] = {
            "operationId": name,
            "tags": [op["module"]],
            "summary": summary(name, official),
            "x-python-name": name,
            "x-module": op["module"],
            "x-idempotent": idempotent({**op, "python_name": name}),
            "x-source": op["x_source"],
        }
        if op.get("node_method"):
            operation["x-node-method"] = op["node_method"]
        if params:
            operation["parameters"] = params
        request_dto = op.get("request_dto")
        if body_fields:
            if request_dto is None:
                raise SystemExit(f"{name}: body params but no request DTO")
            only_node = [p["name"] for p in op["params"] if p.get("only_in") == "node"]
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": builder.ref(request_dto)}},
            }
            if only_node:
                operation["x-node-only-fields"] = only_node
        elif op["http_method"] == "POST":
            operation["x-empty-body"] = True
        # the official Python order (names of python params); node-only: keyword-only
        if sig is not None:
            order = [n for n in sig.parameters if n != "self"]
            defaults = {
                n: p.default for n, p in sig.parameters.items() if n != "self" and p.default is None
            }
            operation["x-python-params"] = order
            operation["x-python-optional"] = sorted(defaults)
        else:
            operation["x-keyword-only"] = True
        if name in cfg.ALIASES:
            operation["x-aliases"] = cfg.ALIASES[name]
        if name in cfg.REQUIRE_ANY_OF:
            operation["x-require-any-of"] = cfg.REQUIRE_ANY_OF[name]
        if op["python_name"] in cfg.UNVERIFIED:
            operation["x-unverified"] = cfg.UNVERIFIED[op["python_name"]]
        if name in cfg.CUSTOM_ITERATORS:
            operation["x-custom-iterator"] = cfg.CUSTOM_ITERATORS[name]
        if name == "pub_event":
            operation["x-official-names"] = [op["python_name"]]
            publish = operation
        response = op.get("response_dto")
        operation["responses"] = {"200": _response(builder, response, name)}
        if path in paths and method in paths[path]:
            raise SystemExit(f"{method.upper()} {path} declared twice")
        paths.setdefault(path, {})[method] = operation

    assert publish is not None
    publish["x-official-names"].sort()
    _fix_publish(publish, paths)
    builder.ref("PubEventDto")
    schemas = {}
    for dto in sorted(builder.reached):
        schemas[dto] = builder.component(dto)
    # components() may reach more DTOs (it re-walks fields): repeat until stable
    while set(builder.reached) - set(schemas):
        for dto in sorted(set(builder.reached) - set(schemas)):
            schemas[dto] = builder.component(dto)
    # D13 and the server's PubEventDto: eventData is the caller's JSON value, sent as it is (the
    # official Python SDK); node adds ``source``
    schemas["PubEventDto"]["properties"] = {
        "eventType": {"type": "string"},
        "eventData": {"x-json-value": True},
        "source": {"type": "string"},
    }
    server = json.loads(server_doc.read_text(encoding="utf-8"))
    conv = server_openapi.add_operations(server, paths, schemas, idempotent)
    _fix_pages(paths, schemas)
    entries = server_openapi.Reconciler(server, paths, conv).run()
    schemas = dict(sorted(schemas.items()))
    class_names = class_names_of(schemas, set(conv.added))
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "GenAuth Management API",
            "version": "3",
            "description": (
                "The GenAuth (formerly Authing) Management API, as the official SDKs call it: "
                "genauth 5.1.0 (Python), genauth-node-sdk, authing-node-sdk 4.0.2. Every answer "
                "is the envelope {statusCode, message, apiCode, requestId, data}; statusCode "
                "200 is success."
            ),
        },
        "servers": [{"url": "https://api.genauth.ai"}],
        "tags": [
            {"name": m, "description": cfg.MODULE_DOCS[m]}
            for m in sorted({o["x-module"] for p in paths.values() for o in p.values()})
        ],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "managementToken": {"type": "http", "scheme": "bearer"},
                "signature": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "authorization",
                    "description": "GenAuth <accessKeyId>:<HMAC-SHA1 signature>",
                },
            },
        },
        "security": [{"managementToken": []}, {"signature": []}],
    }
    finish_schemas(spec, class_names, cfg.ENUMS, cfg.MODEL_DOCS)
    return spec, entries


def finish_schemas(
    spec: dict[str, Any],
    class_names: dict[str, str],
    enums: list[dict[str, Any]],
    docs: dict[str, str],
) -> None:
    """Name the models and enums, mark envelopes and pages (what the generator reads)."""
    for dto, schema in spec["components"]["schemas"].items():
        schema["x-python-name"] = class_names[dto]
        kind = _kind(dto, schema)
        if kind:
            schema.update(kind)
        doc = docs.get(dto)
        if doc:
            schema["description"] = doc
    name_enums(spec, set(class_names.values()), enums)
    _non_negative(spec)


def _fix_pages(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Type the answers of ``spec_config.PAGE_ANSWERS`` as the pages they are."""
    ops = {o["x-python-name"]: o for methods in paths.values() for o in methods.values()}
    for name, (page, item, why) in cfg.PAGE_ANSWERS.items():
        op = ops[name]
        items = {"$ref": f"#/components/schemas/{item}"} if item else {}
        schemas[page] = {
            "type": "object",
            "properties": {
                "totalCount": {"type": "number"},
                "list": {"type": "array", "items": items},
            },
            "required": ["totalCount", "list"],
        }
        op["x-page-fix"] = {"was": op["responses"]["200"]["description"], "why": why}
        op["responses"]["200"] = server_openapi.in_envelope(
            {"$ref": f"#/components/schemas/{page}"}, f"{page} (in the envelope)"
        )


def _non_negative(spec: dict[str, Any]) -> None:
    """``minimum: 0`` on timestamp numbers (spec_config.NON_NEGATIVE)."""
    pattern = re.compile(cfg.NON_NEGATIVE)
    for methods in spec["paths"].values():
        for op in methods.values():
            for p in op.get("parameters", []):
                if p["schema"].get("type") == "number" and pattern.match(p["name"]):
                    p["schema"]["minimum"] = 0
    for schema in spec["components"]["schemas"].values():
        for wire, prop in schema.get("properties", {}).items():
            if prop.get("type") == "number" and pattern.match(wire):
                prop["minimum"] = 0


def _response(builder: SchemaBuilder, dto: str | None, name: str) -> dict[str, Any]:
    if dto is None:
        return {"description": "The envelope, without data."}
    schema = builder.ref(dto)
    if "$ref" in schema and not builder.is_envelope(dto):
        # discrepancies §4: typed as a bare payload by the node SDK; decoded as the envelope's
        # data, leniently
        return {
            **server_openapi.in_envelope(
                schema, f"{dto} (typed without its envelope by the node SDK)"
            ),
            "x-irregular": "bare payload",
        }
    return {"description": dto, "content": {"application/json": {"schema": schema}}}


def _fix_publish(op: dict[str, Any], paths: dict[str, Any]) -> None:
    # one request shape for every name (node pub() adds an optional source)
    op["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PubEventDto"}}},
    }
    op.pop("x-python-params", None)
    op.pop("x-python-optional", None)
    op["x-python-params"] = ["event_type", "event_data"]
    op["x-python-optional"] = []
    op.pop("x-keyword-only", None)
    op["x-node-only-fields"] = ["source"]
    op["x-source"] = "python-sdk, node-sdk"


def class_names_of(schemas: dict[str, Any], server_dtos: set[str]) -> dict[str, str]:
    def base(dto: str) -> str:
        if dto in cfg.CLASS_NAMES:
            return cfg.CLASS_NAMES[dto]
        return dto.removesuffix("Dto") if dto.endswith("Dto") and dto != "Dto" else dto

    names = {dto: base(dto) for dto in schemas if dto not in server_dtos}
    # the server document's DTOs come second: an SDK model keeps its name
    sdk_names = set(names.values())
    for dto in sorted(server_dtos):
        names[dto] = base(dto) if base(dto) not in sdk_names else dto
    counts: dict[str, list[str]] = {}
    for dto, n in names.items():
        counts.setdefault(n, []).append(dto)
    for n, dtos in counts.items():
        if len(dtos) > 1:
            for dto in dtos:
                if dto != n and dto not in cfg.CLASS_NAMES:
                    names[dto] = dto  # the DTO without a suffix keeps the short name
    final = list(names.values())
    clashes = {n for n in final if final.count(n) > 1}
    if clashes:
        raise SystemExit(f"class name clash: {sorted(clashes)}")
    return names


def _kind(dto: str, schema: dict[str, Any]) -> dict[str, Any]:
    props = schema.get("properties", {})
    names = set(props)
    if {"statusCode", "message"} <= names and names <= ENVELOPE_FIELDS | {"data", "list"}:
        out: dict[str, Any] = {"x-envelope": True}
        if "data" not in names and "list" in names:
            out["x-data-key"] = "list"  # discrepancies §4: metadata/list-model
        return out
    for key in ("list", "data"):
        if names == {"totalCount", key} and props[key].get("type") == "array":
            return {"x-page": True} if key == "list" else {"x-page": True, "x-page-key": key}
    return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--contract",
        type=Path,
        default=os.environ.get("GENAUTH_API_CONTRACT"),
        help="the contract directory (default: $GENAUTH_API_CONTRACT)",
    )
    ap.add_argument(
        "--server-openapi",
        type=Path,
        default=os.environ.get("GENAUTH_SERVER_OPENAPI"),
        help="GenAuth's management-openapi.json (default: $GENAUTH_SERVER_OPENAPI)",
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if args.contract is None:
        ap.error("--contract DIR (or $GENAUTH_API_CONTRACT) is required")
    if args.server_openapi is None:
        ap.error("--server-openapi FILE (or $GENAUTH_SERVER_OPENAPI) is required")
    spec, entries = build(Path(args.contract), Path(args.server_openapi))
    write_spec(spec, args.out)
    table = args.out.with_name(RECONCILIATION + ".json")
    table.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown = server_openapi.render_markdown(entries)
    table.with_suffix(".md").write_text(markdown, encoding="utf-8")
    return 0


def write_spec(spec: dict[str, Any], out: Path) -> None:
    """Write ``spec`` to ``out`` (indented, stable) and say what it holds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    ops = sum(len(p) for p in spec["paths"].values())
    schemas = len(spec["components"]["schemas"])
    sys.stdout.write(f"{out.name}: {ops} operations, {schemas} schemas\n")


if __name__ == "__main__":
    raise SystemExit(main())
