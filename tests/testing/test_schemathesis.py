"""Schemathesis over the shipped spec against the emulator: no operation answers a 5xx.

Bounded: a few derandomized examples per operation (valid and invalid), so the run is quick
and the same on every machine.
"""

from __future__ import annotations

import importlib.resources
import json
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig

from genauth_async.testing import EmulatorInfo, run_emulator_process

SPEC = json.loads(importlib.resources.files("genauth_async").joinpath("spec.json").read_bytes())
CONFIG = SchemathesisConfig.from_dict(
    {
        # the coverage phase alone sends about 85 requests per operation: fuzz a few instead
        "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
        "generation": {"max-examples": 2, "deterministic": True, "database": "none"},
    }
)
schema = schemathesis.openapi.from_dict(SPEC, config=CONFIG)


@pytest.fixture(scope="module")
def emulator() -> Iterator[tuple[EmulatorInfo, dict[str, str]]]:
    with run_emulator_process(users=5) as info:
        body = {"accessKeyId": info.access_key_id, "accessKeySecret": info.access_key_secret}
        request = urllib.request.Request(
            info.url + "/api/v3/get-management-token",
            data=json.dumps(body).encode(),
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            token = json.loads(response.read())["data"]["access_token"]
        headers = {"authorization": f"Bearer {token}", "x-genauth-userpool-id": info.userpool_id}
        with requests.Session() as session:
            yield info, headers, session


@schema.parametrize()
@settings(suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
def test_no_operation_answers_a_server_error(case: Any, emulator: Any) -> None:
    info, headers, session = emulator
    response = case.call(base_url=info.url, headers=headers, session=session, timeout=10)
    case.validate_response(response, checks=[not_a_server_error])
