"""Webhooks: definitions, and a delivery log that `trigger-webhook` writes to.

The emulator sends nothing over the network: a trigger records the delivery it would make
(`get-webhook-logs` lists them), answered as if the receiver said HTTP 200.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._state import EmulatorState, iso
from ._shared import new_id, not_found, page

__all__ = ["SERVICE", "WebhooksBackend"]


class WebhooksBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("webhooks",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.hooks: dict[str, dict[str, Any]] = {}
        """WebhookDto dicts by webhookId."""
        self.logs: list[dict[str, Any]] = []
        """WebhookLogDto dicts, oldest first."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"webhooks": [dict(h) for h in self.hooks.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["webhooks"]:
            if not isinstance(item.get("webhookId"), str) or not item["webhookId"]:
                raise ValueError("a webhook needs a webhookId")
            self.hooks[item["webhookId"]] = dict(item)


def _hooks(call: Call) -> WebhooksBackend:
    return call.state.backend(WebhooksBackend)


def find(call: Call, webhook_id: Any) -> dict[str, Any]:
    hook = _hooks(call).hooks.get(webhook_id)
    if hook is None:
        raise not_found("webhook", webhook_id)
    return hook


_FIELDS = ("name", "url", "events", "contentType", "enabled", "secret", "retryConfig")


routes = RouteTable()


@routes.post("/api/v3/create-webhook")
def create_webhook(call: Call) -> Any:
    now, webhook_id = iso(call.state.clock()), new_id()
    hook: dict[str, Any] = {"webhookId": webhook_id, "createdAt": now, "updatedAt": now}
    hook["enabled"] = True
    hook.update((k, call.body[k]) for k in _FIELDS if call.body.get(k) is not None)
    _hooks(call).hooks[webhook_id] = hook
    return dict(hook)


@routes.get("/api/v3/get-webhook")
def get_webhook(call: Call) -> Any:
    return dict(find(call, call.params["webhookId"]))


@routes.get("/api/v3/list-webhooks")
def list_webhooks(call: Call) -> Any:
    return page(call, [dict(h) for h in _hooks(call).hooks.values()])


@routes.post("/api/v3/update-webhook")
def update_webhook(call: Call) -> Any:
    hook = find(call, call.body["webhookId"])
    hook.update((k, call.body[k]) for k in _FIELDS if call.body.get(k) is not None)
    hook["updatedAt"] = iso(call.state.clock())
    return dict(hook)


@routes.post("/api/v3/delete-webhook")
def delete_webhook(call: Call) -> Any:
    for webhook_id in call.body["webhookIds"]:
        _hooks(call).hooks.pop(webhook_id, None)
    return {"success": True}


@routes.post("/api/v3/trigger-webhook")
def trigger_webhook(call: Call) -> Any:
    hook = find(call, call.body["webhookId"])
    response = {"statusCode": 200, "headers": {}, "body": "ok"}
    _hooks(call).logs.append(
        {
            "webhookId": hook["webhookId"],
            "eventName": "test",
            "requestBody": call.body.get("requestBody") or {},
            "requestHeaders": call.body.get("requestHeaders") or {},
            "responseStatusCode": 200,
            "responseHeaders": {},
            "responseBody": "ok",
            "timestamp": iso(call.state.clock()),
            "success": True,
        }
    )
    return {"response": response}


@routes.post("/api/v3/get-webhook-logs")
def get_webhook_logs(call: Call) -> Any:
    find(call, call.body["webhookId"])
    logs = [dict(x) for x in _hooks(call).logs if x["webhookId"] == call.body["webhookId"]]
    return page(call, logs[::-1])


SERVICE = Service("webhooks", routes, backends=(WebhooksBackend,))
