"""Build ``spec/genauth-authentication.openapi.json``: the end-user (v3) half of GenAuth.

Two sources, as for the management spec (``tools/build_spec.py``):

* what the installed official ``genauth.AuthenticationClient`` sends: for each public method
  that makes one request to a JSON-envelope route, its name, positional parameters, HTTP
  method, path and the query or body field names (read from its source, not run);
* GenAuth's server document ``authentication-openapi.json``: the field types, required flags,
  the answer's schema and whether the route needs the end user's token (``security: bearer``).

Protocol routes that answer plain JSON (``/oidc/*``, ``/oauth/*``, ``/cas-idp/*``,
``/mfa/*``) and the methods that call another method (``sign_in_by_email_password`` ->
``sign_in_by_credentials``) are written by hand in ``genauth_async/authentication.py``.

    python tools/build_auth_spec.py --server-openapi FILE [--out SPEC]

(``--server-openapi`` may also be given as ``$GENAUTH_SERVER_AUTHENTICATION_OPENAPI``.)
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import server_openapi
from build_spec import class_names_of, finish_schemas, official_summary, write_spec
from naming import snake

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "spec" / "genauth-authentication.openapi.json"
MODULE = "authentication"
#: what the client sends on every call, as the server document names it
APP_HEADERS = {"x-authing-app-id", "x-authing-app-tenant-id"}
#: routes the server document marks bearer-only that GenAuth also serves without a user's
#: token: the passcodes for signing in, signing up and resetting a password are sent before
#: there is a user (the official client sends them without one)
TOKEN_OPTIONAL = frozenset({"send_sms", "send_email"})
#: not JSON envelopes: hand-written over ``Transport.protocol_request``
PROTOCOL_PREFIXES = ("/oidc/", "/oauth/", "/cas-idp/", "/mfa/")
#: requests the generated shape cannot send as the official client does (hand-written):
#: ``put_event`` sends ``eventData`` as a JSON text of its ``data``
HAND_WRITTEN = frozenset({"put_event"})
#: where the official description makes no one-line summary
SUMMARIES = {
    "list": "List the end user's devices.",
    "unbind": "Unbind one of the end user's devices.",
    "revoke": "Sign one of the end user's devices out.",
    "sign_in_by_push": "Sign in by a push to the user's authenticator app.",
    "get_alipay_auth_info": "Get the Alipay auth info of an external identity source connection.",
    "list_public_accounts_for_switch_logged_in": "The public accounts the user can switch to.",
    "get_push_login_relation_apps": "The applications related to a push login request.",
    "get_fastpass_params": "The applications a fast-authentication QR code serves.",
    "list_credentials_by_page": "List the user's WebAuthn credentials.",
    "check_valid_credentials_by_cred_ids": "Check which WebAuthn credentials are still valid.",
    "remove_all_credentials": "Remove the user's WebAuthn credentials of an authenticator.",
    "remove_credential": "Remove one of the user's WebAuthn credentials.",
}
#: a replay of these changes nothing more (the rest of the POSTs are not retried)
IDEMPOTENT_POSTS = frozenset(
    {
        "check_permission_by_string_resource",
        "check_permission_by_array_resource",
        "check_permission_by_tree_resource",
        "get_user_auth_resource_permission_list",
        "get_user_auth_resource_struct",
        "update_profile",
        "get_push_login_relation_apps",
        "get_wechat_mp_access_token_info",
        "list_credentials_by_page",
        "check_valid_credentials_by_cred_ids",
    }
)


def official_requests() -> list[dict[str, Any]]:
    """Each public method of the official client that sends one request, as data."""
    from genauth import AuthenticationClient as module

    tree = ast.parse(inspect.getsource(module))
    cls = next(
        n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "AuthenticationClient"
    )
    found = []
    for fn in cls.body:
        if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
            continue
        calls = [
            c
            for c in ast.walk(fn)
            if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and c.func.attr == "request"
            and ast.unparse(c.func.value) == "self.http_client"
        ]
        if len(calls) != 1:
            continue
        kw = {k.arg: k.value for k in calls[0].keywords}
        url = kw.get("url")
        if not isinstance(url, ast.Constant) or not isinstance(url.value, str):
            continue
        fields: dict[str, str] = {}  # wire name -> the official parameter sent there
        place = "query" if "params" in kw else "body"
        sent = kw.get("params") or kw.get("json")
        if isinstance(sent, ast.Dict):
            for key, value in zip(sent.keys, sent.values, strict=True):
                assert isinstance(key, ast.Constant), fn.name
                fields[key.value] = ast.unparse(value)
        args = [a.arg for a in fn.args.args[1:]]
        found.append(
            {
                "name": fn.name,
                "method": ast.literal_eval(kw["method"]).lower(),
                "path": url.value,
                "params": args,
                "optional": args[len(args) - len(fn.args.defaults) :],
                "place": place,
                "fields": fields,
            }
        )
    return found


def basic_auth_paths() -> set[str]:
    """The routes where the official client means to send the application's Basic header
    (``endpoints_to_send_basic_header`` in its HTTP client; it never does, see A2)."""
    from genauth.http import AuthenticationHttpClient as module

    tree = ast.parse(inspect.getsource(module))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "endpoints_to_send_basic_header"
            for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise SystemExit("the official HTTP client no longer lists its Basic-header routes")


def build(server_doc: Path) -> dict[str, Any]:
    from genauth.AuthenticationClient import AuthenticationClient

    server = json.loads(server_doc.read_text(encoding="utf-8"))
    schemas: dict[str, Any] = {}
    conv = server_openapi.Converter(server, schemas)
    paths: dict[str, Any] = {}
    basic = basic_auth_paths()
    for req in official_requests():
        name, method, path = req["name"], req["method"], req["path"]
        if path.startswith(PROTOCOL_PREFIXES) or name in HAND_WRITTEN:
            continue
        source = server["paths"].get(path, {}).get(method)
        if source is None:
            raise SystemExit(f"{method.upper()} {path} ({name}): not in the server document")
        for wire, value in req["fields"].items():
            if value != snake(wire) or value not in req["params"]:
                raise SystemExit(f"{name}: sends {wire}={value}; add it to HAND_WRITTEN")
        official = getattr(AuthenticationClient, name)
        text = SUMMARIES.get(name) or official_summary(official)
        op: dict[str, Any] = {
            "operationId": name,
            "tags": [MODULE],
            "summary": text,
            "x-python-name": name,
            "x-module": MODULE,
            "x-idempotent": method == "get" or name in IDEMPOTENT_POSTS,
            "x-source": "python-sdk",
            "x-operation-id": source["operationId"],
        }
        # the end user's token: required where the server's alternatives (OpenAPI: any one
        # of them) all need it or a user pool id, which an application does not send; else
        # sent when there is one
        alternatives = source.get("security") or ()
        needs_user = (
            any("bearer" in s for s in alternatives)
            and not any(set(s) <= APP_HEADERS for s in alternatives)
            and name not in TOKEN_OPTIONAL
        )
        op["security"] = [{"bearer": []}] if needs_user else []
        if path in basic:
            # with client_secret_basic the application authenticates, not the end user
            op["x-client-authentication"] = True
        server_params = {p["name"]: p for p in source.get("parameters", [])}
        # a path's id: the official client sends the literal ``{credentialID}``
        # (remove_credential); ours takes it, keyword-only
        parameters = [conv.param(p) for p in server_params.values() if p["in"] == "path"]
        if req["place"] == "query":
            parameters += [
                _query_param(conv, server_params.get(wire), wire) for wire in req["fields"]
            ]
        if parameters:
            op["parameters"] = parameters
        if req["place"] == "body" and req["fields"]:
            op["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": _body(conv, source, req, name)}},
            }
        elif req["place"] == "body" and method == "post":
            op["x-empty-body"] = True
        op["x-python-params"] = req["params"]
        op["x-python-optional"] = sorted(req["optional"])
        op["responses"] = {"200": server_openapi.answer(conv, source)}
        paths.setdefault(path, {})[method] = op
    spec = {
        "openapi": "3.1.0",
        "info": {
            "title": "GenAuth Authentication API",
            "version": "3",
            "description": (
                "The end-user (v3) routes of GenAuth's authentication API, as the official "
                "Python SDK (genauth 5.1.0) calls them, typed by GenAuth's server document. "
                "Every answer is the envelope {statusCode, message, apiCode, data}; the end "
                "user's access token goes in the authorization header."
            ),
        },
        "servers": [{"url": "https://api.genauth.ai"}],
        "tags": [
            {
                "name": MODULE,
                "description": "The end user's own calls: sign-in and sign-up, profile, "
                "factors, devices, permissions.",
            }
        ],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
    finish_schemas(spec, class_names_of(schemas, set(schemas)), [], {})
    return spec


def _query_param(
    conv: server_openapi.Converter, source: dict[str, Any] | None, wire: str
) -> dict[str, Any]:
    if source is None:  # sent by the official client, not in the server document
        return {"name": wire, "in": "query", "required": False, "schema": {}}
    return conv.param(source)


def _body(
    conv: server_openapi.Converter, source: dict[str, Any], req: dict[str, Any], name: str
) -> dict[str, Any]:
    """The server's request DTO, with any field the official client sends that it lacks."""
    body = source.get("requestBody")
    dto = server_openapi.server_ref(body["content"]["application/json"]["schema"]) if body else None
    if dto is None:
        dto = "".join(p.title() for p in name.split("_")) + "Dto"
        conv.schemas[dto] = {"type": "object", "properties": {}, "x-source": "python-sdk"}
    schema = conv.ref(dto)
    if "$ref" not in schema:
        conv.schemas[dto] = {"type": "object", "properties": {}, "x-source": "python-sdk"}
        schema = {"$ref": f"#/components/schemas/{dto}"}
    component = conv.schemas[dto]
    added = [w for w in req["fields"] if w not in component["properties"]]
    for wire in added:
        component["properties"][wire] = {}
    if added:
        component["x-official-fields-added"] = sorted(
            set(component.get("x-official-fields-added", [])) | set(added)
        )
    return schema


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--server-openapi",
        type=Path,
        default=os.environ.get("GENAUTH_SERVER_AUTHENTICATION_OPENAPI"),
        help="GenAuth's authentication-openapi.json",
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if args.server_openapi is None:
        ap.error("--server-openapi FILE is required")
    write_spec(build(Path(args.server_openapi)), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
