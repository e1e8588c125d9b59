"""Customizations of the end user's generated API: what the spec cannot say as data.

The generator never touches this file. It holds the official shortcuts that call another
method (``sign_in_by_email_password`` is ``sign_in_by_credentials`` with a password payload),
and the calls the spec does not describe: ``put_event`` (its data sent as JSON text) and
``verify_mfa_token`` (a protocol route, form-encoded, answering plain JSON).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import orjson

from .._auth import Redacted
from .._checks import require_id
from .._endpoint import Endpoint
from .._transport import TimeoutArg
from .authentication import AuthenticationAPI

if TYPE_CHECKING:
    from ..models import authentication as models

__all__ = ["PATCH_ENDPOINTS", "AuthenticationCustomizations"]

PATCH_ENDPOINTS: dict[str, Endpoint[Any]] = {
    "put_event": Endpoint("POST", "api/v3/pub-userEvent", None, idempotent=False),
}


class AuthenticationCustomizations(AuthenticationAPI):
    """The official shortcuts over the generated methods, and the calls the spec lacks."""

    __slots__ = ()
    #: set by the client (``client_secret_post`` sends the app's credentials in the body)
    app_id: str
    token_endpoint_auth_method: str
    _secret: Redacted[str | None]

    def _credentials(self) -> tuple[str | None, str | None]:
        """``client_id``/``client_secret`` for a sign-in body, as the official SDK sends them:
        only with ``client_secret_post``."""
        if self.token_endpoint_auth_method != "client_secret_post":
            return None, None
        return self.app_id, self._secret.value

    async def _sign_in(
        self,
        connection: str,
        payload: str,
        fields: Mapping[str, Any],
        options: Any,
        timeout: TimeoutArg,
        deadline: float | None,
    ) -> models.LoginTokenResponseData:
        client_id, client_secret = self._credentials()
        # the one payload this connection takes, its unset fields left out (as the official
        # SDK's requests leave them); typed Any: it is checked by the model it goes into
        sent: dict[str, Any] = {payload: {k: v for k, v in fields.items() if v is not None}}
        return await self.sign_in_by_credentials(
            connection,
            options=options,
            client_id=client_id,
            client_secret=client_secret,
            timeout=timeout,
            deadline=deadline,
            **sent,
        )

    async def _sign_up(
        self,
        connection: str,
        payload: str,
        fields: Mapping[str, Any],
        profile: Any,
        options: Any,
        timeout: TimeoutArg,
        deadline: float | None,
    ) -> models.User:
        # the one payload this connection takes, its unset fields left out (as the official
        # SDK's requests leave them); typed Any: it is checked by the model it goes into
        sent: dict[str, Any] = {payload: {k: v for k, v in fields.items() if v is not None}}
        return await self.sign_up(
            connection,
            profile=profile,
            options=options,
            timeout=timeout,
            deadline=deadline,
            **sent,
        )

    async def sign_in_by_email_password(
        self,
        email: str,
        password: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by email and password."""
        fields = {"email": email, "password": password}
        return await self._sign_in(
            "PASSWORD", "password_payload", fields, options, timeout, deadline
        )

    async def sign_in_by_phone_password(
        self,
        phone: str,
        password: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by phone number and password."""
        fields = {"phone": phone, "password": password}
        return await self._sign_in(
            "PASSWORD", "password_payload", fields, options, timeout, deadline
        )

    async def sign_in_by_username_password(
        self,
        username: str,
        password: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by username and password."""
        fields = {"username": username, "password": password}
        return await self._sign_in(
            "PASSWORD", "password_payload", fields, options, timeout, deadline
        )

    async def sign_in_by_account_password(
        self,
        account: str,
        password: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by account (username, phone or email) and password."""
        fields = {"account": account, "password": password}
        return await self._sign_in(
            "PASSWORD", "password_payload", fields, options, timeout, deadline
        )

    async def sign_in_by_email_passcode(
        self,
        email: str,
        pass_code: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by email and a one-time code (``send_email`` sends it)."""
        fields = {"email": email, "passCode": pass_code}
        return await self._sign_in(
            "PASSCODE", "pass_code_payload", fields, options, timeout, deadline
        )

    async def sign_in_by_phone_passcode(
        self,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by phone number and a one-time code (``send_sms`` sends it)."""
        fields = {"phone": phone, "passCode": pass_code, "phoneCountryCode": phone_country_code}
        return await self._sign_in(
            "PASSCODE", "pass_code_payload", fields, options, timeout, deadline
        )

    async def sign_in_by_ldap(
        self,
        sAMAccountName: str,
        password: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by LDAP account and password."""
        fields = {"sAMAccountName": sAMAccountName, "password": password}
        return await self._sign_in("LDAP", "ldap_payload", fields, options, timeout, deadline)

    async def sign_in_by_ad(
        self,
        sAMAccountName: str,
        password: str,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Sign in by Windows AD account and password."""
        fields = {"sAMAccountName": sAMAccountName, "password": password}
        return await self._sign_in("AD", "ad_payload", fields, options, timeout, deadline)

    async def sign_up_by_email_password(
        self,
        email: str,
        password: str,
        profile: Any = None,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Sign up by email and password."""
        fields = {"email": email, "password": password}
        return await self._sign_up(
            "PASSWORD", "password_payload", fields, profile, options, timeout, deadline
        )

    async def sign_up_by_username_password(
        self,
        username: str,
        password: str,
        profile: Any = None,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Sign up by username and password."""
        fields = {"username": username, "password": password}
        return await self._sign_up(
            "PASSWORD", "password_payload", fields, profile, options, timeout, deadline
        )

    async def sign_up_by_email_passcode(
        self,
        email: str,
        pass_code: str,
        profile: Any = None,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Sign up by email and a one-time code (``send_email`` sends it)."""
        fields = {"email": email, "passCode": pass_code}
        return await self._sign_up(
            "PASSCODE", "pass_code_payload", fields, profile, options, timeout, deadline
        )

    async def sign_up_by_phone_passcode(
        self,
        phone: str,
        pass_code: str,
        phone_country_code: str | None = None,
        profile: Any = None,
        options: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Sign up by phone number and a one-time code (``send_sms`` sends it)."""
        fields = {"phone": phone, "passCode": pass_code, "phoneCountryCode": phone_country_code}
        return await self._sign_up(
            "PASSCODE", "pass_code_payload", fields, profile, options, timeout, deadline
        )

    async def put_event(
        self,
        event_code: str,
        data: Any,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> Any:
        """Publish an authentication event as the end user (``data``: any JSON value, sent
        as JSON text, as the official SDK sends it)."""
        try:
            text = orjson.dumps(data).decode()
        except TypeError as exc:
            raise TypeError(f"data must be a JSON value: {exc}") from None
        body = {"eventType": require_id(event_code, "event_code"), "eventData": text}
        return await self._transport.request(
            PATCH_ENDPOINTS["put_event"],
            body=orjson.dumps(body),
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def verify_mfa_token(
        self, token: str, *, timeout: TimeoutArg = None, deadline: float | None = None
    ) -> dict[str, Any]:
        """Introspect an ``mfa_token``: ``{"active": ..., "userId": ..., ...}`` (the official
        method sends no token; this one does)."""
        result: dict[str, Any] = await self._transport.protocol_request(
            "POST",
            "mfa/token/introspection",
            form=Redacted({"token": require_id(token, "token")}),
            timeout=timeout,
            deadline=deadline,
        )
        return result
