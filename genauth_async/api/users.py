"""User Management endpoints (GenAuth docs: Management API > User Management)."""

from __future__ import annotations

from typing import Any

from .._transport import Endpoint, TimeoutArg
from ..models.users import (
    IsSuccess,
    MfaTriggerData,
    PrincipalAuthenticationInfoPaging,
    ResetUserPrincipalAuthenticationInfo,
    ResetUserPrincipalAuthenticationInfoOptions,
    SetMfaStatus,
    UserIdType,
)
from ._base import APIModule, as_model, check_user_id_type, require_id

__all__ = ["ENDPOINTS", "UsersAPI"]

_get, _post = Endpoint.get, Endpoint.post

#: every endpoint of this module by its Python name (the README table is checked against it)
ENDPOINTS: dict[str, Endpoint[Any]] = {
    "get_user_principal_authentication_info": _get(
        "api/v3/get-user-principal-authentication-info", PrincipalAuthenticationInfoPaging
    ),
    "reset_user_principal_authentication_info": _post(
        "api/v3/reset-user-principal-authentication-info", IsSuccess, idempotent=True
    ),
    "set_users_mfa_status": _post("api/v3/set-mfa-status", IsSuccess, idempotent=True),
    "get_user_mfa_status": _get("api/v3/get-mfa-status", MfaTriggerData),
}
_E = ENDPOINTS


class UsersAPI(APIModule):
    """User Management: profiles, real-name (principal) authentication, MFA, sessions."""

    __slots__ = ()

    async def get_user_principal_authentication_info(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
    ) -> PrincipalAuthenticationInfoPaging:
        """The user's real-name (principal) authentication records."""
        return await self._transport.request(
            _E["get_user_principal_authentication_info"],
            query={"userId": require_id(user_id, "user_id"), "userIdType": _uit(user_id_type)},
            timeout=timeout,
        )

    async def reset_user_principal_authentication_info(
        self,
        *,
        user_id: str,
        options: ResetUserPrincipalAuthenticationInfoOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
    ) -> IsSuccess:
        """Delete the user's real-name (principal) authentication info."""
        body = ResetUserPrincipalAuthenticationInfo(
            user_id=require_id(user_id, "user_id"),
            options=as_model(
                options, ResetUserPrincipalAuthenticationInfoOptions, "options", optional=True
            ),
        )
        return await self._transport.request(
            _E["reset_user_principal_authentication_info"], body=body, timeout=timeout
        )

    async def set_users_mfa_status(
        self,
        *,
        user_id: str,
        mfa_trigger_data: MfaTriggerData | dict[str, Any],
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
    ) -> IsSuccess:
        """Set the user's MFA status (the MFA trigger data)."""
        body = SetMfaStatus(
            user_id=require_id(user_id, "user_id"),
            mfa_trigger_data=as_model(mfa_trigger_data, MfaTriggerData, "mfa_trigger_data"),
            user_id_type=_uit(user_id_type),
        )
        return await self._transport.request(_E["set_users_mfa_status"], body=body, timeout=timeout)

    async def get_user_mfa_status(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
    ) -> MfaTriggerData:
        """The user's MFA status (the MFA trigger data)."""
        return await self._transport.request(
            _E["get_user_mfa_status"],
            query={"userId": require_id(user_id, "user_id"), "userIdType": _uit(user_id_type)},
            timeout=timeout,
        )


_uit = check_user_id_type
