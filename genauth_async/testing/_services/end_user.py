"""The end user's v3 routes, stateful over the user pool (one service: backend, handlers).

- `POST /api/v3/signin`: `connection` `PASSWORD` (`account`, `username`, `email` or `phone`
  with `password`) or `PASSCODE` (`email` or `phone` with a code sent by `send-email` /
  `send-sms`): a token set whose `access_token` is a JWT of the OIDC provider (`oidc.py`),
  verifiable offline through its JWKS, and live on the end user's routes;
- `POST /api/v3/signup`: `PASSWORD` (`username` or `email`) or `PASSCODE`: a new user;
- `POST /api/v3/send-sms`, `POST /api/v3/send-email`: a 6-digit passcode, one use, kept per
  phone or email (`EndUserBackend.last_passcode()`, `GenAuthEmulator.last_passcode()`); the
  user's token is needed except for the login, register, password reset and unlock channels;
- `get-profile`, `update-profile`, `update-password`, `bind-email`, `unbind-email`,
  `bind-phone`, `unbind-phone` (with a passcode sent to the new, or current, address);
- `get-my-role-list`, `get-my-group-list`, `get-my-accessible-apps`: the management side's
  roles, groups and applications of the token's user;
- MFA factors: `send-enroll-factor-request` (`OTP`: a new TOTP secret in `otpData.qrCodeUri`;
  `SMS`/`EMAIL`: a passcode to the profile's phone or email), `enroll-factor` (the current
  TOTP code, or the passcode), `list-enrolled-factors`, `get-factor`, `reset-factor`, and
  `mfa-totp-verify`. TOTP is RFC 6238 (SHA-1, 6 digits, 30 s, one step of drift either way),
  written here over `hmac` as no TOTP library is a dependency; an enrolled OTP factor is
  also the user's `otp` on the management side.

A seeded user's password is `seeded_password(i)`, a user's own `password` wins (as for
the provider's password grant). The other end user's routes stay schema-shaped.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import struct
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

from .._routing import (
    INVALID_CREDENTIALS_API_CODE,
    NOT_FOUND_API_CODE,
    TOKEN_INVALID_API_CODE,
    ApiError,
    Call,
    RouteTable,
    Service,
    bad_request,
    end_user_token,
)
from .._state import EmulatorState, EmulatorUser
from ._shared import user_dto_of
from .applications import ApplicationsBackend
from .groups import GroupsBackend
from .oidc import OidcError, basic_credentials, issuer_of, oidc_backend
from .roles import RolesBackend
from .users import UsersBackend

__all__ = ["SERVICE", "EndUserBackend", "totp"]

#: what the end user changes by other routes (bind, update-password) or not at all
_NOT_PROFILE: Final = frozenset(
    {"email", "phone", "phoneCountryCode", "emailVerified", "phoneVerified", "status", "password"}
)


def _wrong_credentials(message: str) -> ApiError:
    return ApiError(401, INVALID_CREDENTIALS_API_CODE, message)


def totp(secret: str, at: float, *, step: int = 30, digits: int = 6) -> str:
    """The RFC 6238 code (HMAC-SHA-1) of a base32 `secret` at time `at`."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    mac = hmac.digest(key, struct.pack(">Q", int(at // step)), "sha1")
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


@dataclass
class _Enrollment:
    user_id: str
    factor_type: str
    profile: dict[str, Any]
    secret: str | None = None
    """The TOTP secret (OTP), else None: the passcode went to the profile's target."""
    recovery_code: str = ""


@dataclass
class EndUserBackend:
    """Passcodes and the end user's own changes: plain arguments in, users and tokens out."""

    state: EmulatorState = field(repr=False)
    fixture_keys: ClassVar[tuple[str, ...]] = ()
    passcodes: dict[str, str] = field(default_factory=dict, repr=False)
    """The live passcode of each phone or email (a new one replaces it; a use spends it)."""
    enrollments: dict[str, _Enrollment] = field(default_factory=dict, repr=False)
    """Pending factor enrollments by enrollment token."""
    factors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Each user's enrolled factors (FactorDto dicts) by user id."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        return None

    # -- passcodes -------------------------------------------------------------------------

    def send_passcode(self, target: str) -> str:
        """A new 6-digit code for that phone or email (what the SMS or email would carry)."""
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.passcodes[target] = code
        return code

    def last_passcode(self, target: str) -> str | None:
        """The live code of that phone or email, if any."""
        return self.passcodes.get(target)

    def spend_passcode(self, target: str, code: str) -> None:
        """Check and spend the code (400 if it is not the live one)."""
        expected = self.passcodes.get(target)
        if expected is None or not hmac.compare_digest(expected.encode(), code.encode()):
            raise bad_request("the passcode is wrong, spent or was never sent")
        del self.passcodes[target]

    # -- sign-in, sign-up ------------------------------------------------------------------

    def find(self, kind: str, login: str) -> EmulatorUser | None:
        pool = self.state.pool
        if kind == "account":
            return oidc_backend(self.state).find_user(login)
        return pool.resolve(kind, login)

    def sign_in_by_password(self, kind: str, login: str, password: str) -> EmulatorUser:
        provider = oidc_backend(self.state)
        user = self.find(kind, login)
        if user is None or not provider.check_password(user, password):
            raise _wrong_credentials("wrong account or password")
        return user

    def sign_in_by_passcode(self, kind: str, target: str, code: str) -> EmulatorUser:
        self.spend_passcode(target, code)
        user = self.find(kind, target)
        if user is None:
            raise _wrong_credentials(f"no user with that {kind}")
        return user

    def tokens(self, user: EmulatorUser, app_id: str, scope: str, issuer: str) -> dict[str, Any]:
        """The LoginTokenResponseData of a signed-in user."""
        provider = oidc_backend(self.state)
        issued = provider.issue_tokens(user, app_id, scope, issuer, self.state.clock())
        kept = ("access_token", "id_token", "refresh_token")
        out: dict[str, Any] = {k: issued[k] for k in kept if k in issued}
        return {**out, "token_type": issued["token_type"], "expire_in": issued["expires_in"]}

    def sign_up(self, data: dict[str, Any]) -> EmulatorUser:
        """A new user from CreateUserReqDto-like `data` (400 if taken or unfit)."""
        users = self.state.backend(UsersBackend)
        user = users.new(data, "signup")
        user.user_source_type = "register"
        users.add([user])
        return user

    # -- the user's own changes ------------------------------------------------------------

    def update_profile(self, user: EmulatorUser, changes: dict[str, Any]) -> None:
        refused = sorted(set(changes) & _NOT_PROFILE)
        if refused:
            raise bad_request(f"not changed by update-profile: {', '.join(refused)}")
        self.state.backend(UsersBackend).update(user, changes, "body")

    def update_password(self, user: EmulatorUser, new: str, old: str | None) -> None:
        """Set a new password; `old` must be the current one, if the user has one."""
        provider = oidc_backend(self.state)
        if provider.password_of(user) is not None and (
            old is None or not provider.check_password(user, old)
        ):
            raise bad_request("oldPassword is wrong")
        user.password = new

    def bind(self, user: EmulatorUser, kind: str, target: str, code: str) -> None:
        """Set the user's email or phone (verified) with a code sent to it."""
        if getattr(user, kind):
            raise bad_request(f"the user already has a {kind}: unbind it first")
        self.spend_passcode(target, code)
        try:
            self.state.pool.update(user, **{kind: target})
        except ValueError as exc:
            raise bad_request(str(exc)) from None
        setattr(user, f"{kind}_verified", True)

    def unbind(self, user: EmulatorUser, kind: str, code: str) -> None:
        """Remove the user's email or phone, with a code sent to it."""
        current = getattr(user, kind)
        if not current:
            raise bad_request(f"the user has no {kind}")
        self.spend_passcode(current, code)
        self.state.pool.update(user, **{kind: None})
        setattr(user, f"{kind}_verified", False)

    def roles(self, user: EmulatorUser, namespace: str | None) -> list[dict[str, Any]]:
        held = self.state.backend(RolesBackend).of_user(user)
        return [r for r in held if namespace in (None, r.get("namespace"))]

    def groups(self, user: EmulatorUser) -> list[dict[str, Any]]:
        held = self.state.backend(GroupsBackend).of_user(user)
        return [{"metadataSource": [], "members": [], **g} for g in held]

    def accessible_apps(self, user: EmulatorUser) -> list[dict[str, Any]]:
        apps = self.state.backend(ApplicationsBackend).of_user(user)
        keep = ("appId", "appName", "appLoginUrl", "appLogo")
        return [{**{k: a.get(k) or "" for k in keep}, "active": True} for a in apps]

    # -- MFA factors -----------------------------------------------------------------------

    def request_enrollment(
        self, user: EmulatorUser, factor_type: str, profile: dict[str, Any]
    ) -> dict[str, Any]:
        """Start enrolling a factor: SendEnrollFactorRequestData."""
        token = secrets.token_urlsafe(16)
        enrollment = _Enrollment(user.user_id, factor_type, profile)
        answer: dict[str, Any] = {"enrollmentToken": token}
        if factor_type == "OTP":
            enrollment.secret = base64.b32encode(secrets.token_bytes(20)).decode()
            enrollment.recovery_code = secrets.token_hex(8)
            label = urllib.parse.quote(f"GenAuth:{user.username or user.email or user.user_id}")
            uri = f"otpauth://totp/{label}?secret={enrollment.secret}&issuer=GenAuth"
            answer["otpData"] = {
                "qrCodeUri": uri,
                "qrCodeDataUrl": "",
                "recoveryCode": enrollment.recovery_code,
            }
        elif factor_type in ("SMS", "EMAIL"):
            key = "phoneNumber" if factor_type == "SMS" else "email"
            target = profile.get(key)
            if not isinstance(target, str) or not target:
                raise bad_request(f"profile.{key} is required for {factor_type}")
            self.send_passcode(target)
        else:
            raise bad_request(f"factorType {factor_type} is not supported by the emulator")
        self.enrollments[token] = enrollment
        return answer

    def enroll(self, user: EmulatorUser, factor_type: str, token: str, code: str) -> None:
        """Finish an enrollment with the TOTP code, or the passcode sent."""
        enrollment = self.enrollments.get(token)
        if (
            enrollment is None
            or enrollment.user_id != user.user_id
            or enrollment.factor_type != factor_type
        ):
            raise bad_request("enrollmentToken is unknown, used, or for another user or type")
        if enrollment.secret is not None:
            if not self.check_totp(enrollment.secret, code):
                raise bad_request("the TOTP code is wrong")
            user.otp = {"secret": enrollment.secret, "recoveryCode": enrollment.recovery_code}
        else:
            key = "phoneNumber" if factor_type == "SMS" else "email"
            self.spend_passcode(enrollment.profile[key], code)
        del self.enrollments[token]
        factors = self.factors.setdefault(user.user_id, [])
        factors[:] = [f for f in factors if f["factorType"] != factor_type]
        profile = {k: v for k, v in enrollment.profile.items() if isinstance(v, str)}
        factors.append(
            {"factorId": secrets.token_hex(12), "factorType": factor_type, "profile": profile}
        )

    def check_totp(self, secret: str, code: str) -> bool:
        now = self.state.clock()
        return any(
            hmac.compare_digest(totp(secret, now + drift).encode(), code.encode())
            for drift in (-30, 0, 30)
        )

    def factor(self, user: EmulatorUser, factor_id: str) -> dict[str, Any]:
        for found in self.factors.get(user.user_id, ()):
            if found["factorId"] == factor_id:
                return found
        raise ApiError(404, NOT_FOUND_API_CODE, f"no factor {factor_id} of this user")

    def reset_factor(self, user: EmulatorUser, factor_id: str) -> None:
        found = self.factor(user, factor_id)
        self.factors[user.user_id].remove(found)
        if found["factorType"] == "OTP":
            user.otp = None

    def verify_totp(self, user: EmulatorUser, code: str) -> bool:
        """Is `code` the current TOTP of the user's OTP factor (False without one)."""
        secret = (user.otp or {}).get("secret")
        return isinstance(secret, str) and self.check_totp(secret, code)


# -- handlers: parse the request, call the backend -----------------------------------------

routes = RouteTable()


def _backend(call: Call) -> EndUserBackend:
    return call.state.backend(EndUserBackend)


def _me(call: Call) -> EmulatorUser:
    """The user of the request's token (checked live by the framework already)."""
    user = oidc_backend(call.state).user_of(end_user_token(call.request), call.state.clock())
    if user is None:
        message = "the end user's access token is missing, invalid, expired or revoked"
        raise ApiError(401, TOKEN_INVALID_API_CODE, message, http_status=401)
    return user


def _payload(call: Call, name: str) -> dict[str, Any]:
    value = call.body.get(name)
    if not isinstance(value, dict):
        raise bad_request(f"{name} is required")
    return value


def _text(payload: Mapping[str, Any], name: str, where: str) -> str:
    value = payload.get(name)
    if not isinstance(value, str) or not value:
        raise bad_request(f"{where}.{name} is required")
    return value


def _login(payload: Mapping[str, Any], kinds: tuple[str, ...], where: str) -> tuple[str, str]:
    """The first of `kinds` the payload names, with its value."""
    for kind in kinds:
        value = payload.get(kind)
        if isinstance(value, str) and value:
            return kind, value
    raise bad_request(f"{where} needs one of {', '.join(kinds)}")


def _app_id(call: Call) -> str:
    """The application signing in: its credentials if sent (checked), else its id."""
    provider = oidc_backend(call.state)
    client_id, secret = call.body.get("client_id"), call.body.get("client_secret")
    try:
        basic = basic_credentials(call.request)
        if basic is not None or isinstance(secret, str):
            return provider.authenticate_client(
                "token",
                client_id if isinstance(client_id, str) else None,
                secret if isinstance(secret, str) else None,
                basic,
            ).app_id
    except OidcError as exc:
        raise _wrong_credentials(exc.description) from None
    app_id = client_id if isinstance(client_id, str) and client_id else None
    app_id = app_id or call.request.headers.get("x-genauth-app-id") or provider.app.app_id
    if app_id not in provider.apps:
        raise bad_request(f"unknown application {app_id}")
    return app_id


@routes.post("/api/v3/signin", auth=False)
def sign_in(call: Call) -> Any:
    backend, connection = _backend(call), call.require("connection")
    if connection == "PASSWORD":
        payload = _payload(call, "passwordPayload")
        kind, login = _login(payload, ("account", "username", "email", "phone"), "passwordPayload")
        password = _text(payload, "password", "passwordPayload")
        user = backend.sign_in_by_password(kind, login, password)
    elif connection == "PASSCODE":
        payload = _payload(call, "passCodePayload")
        kind, target = _login(payload, ("email", "phone"), "passCodePayload")
        code = _text(payload, "passCode", "passCodePayload")
        user = backend.sign_in_by_passcode(kind, target, code)
    else:
        raise bad_request(f"connection {connection} is not supported by the emulator")
    scope = call.options().get("scope") or "openid profile"
    if not isinstance(scope, str):
        raise bad_request("options.scope must be a string")
    return backend.tokens(user, _app_id(call), scope, issuer_of(call.request))


@routes.post("/api/v3/signup", auth=False)
def sign_up(call: Call) -> Any:
    backend, connection = _backend(call), call.require("connection")
    profile = call.body.get("profile") or {}
    if not isinstance(profile, dict):
        raise bad_request("profile must be an object")
    data = {k: v for k, v in profile.items() if k not in ("email", "phone")}
    if connection == "PASSWORD":
        payload = _payload(call, "passwordPayload")
        kind, login = _login(payload, ("username", "email"), "passwordPayload")
        data.update({kind: login, "password": _text(payload, "password", "passwordPayload")})
    elif connection == "PASSCODE":
        payload = _payload(call, "passCodePayload")
        kind, target = _login(payload, ("email", "phone"), "passCodePayload")
        backend.spend_passcode(target, _text(payload, "passCode", "passCodePayload"))
        data.update({kind: target, f"{kind}Verified": True})
    else:
        raise bad_request(f"connection {connection} is not supported by the emulator")
    user = backend.sign_up(data)
    call.count_write(user)
    return user_dto_of(user)


#: passcodes for someone not signed in: no token needed (the others need the user's)
_ANONYMOUS_CHANNELS: Final = frozenset(
    {"CHANNEL_LOGIN", "CHANNEL_REGISTER", "CHANNEL_RESET_PASSWORD", "CHANNEL_UNLOCK_ACCOUNT"}
)


def _send_passcode(call: Call, target_field: str) -> Any:
    if call.require("channel") not in _ANONYMOUS_CHANNELS:
        _me(call)
    _backend(call).send_passcode(call.require(target_field))
    return None


@routes.post("/api/v3/send-sms", auth=False, user_token_optional=True)
def send_sms(call: Call) -> Any:
    return _send_passcode(call, "phoneNumber")


@routes.post("/api/v3/send-email", auth=False, user_token_optional=True)
def send_email(call: Call) -> Any:
    return _send_passcode(call, "email")


@routes.get("/api/v3/get-profile", auth=False)
def get_profile(call: Call) -> Any:
    return user_dto_of(
        _me(call),
        with_custom_data=call.flag("withCustomData"),
        with_identities=call.flag("withIdentities"),
    )


@routes.post("/api/v3/update-profile", auth=False)
def update_profile(call: Call) -> Any:
    user = _me(call)
    _backend(call).update_profile(user, dict(call.body))
    call.count_write(user)
    return user_dto_of(user, with_custom_data=True)


@routes.post("/api/v3/update-password", auth=False)
def update_password(call: Call) -> Any:
    user = _me(call)
    encrypt = call.arg("passwordEncryptType")
    if encrypt not in (None, "none"):
        raise bad_request("the emulator takes plain passwords only (passwordEncryptType none)")
    old = call.arg("oldPassword")
    _backend(call).update_password(user, call.require("newPassword"), old)
    call.count_write(user)
    return None


def _bind(call: Call, kind: str, field_name: str) -> Any:
    user = _me(call)
    _backend(call).bind(user, kind, call.require(field_name), call.require("passCode"))
    call.count_write(user)
    return None


def _unbind(call: Call, kind: str) -> Any:
    user = _me(call)
    _backend(call).unbind(user, kind, call.require("passCode"))
    call.count_write(user)
    return None


@routes.post("/api/v3/bind-email", auth=False)
def bind_email(call: Call) -> Any:
    return _bind(call, "email", "email")


@routes.post("/api/v3/bind-phone", auth=False)
def bind_phone(call: Call) -> Any:
    return _bind(call, "phone", "phoneNumber")


@routes.post("/api/v3/unbind-email", auth=False)
def unbind_email(call: Call) -> Any:
    return _unbind(call, "email")


@routes.post("/api/v3/unbind-phone", auth=False)
def unbind_phone(call: Call) -> Any:
    return _unbind(call, "phone")


@routes.get("/api/v3/get-my-role-list", auth=False)
def get_role_list(call: Call) -> Any:
    return _backend(call).roles(_me(call), call.arg("namespace"))


@routes.get("/api/v3/get-my-group-list", auth=False)
def get_group_list(call: Call) -> Any:
    return _backend(call).groups(_me(call))


@routes.get("/api/v3/get-my-accessible-apps", auth=False)
def get_accessible_apps(call: Call) -> Any:
    return _backend(call).accessible_apps(_me(call))


@routes.post("/api/v3/send-enroll-factor-request", auth=False)
def send_enroll_factor_request(call: Call) -> Any:
    profile = call.require("profile", dict)
    return _backend(call).request_enrollment(_me(call), call.require("factorType"), profile)


@routes.post("/api/v3/enroll-factor", auth=False)
def enroll_factor(call: Call) -> Any:
    user = _me(call)
    data = call.require("enrollmentData", dict)
    code = data.get("passCode")
    if not isinstance(code, str) or not code:
        raise bad_request("enrollmentData.passCode is required")
    backend = _backend(call)
    backend.enroll(user, call.require("factorType"), call.require("enrollmentToken"), code)
    call.count_write(user)
    return None


@routes.get("/api/v3/list-enrolled-factors", auth=False)
def list_enrolled_factors(call: Call) -> Any:
    return list(_backend(call).factors.get(_me(call).user_id, ()))


@routes.get("/api/v3/get-factor", auth=False)
def get_factor(call: Call) -> Any:
    return _backend(call).factor(_me(call), call.require("factorId"))


@routes.post("/api/v3/reset-factor", auth=False)
def reset_factor(call: Call) -> Any:
    user = _me(call)
    _backend(call).reset_factor(user, call.require("factorId"))
    call.count_write(user)
    return None


@routes.post("/api/v3/mfa-totp-verify", auth=False)
def mfa_totp_verify(call: Call) -> Any:
    return {"verified": _backend(call).verify_totp(_me(call), call.require("totp"))}


SERVICE = Service("end_user", routes, backends=(EndUserBackend,))
