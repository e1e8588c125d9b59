"""The converter: camelCase once, None omitted, lenient decoding, enums, datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import attrs
import cattrs
import pytest

from genauth_async._convert import converter, strict_converter, to_camel
from genauth_async.models import (
    ApplicationMfa,
    LangObject,
    LangUnit,
    MfaTriggerData,
    PrincipalAuthenticationInfo,
    PrincipalAuthenticationInfoPaging,
    PrincipalType,
    ResetUserPrincipalAuthenticationInfo,
    ResetUserPrincipalAuthenticationInfoOptions,
    SetMfaStatus,
    User,
    UserIdType,
    UserStatus,
)

RECORD = {
    "authenticated": True,
    "principalType": "P",
    "principalCode": "6229c4deb3e4d8a20b6021ff",
    "principalName": "ss",
    "authenticatedAt": "2022-04-05T10:23:50.631Z",
}


def test_to_camel():
    assert to_camel("user_id_type") == "userIdType"
    assert to_camel("user_id_in_idp") == "userIdInIdp"
    assert to_camel("success") == "success"


def test_request_body_is_camel_case_with_none_omitted():
    body = SetMfaStatus(
        user_id="u1",
        user_id_type=UserIdType.EMAIL,
        mfa_trigger_data=MfaTriggerData(
            mfa_token="t",
            application_mfa=[ApplicationMfa(mfa_policy="EMAIL", status=1, sort=0)],
            totp_mfa_enabled=True,
        ),
    )
    assert converter.unstructure(body) == {
        "userId": "u1",
        "userIdType": "email",
        "mfaTriggerData": {
            "mfaToken": "t",
            "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}],
            "totpMfaEnabled": True,
        },
    }
    assert converter.unstructure(ResetUserPrincipalAuthenticationInfo(user_id="u")) == {
        "userId": "u"
    }
    assert converter.unstructure(
        ResetUserPrincipalAuthenticationInfo(
            user_id="u", options=ResetUserPrincipalAuthenticationInfoOptions(user_id_type="phone")
        )
    ) == {"userId": "u", "options": {"userIdType": "phone"}}


def test_false_and_zero_are_sent_not_omitted():
    data = MfaTriggerData(mfa_token="t", application_mfa=[], face_mfa_enabled=False)
    assert converter.unstructure(data)["faceMfaEnabled"] is False


def test_datetime_with_z_is_aware_utc_and_written_back_with_z():
    record = converter.structure(RECORD, PrincipalAuthenticationInfo)
    assert record.authenticated_at == datetime(2022, 4, 5, 10, 23, 50, 631000, tzinfo=UTC)
    assert converter.unstructure(record)["authenticatedAt"] == "2022-04-05T10:23:50.631Z"
    naive = converter.structure(
        {**RECORD, "authenticatedAt": "2022-04-05T10:23:50"}, PrincipalAuthenticationInfo
    )
    assert naive.authenticated_at.tzinfo is UTC
    shifted = converter.structure(
        {**RECORD, "authenticatedAt": "2022-04-05T18:23:50+08:00"}, PrincipalAuthenticationInfo
    )
    assert shifted.authenticated_at == datetime(2022, 4, 5, 10, 23, 50, tzinfo=UTC)
    tz8 = timezone(timedelta(hours=8))
    rec = PrincipalAuthenticationInfo(
        authenticated=True,
        principal_type="E",
        principal_code="c",
        principal_name="n",
        authenticated_at=datetime(2022, 1, 1, 8, tzinfo=tz8),
    )
    assert converter.unstructure(rec)["authenticatedAt"] == "2022-01-01T00:00:00.000Z"


def test_unknown_fields_are_ignored_leniently_and_rejected_strictly():
    data = {**RECORD, "brandNewField": 1}
    assert converter.structure(data, PrincipalAuthenticationInfo).principal_name == "ss"
    with pytest.raises(cattrs.ClassValidationError):
        strict_converter.structure(data, PrincipalAuthenticationInfo)


def test_unknown_enum_values_are_kept_as_strings():
    record = converter.structure({**RECORD, "principalType": "G"}, PrincipalAuthenticationInfo)
    assert record.principal_type == "G" and not isinstance(record.principal_type, PrincipalType)
    known = converter.structure(RECORD, PrincipalAuthenticationInfo)
    assert known.principal_type is PrincipalType.P


def test_a_list_sent_as_a_single_object_is_kept_as_sent():
    # GenAuth's own documentation sample for get-user-principal-authentication-info: an
    # object where the contract says a list; not guessed into a list of one
    page = converter.structure({"list": RECORD}, PrincipalAuthenticationInfoPaging)
    assert page.list == RECORD
    assert page.total_count == 1
    assert converter.unstructure(page) == {"list": RECORD}


def test_missing_required_field_reads_none_and_is_not_invented():
    record = converter.structure({"authenticated": True}, PrincipalAuthenticationInfo)
    assert record.principal_code is None
    assert converter.unstructure(record) == {"authenticated": True}


def test_irregular_wire_names_from_metadata():
    unit = {"enabled": True, "value": "x"}
    lang = converter.structure(
        {"zh-CN": unit, "en-US": unit, "zh-TW": unit, "ja-JP": unit}, LangObject
    )
    assert isinstance(lang.zh_cn, LangUnit)
    assert set(converter.unstructure(lang)) == {"zh-CN", "en-US", "zh-TW", "ja-JP"}


def test_user_with_required_enums_and_extras():
    user = converter.structure(
        {
            "userId": "u",
            "createdAt": "2024-01-01T00:00:00Z",
            "updatedAt": "2024-01-01T00:00:00Z",
            "status": "Activated",
            "workStatus": "Active",
            "gender": "U",
            "emailVerified": True,
            "phoneVerified": False,
            "userSourceType": "someNewSource",
            "customData": {"k": [1, 2]},
        },
        User,
    )
    assert user.status is UserStatus.ACTIVATED
    assert user.user_source_type == "someNewSource"
    assert user.custom_data == {"k": [1, 2]}


def test_numbers_are_never_truncated():
    # the contract types every number as an int; a fraction GenAuth sends is kept, not cut off
    @attrs.define
    class Counter:
        n: int

    assert converter.structure({"n": 1.5}, Counter).n == 1.5
    assert converter.structure({"n": 2.0}, Counter).n == 2
    assert type(converter.structure({"n": 2.0}, Counter).n) is int
    assert converter.structure({"n": "7"}, Counter).n == 7


@attrs.define(kw_only=True, slots=False)
class _Built:
    user_name: str
    enabled: bool = False
    limit: int | None = None
    when: datetime | None = None
    tags: list[str] | None = None


def test_a_built_model_serializes_the_fields_that_differ_from_their_defaults():
    assert converter.unstructure(_Built(user_name="a")) == {"userName": "a"}
    when = datetime(2022, 1, 1, tzinfo=UTC)
    built = _Built(user_name="a", enabled=True, limit=0, when=when, tags=["x"])
    assert converter.unstructure(built) == {
        "userName": "a",
        "enabled": True,
        "limit": 0,
        "when": "2022-01-01T00:00:00.000Z",
        "tags": ["x"],
    }
