"""Answers that differ from their model: decoded without failing or changing a value.

Served by a loopback server that answers what each test tells it, and called through the
public methods, as a user would.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import attrs
import pytest

from genauth_async import AsyncManagementClient, ResponseValidationError
from genauth_async._convert import converter
from genauth_async.models import User

USER: dict[str, Any] = {
    "userId": "u-1",
    "createdAt": "2022-07-03T03:20:32.000Z",
    "updatedAt": "2022-07-03T03:20:32.000Z",
    "status": "Activated",
    "workStatus": "Active",
    "gender": "M",
    "emailVerified": True,
    "phoneVerified": False,
    "userSourceType": "register",
    "email": "test@example.com",
    "loginsCount": 3,
    "departmentIds": ["d-1"],
    "customData": {"school": "x"},
}


def answer(server: Any, data: Any) -> None:
    server.envelope = {"statusCode": 200, "message": "ok", "requestId": "r-1", "data": data}


async def test_an_answer_that_fits_decodes_with_no_deviation(answering_server, answered_client):
    answer(answering_server, USER)
    user = await answered_client.get_user("u-1")
    assert isinstance(user, User)
    assert user.created_at == datetime(2022, 7, 3, 3, 20, 32, tzinfo=UTC)
    assert user.model_extra == {}
    assert user.to_dict() == USER
    assert answered_client.response_deviations == {}


async def test_certain_conversions_only(answering_server, answered_client):
    data = {
        **USER,
        "emailVerified": " false",  # never bool(" false")
        "phoneVerified": "TRUE",
        "loginsCount": "7",
        "createdAt": "1656818432",  # an epoch as a numeric string
        "updatedAt": 1656818432000,  # an epoch in milliseconds
        "departmentIds": '["d-1", "d-2"]',  # a JSON array sent as a string
        "email": True,  # a bool for a str field stays a bool, never "True"
        "phone": "not-a-number",
        "passwordSecurityLevel": "high",  # not an int: kept as sent
        "statusChangedAt": "yesterday",  # not a datetime: kept as sent
    }
    answer(answering_server, data)
    user = await answered_client.get_user("u-1")
    assert user.email_verified is False
    assert user.phone_verified is True
    assert user.logins_count == 7
    assert user.created_at == datetime(2022, 7, 3, 3, 20, 32, tzinfo=UTC)
    assert user.updated_at == datetime(2022, 7, 3, 3, 20, 32, tzinfo=UTC)
    assert user.department_ids == ["d-1", "d-2"]
    assert user.email is True
    assert user.password_security_level == "high"
    assert user.status_changed_at == "yesterday"
    deviations = answered_client.response_deviations
    path = "api/v3/get-user"
    assert deviations[path, "$.email"] == 1
    assert deviations[path, "$.passwordSecurityLevel"] == 1
    assert deviations[path, "$.emailVerified"] == 1


async def test_unknown_keys_are_kept_and_given_back(answering_server, answered_client):
    data = {**USER, "brandNew": {"a": [1, 2]}, "identities": [{"identityId": "i", "extra": 1}]}
    answer(answering_server, data)
    user = await answered_client.get_user("u-1")
    assert user.model_extra == {"brandNew": {"a": [1, 2]}}
    assert user.identities is not None
    assert user.identities[0].model_extra == {"extra": 1}
    assert user.to_dict() == data
    assert converter.unstructure(user) == data
    assert answered_client.response_deviations["api/v3/get-user", "$.identities[].extra"] == 1


async def test_missing_fields_read_none_and_are_not_invented(answering_server, answered_client):
    data = {"userId": "u-1", "email": None}
    answer(answering_server, data)
    user = await answered_client.get_user("u-1")
    assert user.created_at is None and user.status is None and user.email is None
    assert user.to_dict() == data  # the explicit null kept, nothing added
    assert answered_client.response_deviations["api/v3/get-user", "$.createdAt"] == 1


async def test_data_of_another_shape_is_returned_as_sent(answering_server, answered_client):
    answer(answering_server, ["not", "a", "user"])
    assert await answered_client.get_user("u-1") == ["not", "a", "user"]


async def test_a_broken_envelope_is_still_an_error(answering_server, answered_client):
    from genauth_async import ServerError

    answering_server.envelope = ["no", "envelope"]
    with pytest.raises(ServerError):
        await answered_client.get_user("u-1")


async def test_deviations_are_logged_at_debug(answering_server, answered_client, caplog):
    answer(answering_server, {**USER, "loginsCount": "many"})
    with caplog.at_level(logging.DEBUG, logger="genauth_async"):
        await answered_client.get_user("u-1")
    assert any(
        "api/v3/get-user" in r.getMessage() and "$.loginsCount" in r.getMessage()
        for r in caplog.records
    )


async def test_strict_responses_raise_with_every_path_and_the_data(answering_server):
    data = {**USER, "loginsCount": "many", "identities": [{"identityId": 5}]}
    del data["createdAt"]
    answer(answering_server, data)
    async with AsyncManagementClient(
        access_key_id="k", access_key_secret="s", host=answering_server.url, strict_responses=True
    ) as client:
        with pytest.raises(ResponseValidationError) as info:
            await client.get_user("u-1")
    error = info.value
    assert error.data == data
    assert error.request_id == "r-1"
    text = "\n".join(error.errors)
    for path in ("$.loginsCount", "$.createdAt", "$.identities[0].identityId"):
        assert path in text


async def test_strict_responses_accept_the_certain_conversions(answering_server):
    answer(answering_server, {**USER, "loginsCount": "7"})
    async with AsyncManagementClient(
        access_key_id="k", access_key_secret="s", host=answering_server.url, strict_responses=True
    ) as client:
        assert (await client.get_user("u-1")).logins_count == 7


async def test_a_bad_request_model_still_fails_before_sending(answering_server, answered_client):
    answer(answering_server, USER)
    with pytest.raises(ValueError, match="pagination"):
        await answered_client.list_users(options={"pagination": {"page": "one"}})


def test_decoded_models_compare_repr_and_pickle_as_built_ones():
    import pickle

    decoded = converter.structure(USER, User)
    # the same values given to the constructor (which also runs the enum converters)
    built = User(**{a.name: getattr(decoded, a.name) for a in attrs.fields(User)})
    assert decoded == built
    assert repr(decoded) == repr(built)
    again = pickle.loads(pickle.dumps(decoded))
    assert again == decoded and again.to_dict() == USER
    assert built.to_dict() == USER  # a built model leaves its unset fields out


async def test_the_raw_answer_is_one_call_away(answering_server, answered_client):
    from genauth_async import RawResponse

    answer(answering_server, {**USER, "brandNew": 1})
    answering_server.headers = {"X-Request-Trace": "trace-1"}
    raw = await answered_client.with_raw_response.get_user("u-1")
    assert isinstance(raw, RawResponse)
    assert raw.http_status == 200
    assert raw.headers["X-Request-Trace"] == "trace-1"
    assert raw.request_id == "r-1"
    assert raw.envelope == answering_server.envelope
    assert raw.data == {**USER, "brandNew": 1}
    assert isinstance(raw.parsed, User) and raw.parsed.model_extra == {"brandNew": 1}
    # the plain method is unchanged, and argument checks still come first
    assert isinstance(await answered_client.get_user("u-1"), User)
    with pytest.raises(ValueError):
        await answered_client.with_raw_response.get_user("")
    with pytest.raises(AttributeError):
        answered_client.with_raw_response.iter_users  # noqa: B018  (not one request)


async def test_a_callers_dict_is_checked_and_sent_as_given(answering_server, answered_client):
    import orjson

    answer(answering_server, [USER])
    new_users = [
        {"email": "a@example.com", "gender": "F", "nickname": None},
        {"username": "b", "status": "Activated", "password": "s3cret!"},
    ]
    await answered_client.create_users_batch(new_users)
    (sent,) = answering_server.bodies
    assert orjson.loads(sent)["list"] == new_users  # the explicit null included
    # a dict that does not fit still fails before anything is sent, naming the problem
    for bad, problem in (
        ({"gender": "Q"}, "gender"),
        ({"email": 5}, "email"),
        ({"emial": "a@example.com"}, "emial"),
        ({"status": True}, "status"),
    ):
        with pytest.raises(ValueError, match=problem):
            await answered_client.create_users_batch([bad])
    assert len(answering_server.bodies) == 1


def test_items_of_one_shape_and_items_that_differ_in_one_page():
    from genauth_async._convert import decoder_for
    from genauth_async.models import UserPaging

    items = [dict(USER, userId=f"u-{i}") for i in range(3)]
    items[1]["loginsCount"] = "7"  # same keys, another type: converted
    items[2]["email"] = 5  # same keys, another type: kept as sent
    page = {"totalCount": 3, "list": [*items, dict(USER)]}
    decode = decoder_for(UserPaging)
    assert decode is not None
    records: list[list[Any]] = []
    result = decode(page, records)
    assert [u.logins_count for u in result.list] == [3, 7, 3, 3]
    assert [u.email for u in result.list] == [
        "test@example.com",
        "test@example.com",
        5,
        USER["email"],
    ]
    assert all(isinstance(u.created_at, datetime) for u in result.list)
    assert converter.unstructure(result)["list"][2] == items[2]
    kinds = sorted((kind, keys[-2:]) for kind, _, *keys in records)
    assert kinds == [("converted", [1, "list"]), ("kept", [2, "list"])]


def test_items_of_one_shape_whose_values_need_a_closer_look():
    # the same keys and value types in every item: each is read by the shape's builder, and
    # whatever it cannot take as it is is read key by key, with the same results and records
    from genauth_async._convert import decoder_for
    from genauth_async.models import UserPaging

    dates = [
        "2022-07-03T03:20:32.000Z",
        "2022-07-03T03:20:32",  # no offset: UTC
        "1656818432",  # digits: an epoch, not a date
        "not a date",  # kept as sent
        "2022-07-03T11:20:32+08:00",
        "2022-07-03T03:20:32.000Z",
    ]
    items = [dict(USER, userId=f"u-{i}", createdAt=d) for i, d in enumerate(dates)]
    items[4]["status"] = "Hibernating"  # a value added later: kept as a string
    items[5]["loginsCount"] = None  # another type than the first item's: another shape
    records: list[list[Any]] = []
    decode = decoder_for(UserPaging)
    assert decode is not None
    result = decode({"totalCount": 6, "list": items}, records)
    when = datetime(2022, 7, 3, 3, 20, 32, tzinfo=UTC)
    assert [u.created_at for u in result.list] == [when, when, when, "not a date", when, when]
    assert all(u.created_at.tzinfo is not None for u in result.list if u.created_at != dates[3])
    assert [u.status for u in result.list][3:5] == ["Activated", "Hibernating"]
    assert result.list[5].logins_count is None
    assert converter.unstructure(result.list[3]) == items[3]
    paths = sorted((kind, keys) for kind, _, *keys in records)
    assert paths == [
        ("converted", ["createdAt", 2, "list"]),
        ("kept", ["createdAt", 3, "list"]),
    ]


def test_a_callers_dict_with_a_list_of_enum_values_is_checked_like_the_constructor():
    from genauth_async._checks import as_model
    from genauth_async.models import ApplicationLoginConfigInput, EnabledBasicLoginMethods

    given = {"showAuthorizationPage": True, "enabledBasicLoginMethods": ["PHONE_CODE"]}
    model = as_model(given, ApplicationLoginConfigInput, "login_config")
    assert model.enabled_basic_login_methods == [EnabledBasicLoginMethods.PHONE_CODE]
    assert model.to_dict() == given  # sent as given
    for bad in (["PHONE_CODE", "FAX"], "PHONE_CODE"):
        with pytest.raises(ValueError, match="enabled_basic_login_methods"):
            as_model({**given, "enabledBasicLoginMethods": bad}, ApplicationLoginConfigInput, "c")
