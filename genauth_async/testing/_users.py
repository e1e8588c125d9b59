"""User Management endpoints (contract: genauth-api/user-management.md).

One handler per endpoint, in the order of the contract. See `_app.py` for the pattern.
"""

from __future__ import annotations

from typing import Any

from ._app import Call, bad_request, routes

__all__: list[str] = []

_APPLICATION_MFA_FIELDS: dict[str, tuple[type, ...]] = {
    "mfaPolicy": (str,),
    "status": (int, float),
    "sort": (int, float),
}


@routes.get("/api/v3/get-user-principal-authentication-info")
def get_user_principal_authentication_info(call: Call) -> Any:
    items = call.user().principal_auth
    return {"totalCount": len(items), "list": [dict(item) for item in items]}


@routes.post("/api/v3/reset-user-principal-authentication-info")
def reset_user_principal_authentication_info(call: Call) -> Any:
    user = call.user(user_id_type=call.options().get("userIdType"))
    user.principal_auth = []
    call.count_write(user)
    return {"success": True}


@routes.post("/api/v3/set-mfa-status")
def set_users_mfa_status(call: Call) -> Any:
    data = call.require("mfaTriggerData", dict)
    _check_mfa_trigger_data(data)
    user = call.user()
    user.mfa_trigger_data = data
    call.count_write(user)
    return {"success": True}


@routes.get("/api/v3/get-mfa-status")
def get_user_mfa_status(call: Call) -> Any:
    # A user whose MFA data was never set gets an empty GetMfaInfoDataDto rather than a 404,
    # which would read as "no such user".
    return call.user().mfa_trigger_data or {"mfaToken": "", "applicationMfa": []}


def _check_mfa_trigger_data(data: dict[str, Any]) -> None:
    """GetMfaInfoDataDto: `mfaToken` and `applicationMfa[{mfaPolicy, status, sort}]` required."""
    if not isinstance(data.get("mfaToken"), str):
        raise bad_request("mfaTriggerData.mfaToken is required and must be a string")
    items = data.get("applicationMfa")
    if not isinstance(items, list):
        raise bad_request("mfaTriggerData.applicationMfa is required and must be an array")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad_request(f"mfaTriggerData.applicationMfa[{i}] must be an object")
        for name, kinds in _APPLICATION_MFA_FIELDS.items():
            value = item.get(name)
            if not isinstance(value, kinds) or isinstance(value, bool):
                raise bad_request(
                    f"mfaTriggerData.applicationMfa[{i}].{name} is required "
                    f"and must be a {'string' if str in kinds else 'number'}"
                )
