"""The emulator's in-memory state: users and their indices, management tokens, counters."""

from __future__ import annotations

import base64
import contextlib
import functools
import gc
import hashlib
import hmac
import time
import uuid
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar

import orjson

from ._faults import FaultInjector
from ._signature import SignatureChecker

__all__ = [
    "SEED_EXT_IDP_ID",
    "SEED_SYNC_PROVIDER",
    "USER_ID_TYPES",
    "Backend",
    "EmulatorState",
    "EmulatorUser",
    "IssuedToken",
    "Stats",
    "TokenStore",
    "UserPool",
    "iso",
    "seeded_user_id",
    "seeded_username",
    "user_from_wire",
    "user_to_wire",
]

USER_ID_TYPES = (
    "user_id",
    "external_id",
    "phone",
    "email",
    "username",
    "identity",
    "sync_relation",
    "custom_field",
)
_INDEXED = ("external_id", "phone", "email", "username", "identity", "sync_relation")

SEED_EPOCH = 1704067200  # 2024-01-01T00:00:00Z: seeded users are created one second apart
SEED_EXT_IDP_ID = "65a1e0000000000000000001"  # the identity source every seeded user is linked to
SEED_SYNC_PROVIDER = "lark"


def iso(ts: float) -> str:
    """A unix timestamp as GenAuth writes dates: `2024-01-01T00:00:00.000Z`."""
    whole = int(ts)
    millis = int((ts - whole) * 1000)
    return f"{time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(whole))}.{millis:03d}Z"


def seeded_user_id(i: int) -> str:
    """The user id of the i-th seeded user: 24 hex digits, like a real GenAuth user id
    (`seeded_user_id(2) == "65a100000000000000000002"`). Not its username: that is
    `seeded_username(i)`."""
    return f"65a1{i:020x}"


def seeded_username(i: int) -> str:
    """The username of the i-th seeded user (`user000002`): find the user by it with
    `user_id_type="username"`; as a plain user id it is not found."""
    return f"user{i:06d}"


@dataclass(slots=True, eq=False)
class EmulatorUser:
    """One user. Nested data (identities, principal auth, MFA) is kept in wire (camelCase) form.

    After creation, change indexed fields (ids, username, email, phone, identities, sync
    relations) only through `UserPool.update`, so lookups stay right.
    """

    user_id: str
    username: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    external_id: str | None = None
    name: str | None = None
    nickname: str | None = None
    status: str = "Activated"
    work_status: str = "Active"
    gender: str = "U"
    email_verified: bool = False
    phone_verified: bool = False
    user_source_type: str = "adminCreated"
    created_at: str = ""
    updated_at: str = ""
    custom_data: dict[str, Any] = field(default_factory=dict)
    identities: list[dict[str, Any]] = field(default_factory=list)
    """IdentityDto dicts; `extIdpId` and `userIdInIdp` make the `identity` lookup key."""
    sync_relations: list[dict[str, Any]] = field(default_factory=list)
    """`{provider, userIdInIdp}` dicts, the `sync_relation` lookup key."""
    principal_auth: list[dict[str, Any]] = field(default_factory=list)
    """PrincipalAuthenticationInfoDto dicts."""
    mfa_trigger_data: dict[str, Any] | None = None
    """GetMfaInfoDataDto, as last set."""
    # What the rest of User Management reads and writes. None means "none yet": seeding
    # stays as fast as before, and a test can fill in what it needs.
    profile: dict[str, Any] | None = None
    """Other UserDto fields set by create/update, by wire name (photo, birthdate, ...)."""
    password: str | None = None
    otp: dict[str, Any] | None = None
    """`{secret, recoveryCode}` as imported with import-otp."""
    roles: list[dict[str, Any]] | None = None
    """The user's roles as references (`{id, code, namespace}`): a role the roles service
    defines is read as it has it now; any other dict (a RoleDto set here) as held."""
    groups: list[dict[str, Any]] | None = None
    """The user's groups as references (`{id, code}`), read like `roles`; any other dict
    (a ResGroupDto without `members`) as held."""
    departments: list[dict[str, Any]] | None = None
    """`{departmentId, isLeader, isMainDepartment, joinedAt}` as set with set-user-departments."""
    apps: list[dict[str, Any]] | None = None
    """The apps the user is authorized for (and can access), as references (`{appId}`):
    an application the applications service defines is read as it has it now; any other
    dict (an AppDto set here) as held."""
    authorized_resources: list[dict[str, Any]] | None = None
    """AuthorizedResourceDto dicts, each with an extra `namespace` key to filter on."""
    login_history: list[dict[str, Any]] | None = None
    """UserLoginHistoryDto dicts."""
    sessions: set[str] | None = None
    """App ids in which the user has a live session (kick-users ends them)."""
    tenants: list[dict[str, Any]] | None = None
    """The user's tenant memberships: TenantUserDto fields proper to the membership
    (`tenantId`, `memberId`, `isTenantAdmin`, and the profile set for that tenant)."""
    public_accounts: list[str] | None = None
    """Ids of the public accounts the user is bound to."""
    posts: list[str] | None = None
    """Codes of the posts the user holds."""

    def __post_init__(self) -> None:
        self.created_at = self.created_at or iso(time.time())
        self.updated_at = self.updated_at or self.created_at

    def touch(self, now: float) -> None:
        self.updated_at = iso(now)

    def lookup_keys(self) -> Iterator[tuple[str, str]]:
        """(userIdType, value) for every way this user can be found, except `user_id`."""
        for kind in ("external_id", "phone", "email", "username"):
            if value := getattr(self, kind):
                yield kind, value
        for identity in self.identities:
            yield "identity", f"{identity['extIdpId']}:{identity['userIdInIdp']}"
        for relation in self.sync_relations:
            yield "sync_relation", f"{relation['provider']}:{relation['userIdInIdp']}"

    def to_dto(self, *, with_identities: bool = False) -> dict[str, Any]:
        """The user as a UserDto."""
        dto: dict[str, Any] = {
            "userId": self.user_id,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "status": self.status,
            "workStatus": self.work_status,
            "gender": self.gender,
            "emailVerified": self.email_verified,
            "phoneVerified": self.phone_verified,
            "userSourceType": self.user_source_type,
        }
        optional = {
            "externalId": self.external_id,
            "email": self.email,
            "phone": self.phone,
            "phoneCountryCode": self.phone_country_code,
            "username": self.username,
            "name": self.name,
            "nickname": self.nickname,
        }
        dto.update((k, v) for k, v in optional.items() if v is not None)
        if self.custom_data:
            dto["customData"] = dict(self.custom_data)
        if with_identities:
            dto["identities"] = [dict(identity) for identity in self.identities]
        return dto


# -- users in wire form (the admin route `POST /__emulator__/users`) ------------------------

_WIRE_STR = {
    "username": "username",
    "email": "email",
    "phone": "phone",
    "phoneCountryCode": "phone_country_code",
    "externalId": "external_id",
    "name": "name",
    "nickname": "nickname",
    "status": "status",
    "workStatus": "work_status",
    "gender": "gender",
    "userSourceType": "user_source_type",
    "createdAt": "created_at",
    "updatedAt": "updated_at",
    "password": "password",
}
_WIRE_BOOL = {"emailVerified": "email_verified", "phoneVerified": "phone_verified"}
_WIRE_OBJECT = {
    "customData": "custom_data",
    "mfaTriggerData": "mfa_trigger_data",
    "profile": "profile",
    "otp": "otp",
}
_WIRE_LIST = {
    "identities": "identities",
    "syncRelations": "sync_relations",
    "principalAuth": "principal_auth",
    "roles": "roles",
    "groups": "groups",
    "departments": "departments",
    "apps": "apps",
    "authorizedResources": "authorized_resources",
    "loginHistory": "login_history",
    "tenants": "tenants",
}
#: keys each list item must hold as non-empty strings (the emulator's handlers read them)
_WIRE_LIST_KEYS: dict[str, tuple[str, ...]] = {
    "identities": ("extIdpId", "userIdInIdp"),
    "syncRelations": ("provider", "userIdInIdp"),
    "roles": ("code",),
    "departments": ("departmentId",),
    "loginHistory": ("appId", "appName", "appLogo", "appLoginUrl", "clientIp", "time"),
    "tenants": ("tenantId", "memberId"),
}
_WIRE_USER_FIELDS = frozenset(
    {"userId", "sessions", "publicAccounts", *_WIRE_STR, *_WIRE_BOOL, *_WIRE_OBJECT, *_WIRE_LIST}
) | {"posts"}


def user_from_wire(data: Any, now: float) -> EmulatorUser:
    """An `EmulatorUser` (not pooled) from a camelCase object: `userId` (required) and the
    other `EmulatorUser` fields by their camelCase names (`syncRelations`, `principalAuth`,
    `mfaTriggerData`, `authorizedResources`, `loginHistory`, `sessions` as a list of app
    ids, `publicAccounts` as a list of public account ids, `tenants` as TenantUserDto-like
    memberships, ...). Identities get `identityId`, `provider`, `type`, `userInfoInIdp` and
    `originConnIds` if left out; departments `isLeader`, `isMainDepartment` and `joinedAt`.
    `posts` is a list of post codes. ValueError if the object does not fit."""
    if not isinstance(data, dict):
        raise ValueError("a user must be an object")
    user_id = data.get("userId")
    if not isinstance(user_id, str) or not user_id:
        raise ValueError("userId is required and must be a non-empty string")
    where = f"user {user_id!r}"
    if unknown := set(data) - _WIRE_USER_FIELDS:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}")
    fields: dict[str, Any] = {}
    for wire, value in data.items():
        if value is None or wire == "userId":
            continue
        if wire in _WIRE_STR:
            if not isinstance(value, str):
                raise ValueError(f"{where}: {wire} must be a string")
            fields[_WIRE_STR[wire]] = value
        elif wire in _WIRE_BOOL:
            if not isinstance(value, bool):
                raise ValueError(f"{where}: {wire} must be a boolean")
            fields[_WIRE_BOOL[wire]] = value
        elif wire in _WIRE_OBJECT:
            if not isinstance(value, dict):
                raise ValueError(f"{where}: {wire} must be an object")
            fields[_WIRE_OBJECT[wire]] = dict(value)
        elif wire == "sessions":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{where}: sessions must be an array of app ids")
            fields["sessions"] = set(value)
        elif wire == "publicAccounts":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{where}: publicAccounts must be an array of public account ids")
            fields["public_accounts"] = list(value)
        elif wire == "posts":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{where}: posts must be an array of post codes")
            fields["posts"] = list(value)
        else:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise ValueError(f"{where}: {wire} must be an array of objects")
            for i, item in enumerate(value):
                for key in _WIRE_LIST_KEYS.get(wire, ()):
                    if not isinstance(item.get(key), str) or not item[key]:
                        raise ValueError(f"{where}: {wire}[{i}].{key} must be a non-empty string")
            fields[_WIRE_LIST[wire]] = [dict(item) for item in value]
    created = fields.setdefault("created_at", iso(now))
    fields.setdefault("updated_at", created)
    for i, identity in enumerate(fields.get("identities", ())):
        defaults = {"identityId": f"{user_id}-identity-{i}", "provider": "oidc", "type": "generic"}
        fields["identities"][i] = {
            **defaults,
            "userInfoInIdp": {},
            "originConnIds": [],
            **identity,
        }
    for i, membership in enumerate(fields.get("departments", ())):
        fields["departments"][i] = {
            "isLeader": False,
            "isMainDepartment": False,
            "joinedAt": created,
            **membership,
        }
    return EmulatorUser(user_id=user_id, **fields)


def user_to_wire(user: EmulatorUser) -> dict[str, Any]:
    """The user as a camelCase object `user_from_wire` reads back (fields left unset omitted)."""
    out: dict[str, Any] = {"userId": user.user_id}
    for wire, attr in _WIRE_STR.items():
        if (value := getattr(user, attr)) is not None:
            out[wire] = value
    for wire, attr in _WIRE_BOOL.items():
        out[wire] = getattr(user, attr)
    for wire, attr in (*_WIRE_OBJECT.items(), *_WIRE_LIST.items()):
        if value := getattr(user, attr):
            out[wire] = orjson.loads(orjson.dumps(value))  # a deep copy
    if user.sessions:
        out["sessions"] = sorted(user.sessions)
    if user.public_accounts:
        out["publicAccounts"] = list(user.public_accounts)
    if user.posts:
        out["posts"] = list(user.posts)
    return out


@functools.cache
def _seed_day(day: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(SEED_EPOCH + day * 86400))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _seeded_user(i: int) -> tuple[EmulatorUser, tuple[str, ...]]:
    """User i, and its lookup keys in `_INDEXED` order."""
    name = seeded_username(i)
    day, second = divmod(i, 86400)
    created = (
        f"{_seed_day(day)}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.000Z"
    )
    phone = f"138{i:08d}"
    email = f"{name}@example.com"
    external_id = f"ext-{i:06d}"
    in_idp, in_sync = f"idp-{name}", f"ou_{name}"
    keys = (
        external_id,
        phone,
        email,
        name,
        f"{SEED_EXT_IDP_ID}:{in_idp}",
        f"{SEED_SYNC_PROVIDER}:{in_sync}",
    )
    user = EmulatorUser(
        user_id=seeded_user_id(i),
        username=name,
        email=email,
        phone=phone,
        phone_country_code="+86",
        external_id=external_id,
        name=f"User {i}",
        gender="MF"[i % 2],
        email_verified=True,
        phone_verified=True,
        created_at=created,
        updated_at=created,
        identities=[
            {
                "identityId": f"65a1d{i:019x}",
                "extIdpId": SEED_EXT_IDP_ID,
                "provider": "oidc",
                "type": "generic",
                "userIdInIdp": in_idp,
                "userInfoInIdp": {},
                "originConnIds": [],
            }
        ],
        sync_relations=[{"provider": SEED_SYNC_PROVIDER, "userIdInIdp": in_sync}],
    )
    if i % 3 == 0:
        user.principal_auth = [
            {
                "authenticated": True,
                "principalType": "P",
                "principalCode": f"110101{i:012d}",
                "principalName": f"User {i}",
                "authenticatedAt": created,
            }
        ]
    if i % 2 == 0:
        user.mfa_trigger_data = {
            "mfaToken": f"mfa-{name}",
            "mfaPhone": phone,
            "mfaPhoneCountryCode": "+86",
            "mfaEmail": email,
            "username": name,
            "phone": phone,
            "phoneCountryCode": "+86",
            "faceMfaEnabled": False,
            "totpMfaEnabled": i % 4 == 0,
            "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 1}],
        }
    return user, keys


class UserPool:
    """Users, indexed so that every userIdType (but `custom_field`) resolves in O(1)."""

    def __init__(self) -> None:
        self._by_id: dict[str, EmulatorUser] = {}
        self._index: dict[str, dict[str, EmulatorUser]] = {kind: {} for kind in _INDEXED}
        self._seeded = 0

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[EmulatorUser]:
        return iter(list(self._by_id.values()))

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._by_id

    def get(self, user_id: str) -> EmulatorUser | None:
        return self._by_id.get(user_id)

    def resolve(self, user_id_type: str, value: str) -> EmulatorUser | None:
        """The user `value` names. Raises KeyError for `custom_field` or an unknown type."""
        if user_id_type == "user_id":
            return self._by_id.get(value)
        return self._index[user_id_type].get(value)

    def add(self, user: EmulatorUser) -> EmulatorUser:
        """Add a user; ValueError if its id or any lookup key is taken."""
        if user.user_id in self._by_id:
            raise ValueError(f"duplicate user_id {user.user_id!r}")
        self._index_user(user)
        self._by_id[user.user_id] = user
        return user

    def remove(self, user_id: str) -> EmulatorUser:
        user = self._by_id.pop(user_id)
        for kind, key in user.lookup_keys():
            del self._index[kind][key]
        return user

    def update(self, user: EmulatorUser, **changes: Any) -> EmulatorUser:
        """Change fields of a pooled user, re-indexing it. ValueError (and no change) on a clash."""
        old = {name: getattr(user, name) for name in changes}
        self.remove(user.user_id)
        for name, value in changes.items():
            setattr(user, name, value)
        try:
            return self.add(user)
        except ValueError:
            for name, value in old.items():
                setattr(user, name, value)
            self.add(user)
            raise

    def put(self, users: list[EmulatorUser]) -> tuple[list[str], list[str]]:
        """Add `users`, each replacing the pooled user with its id if there is one: all of
        them or, on a clash of ids or lookup keys (ValueError), none. Returns the ids
        created and the ids replaced."""
        ids = [user.user_id for user in users]
        if len(set(ids)) != len(ids):
            raise ValueError("the same userId appears twice")
        replaced = [self.remove(i) for i in ids if i in self._by_id]
        added: list[EmulatorUser] = []
        try:
            for user in users:
                self.add(user)
                added.append(user)
        except ValueError:
            for user in added:
                self.remove(user.user_id)
            for old in replaced:
                self.add(old)
            raise
        gone = {user.user_id for user in replaced}
        return [i for i in ids if i not in gone], [i for i in ids if i in gone]

    def seed(self, n: int) -> list[EmulatorUser]:
        """Add `n` deterministic users, continuing the numbering of earlier calls.

        User i has id `seeded_user_id(i)`, username `user{i:06d}`, email
        `user{i:06d}@example.com`, phone `138{i:08d}`, external id `ext-{i:06d}`, identity
        `<SEED_EXT_IDP_ID>:idp-user{i:06d}`, sync relation `lark:ou_user{i:06d}`. Every 3rd
        user (i % 3 == 0) has principal-auth info and every 2nd (i % 2 == 0) has MFA data.
        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"the number of users to seed must be an int >= 0, got {n!r}")
        with _gc_paused():  # the collector would rescan the growing pool many times over
            made = [_seeded_user(i) for i in range(self._seeded, self._seeded + n)]
            batch_ids = {user.user_id: user for user, _ in made}
            batch = {
                kind: {keys[j]: user for user, keys in made} for j, kind in enumerate(_INDEXED)
            }
            # a batch's keys are distinct by construction: check them against the pool only
            clashes = batch_ids.keys() & self._by_id.keys()
            for kind, index in batch.items():
                clashes |= index.keys() & self._index[kind].keys()
            if clashes:
                raise ValueError(f"seeded users clash with existing ones: {sorted(clashes)[:5]}")
            self._by_id.update(batch_ids)
            for kind, index in batch.items():
                self._index[kind].update(index)
        self._seeded += n
        return list(batch_ids.values())

    def clear(self) -> None:
        self._by_id.clear()
        for index in self._index.values():
            index.clear()
        self._seeded = 0

    def _index_user(self, user: EmulatorUser) -> None:
        keys = list(user.lookup_keys())
        for kind, key in keys:
            if key in self._index[kind]:
                raise ValueError(f"duplicate {kind} {key!r}")
        if len(set(keys)) != len(keys):
            raise ValueError(f"user {user.user_id!r} repeats a lookup key")
        for kind, key in keys:
            self._index[kind][key] = user


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass(slots=True, frozen=True)
class IssuedToken:
    jti: str
    userpool_id: str
    issued_at: float
    expires_at: float


class TokenStore:
    """Live management tokens. Expiry is tracked as float seconds, so 1.5 s lifetimes work."""

    #: called with every token any emulator in this process issues, e.g. by a test suite that
    #: checks no token ever reaches its logs; empty (the default) costs nothing
    observers: ClassVar[list[Callable[[str], object]]] = []

    def __init__(self) -> None:
        self._live: dict[str, IssuedToken] = {}

    def __len__(self) -> int:
        return len(self._live)

    def issue(
        self,
        *,
        userpool_id: str,
        secret: str,
        now: float,
        lifetime: float,
        dies_after: float | None = None,
    ) -> str:
        """A JWT-shaped `header.payload.signature` (HS256 over the access key secret).

        Its `exp` claim says `lifetime`; it really stops working after `dies_after` if given.

        The payload holds only ASCII without `>`, `?` or `~`, so its base64url text has no
        `-` or `_` and the official SDK's plain-base64 decoding (discrepancies D8) still works.
        """
        if len(self._live) > 10_000:
            self._live = {k: t for k, t in self._live.items() if t.expires_at > now}
        jti = uuid.uuid4().hex
        header = _b64url(orjson.dumps({"alg": "HS256", "typ": "JWT"}))
        claims = {
            "scoped_userpool_id": userpool_id,
            "iat": int(now),
            "exp": int(now + lifetime),
            "jti": jti,
        }
        signing_input = f"{header}.{_b64url(orjson.dumps(claims))}"
        digest = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
        token = f"{signing_input}.{_b64url(digest)}"
        real_lifetime = lifetime if dies_after is None else min(lifetime, dies_after)
        self._live[token] = IssuedToken(jti, userpool_id, now, now + real_lifetime)
        for observer in TokenStore.observers:
            observer(token)
        return token

    def lookup(self, token: str, now: float) -> IssuedToken | None:
        """The live token, or None if it is unknown, expired or revoked."""
        issued = self._live.get(token)
        if issued is not None and now >= issued.expires_at:
            del self._live[token]
            return None
        return issued

    def revoke_all(self) -> int:
        """Revoke every live token; returns how many there were."""
        count = len(self._live)
        self._live.clear()
        return count


@dataclass
class Stats:
    """Counters, so tests can prove e.g. that a retried write was applied exactly once."""

    requests: Counter[str] = field(default_factory=Counter)
    """Non-admin requests per path, including faulted and rejected ones."""
    tokens_issued: int = 0
    unauthorized: int = 0
    """Token rejections served (HTTP 401, or as `token_error_http_status` says)."""
    writes: Counter[str] = field(default_factory=Counter)
    """Writes applied, per user id."""
    writes_by_route: defaultdict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    """Writes applied, per path then user id."""
    faults: Counter[str] = field(default_factory=Counter)
    """Faults injected, per kind."""
    recent: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=256))
    """The last requests: method, path, query, headers."""

    def count_write(self, path: str, user_id: str) -> None:
        self.writes[user_id] += 1
        self.writes_by_route[path][user_id] += 1

    def snapshot(self) -> dict[str, Any]:
        return {
            "requests": dict(self.requests),
            "tokens_issued": self.tokens_issued,
            "unauthorized": self.unauthorized,
            "writes": dict(self.writes),
            "writes_by_route": {path: dict(c) for path, c in self.writes_by_route.items()},
            "faults": dict(self.faults),
        }


class Backend(Protocol):
    """A service's state and domain logic (see `_routing.Service`)."""

    fixture_keys: ClassVar[tuple[str, ...]]
    """The keys of a fixture document this backend holds (`roles`, ...)."""

    def __init__(self, state: EmulatorState) -> None: ...

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Its resources by fixture key."""
        ...

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        """Replace its resources with those of `doc` (by fixture key; keys left out: none).
        ValueError, KeyError or TypeError if an item does not fit."""
        ...


_B = TypeVar("_B", bound=Backend)


@dataclass
class EmulatorState:
    """Everything a handler may touch, shared by the app and `GenAuthEmulator`."""

    access_key_id: str
    access_key_secret: str
    userpool_id: str
    token_lifetime: float
    injector: FaultInjector
    clock: Callable[[], float] = time.time
    token_error_http_status: int = 401
    """HTTP status of a token rejection: 401, or 200 to fail in the envelope only."""
    token_error_status_code: int = 401
    """The envelope's `statusCode` of a token rejection (its apiCode is TOKEN_INVALID_API_CODE)."""
    pool: UserPool = field(default_factory=UserPool)
    tokens: TokenStore = field(default_factory=TokenStore)
    stats: Stats = field(default_factory=Stats)
    signatures: SignatureChecker = field(default_factory=SignatureChecker)
    """Checks signed (node SDK style) requests; `signatures.max_skew` is the date tolerance."""
    events: Any = None
    """The hub of the event websocket (set by its service)."""
    backend_kinds: tuple[type[Backend], ...] = ()
    """Every service's backend classes, as the emulator was handed them."""
    backends: dict[type[Any], Any] = field(default_factory=dict)
    """The backends by class, made on first use."""
    archived: list[dict[str, Any]] = field(default_factory=list)
    """ListArchivedUsersRespDto dicts (`userId`, `archivedAt`) of resigned and deleted users,
    plus `archivedAtTs` (seconds) for the `startAt` filter."""

    def backend(self, kind: type[_B]) -> _B:
        """The backend of that class, made on first use."""
        found: _B | None = self.backends.get(kind)
        if found is None:
            found = self.backends[kind] = kind(self)
        return found
