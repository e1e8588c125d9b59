"""The spec, and every endpoint against it: tables, not one test per endpoint.

- the spec is a valid OpenAPI 3.1 document (checked by ``openapi-spec-validator``);
- ``genauth_async.api.ENDPOINTS`` has every operation, with the spec's method, path and
  idempotency, and every name (official, aliases) is a coroutine method of the client;
- the signatures match the official Python SDK (``genauth`` 5.1.0, installed with the test
  extra): same names in the same positional order, nothing required that it leaves optional;
- the generated files are what ``tools/generate.py`` writes from the spec.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from genauth_async import AsyncManagementClient
from genauth_async.api import ENDPOINTS

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "genauth-management.openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text())
OPERATIONS = [
    (method.upper(), path, op) for path, ops in SPEC["paths"].items() for method, op in ops.items()
]
BY_NAME = {op["x-python-name"]: (method, path, op) for method, path, op in OPERATIONS}

official = pytest.importorskip("genauth.ManagementClient")
OFFICIAL = {
    name: inspect.signature(fn)
    for name, fn in vars(official.ManagementClient).items()
    if callable(fn) and not name.startswith("_")
}


def test_the_spec_is_valid_openapi_3_1():
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.1")


def test_the_spec_has_492_operations_in_22_modules():
    # 423 the official SDKs call, and 69 only GenAuth's server OpenAPI document has
    assert len({(m, p) for m, p, _ in OPERATIONS}) == len(OPERATIONS) == 492
    assert len({op["x-module"] for _, _, op in OPERATIONS}) == 22
    sources = {op["x-source"].split(" ")[0].rstrip(",") for _, _, op in OPERATIONS}
    assert sources == {"python-sdk", "node-sdk", "authing-node-sdk", "server-openapi"}
    assert sum(op["x-source"] == "server-openapi" for _, _, op in OPERATIONS) == 69


def test_every_operation_carries_its_extensions():
    for method, path, op in OPERATIONS:
        assert op["x-python-name"].isidentifier(), path
        assert isinstance(op["x-idempotent"], bool), path
        if method == "GET":
            assert op["x-idempotent"], path
        assert ("x-python-params" in op) != bool(op.get("x-keyword-only")), path


def test_endpoints_cover_every_operation_with_its_method_path_and_retry_safety():
    names = set(BY_NAME)
    aliases = {a for _, _, op in OPERATIONS for a in op.get("x-aliases", [])}
    official_names = {a for _, _, op in OPERATIONS for a in op.get("x-official-names", [])}
    assert set(ENDPOINTS) == names | aliases | official_names
    assert len({(e.method, e.path) for e in ENDPOINTS.values()}) == 492
    for name, (method, path, op) in BY_NAME.items():
        endpoint = ENDPOINTS[name]
        assert (endpoint.method, "/" + endpoint.path) == (method, path), name
        assert endpoint.idempotent is op["x-idempotent"], name
        for alias in op.get("x-aliases", []) + op.get("x-official-names", []):
            assert ENDPOINTS[alias] is endpoint, alias


def test_every_name_is_a_coroutine_method_of_the_client():
    for name in ENDPOINTS:
        assert inspect.iscoroutinefunction(getattr(AsyncManagementClient, name)), name


def test_every_official_method_is_on_the_client():
    missing = [name for name in OFFICIAL if not hasattr(AsyncManagementClient, name)]
    assert missing == []
    assert len(OFFICIAL) == 352  # 351 HTTP methods and sub_event


def _positional(fn: Any) -> list[inspect.Parameter]:
    return [
        p
        for p in inspect.signature(fn).parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
    ]


@pytest.mark.parametrize("name", sorted(set(OFFICIAL) - {"sub_event"}))
def test_signature_parity_with_the_official_sdk(name):
    theirs = [p for p in OFFICIAL[name].parameters.values() if p.name != "self"]
    ours = _positional(getattr(AsyncManagementClient, name))
    # a call written positionally for the sync SDK works unchanged
    assert [p.name for p in ours] == [p.name for p in theirs]
    for mine, their in zip(ours, theirs, strict=True):
        if their.default is not inspect.Parameter.empty:
            assert mine.default is not inspect.Parameter.empty, (name, mine.name)
    extra = inspect.signature(getattr(AsyncManagementClient, name)).parameters
    assert extra["timeout"].kind is inspect.Parameter.KEYWORD_ONLY or "request_timeout" in extra
    assert extra["deadline"].kind is inspect.Parameter.KEYWORD_ONLY
    # node-only fields (discrepancies D12) are keyword-only, and optional unless GenAuth
    # needs them (D9)
    for p in extra.values():
        if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty:
            assert name in {"update_model", "list_field"}, (name, p.name)


def test_the_constructor_takes_the_official_arguments_in_their_order():
    theirs = list(inspect.signature(official.ManagementClient.__init__).parameters)[1:]
    ours = [p.name for p in _positional(AsyncManagementClient.__init__)]
    assert ours == theirs


def test_node_only_methods_are_keyword_only():
    for name, (_, _, op) in BY_NAME.items():
        if op.get("x-keyword-only"):
            assert _positional(getattr(AsyncManagementClient, name)) == [], name


def test_misspelled_official_names_have_aliases():
    # discrepancies D16: the official name, and a correctly spelled one beside it
    for official_name, alias in [
        ("export_meatdata", "export_metadata"),
        ("remote_field", "remove_field"),
        ("userpoll_tenant_config", "userpool_tenant_config"),
        ("list_invite_tennat_user_records", "list_invite_tenant_user_records"),
        ("list_cust_fields", "list_custom_fields"),
        ("get_public_account_of_groups", "set_public_account_of_groups"),
        ("delete_by_id", "delete_ip_list_by_id"),
    ]:
        assert getattr(AsyncManagementClient, alias) is getattr(
            AsyncManagementClient, official_name
        )


def test_reference_docs_list_every_method():
    listed: set[str] = set()
    for module in {op["x-module"] for _, _, op in OPERATIONS}:
        text = (ROOT / "docs" / "reference" / f"{module}.md").read_text()
        listed |= {line.split("`")[1] for line in text.splitlines() if line.startswith("| `")}
    assert set(ENDPOINTS) - {"put_event", "verify_event"} <= listed


def test_generated_files_match_the_spec():
    # what CI checks too: a hand edit of a generated file, or a spec change without a regen
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_importing_the_package_loads_no_models():
    code = (
        "import sys, genauth_async\n"
        "client = genauth_async.AsyncManagementClient('id', 'secret')\n"
        # a module still waiting for its first use is a _LazyModule; type() does not load it
        "loaded = [n for n, m in list(sys.modules.items()) if n.startswith("
        "'genauth_async.models.') and type(m).__name__ == 'module']\n"
        "print(sorted(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['genauth_async.models._base']"


# -- the reconciliation with GenAuth's server OpenAPI document ---------------------------------

RECONCILIATION: list[dict[str, Any]] = json.loads(
    (ROOT / "spec" / "reconciliation.json").read_text(encoding="utf-8")
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _server_openapi() -> Any:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import server_openapi
    finally:
        sys.path.pop(0)
    return server_openapi


def _field(entry: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The spec's schema of the entry's field (None: absent), and whether it is required."""
    if entry["where"] == "query":
        _, _, op = BY_NAME[entry["operations"][0]]
        for p in op.get("parameters", []):
            if p["name"] == entry["field"]:
                return p["schema"], bool(p["required"])
        return None, False
    schema = SCHEMAS[entry["schema"]]
    prop = schema.get("properties", {}).get(entry["field"])
    return prop, entry["field"] in schema.get("required", [])


@pytest.mark.parametrize(
    "entry",
    [e for e in RECONCILIATION if e["kind"] != "shape"],
    ids=lambda e: f"{e['where']}-{e['schema'] or e['operations'][0]}.{e['field']}-{e['kind']}",
)
def test_the_spec_is_what_the_reconciliation_chose(entry):
    shape = _server_openapi().shape
    for name in entry["operations"]:
        assert name in BY_NAME, name
        assert BY_NAME[name][2]["x-source"] != "server-openapi", name
    kind = entry["kind"]
    if kind == "page":
        # typed as the page it is: an envelope whose data is {totalCount, list}
        _, _, op = BY_NAME[entry["operations"][0]]
        envelope = op["responses"]["200"]["content"]["application/json"]["schema"]
        page = envelope["properties"]["data"]["$ref"].rsplit("/", 1)[1]
        assert SCHEMAS[page].get("x-page") and op["x-page-fix"]["why"] == entry["reason"]
        return
    prop, required = _field(entry)
    if kind == "only-server":
        assert (prop is not None) == (entry["choice"] == "server")
        return
    assert prop is not None
    if kind == "only-sdk":
        assert entry["choice"] == "sdk"
    elif kind == "type":
        assert shape(prop, SCHEMAS) == entry["spec"]
    elif kind == "required":
        assert required == entry["spec"]
    elif kind == "enum":
        assert prop.get("items", prop)["enum"] == entry["spec"]
    else:
        raise AssertionError(f"unknown kind {kind}")
    assert entry["choice"] in ("sdk", "server", "both") and entry["reason"]


def test_every_field_taken_from_the_server_is_in_the_reconciliation():
    listed = {
        (e["schema"] or e["operations"][0], e["field"])
        for e in RECONCILIATION
        if e["kind"] == "only-server" and e["choice"] == "server"
    }
    taken = {
        (dto, wire)
        for dto, schema in SCHEMAS.items()
        for wire, prop in schema.get("properties", {}).items()
        if prop.get("x-source") == "server-openapi"
    }
    taken |= {
        (op["x-python-name"], name)
        for _, _, op in OPERATIONS
        for name in op.get("x-server-params", [])
    }
    assert taken == listed


def test_the_reconciliation_table_is_rendered_from_its_json():
    render = _server_openapi().render_markdown
    text = (ROOT / "spec" / "reconciliation.md").read_text(encoding="utf-8")
    assert text == render(RECONCILIATION)


def test_operations_only_the_server_documents_are_named_as_genauths_python_docs_name_them():
    docs_name = _server_openapi().docs_name
    for _, _, op in OPERATIONS:
        if op["x-source"] != "server-openapi":
            continue
        expected = docs_name(op["x-operation-id"])
        collision = op.get("x-name-collision")
        if collision is None:
            assert op["x-python-name"] == expected
        else:
            # the docs' name is an official SDK method of another route: said in the spec
            assert collision["docs-name"] == expected and expected in OFFICIAL
            assert op["x-python-name"] != expected and collision["resolution"]
        assert op["x-python-params"] is not None and not op.get("x-keyword-only")
