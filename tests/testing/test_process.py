import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import urllib.request
from pathlib import Path

import aiohttp
import pytest

import genauth_async
from genauth_async.testing import (
    DEFAULT_ACCESS_KEY_ID,
    DEFAULT_ACCESS_KEY_SECRET,
    DEFAULT_USERPOOL_ID,
    TOKEN_INVALID_API_CODE,
    Faults,
    run_emulator_process,
    seeded_user_id,
)

REPO = Path(genauth_async.__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


async def test_run_emulator_process_async():
    async with run_emulator_process(users=10) as info:
        assert info.url.startswith("http://127.0.0.1:")
        assert (info.access_key_id, info.access_key_secret, info.userpool_id) == (
            DEFAULT_ACCESS_KEY_ID,
            DEFAULT_ACCESS_KEY_SECRET,
            DEFAULT_USERPOOL_ID,
        )
        async with aiohttp.ClientSession() as session:
            body = {"accessKeyId": info.access_key_id, "accessKeySecret": info.access_key_secret}
            async with session.post(f"{info.url}/api/v3/get-management-token", json=body) as resp:
                token = (await resp.json())["data"]["access_token"]
            headers = {
                "authorization": f"Bearer {token}",
                "x-genauth-userpool-id": info.userpool_id,
            }
            params = {"userId": "user000008", "userIdType": "username"}
            async with session.get(
                f"{info.url}/api/v3/get-mfa-status", params=params, headers=headers
            ) as resp:
                assert (await resp.json())["data"]["mfaToken"] == "mfa-user000008"
            async with session.get(f"{info.url}/__emulator__/stats") as resp:
                assert (await resp.json())["users"] == 10
    assert_gone(info.pid)


def assert_gone(pid):
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_run_emulator_process_sync_passes_options():
    faults = Faults(error_rate=0.25, routes=frozenset({"/api/v3/get-mfa-status"}), latency_ms=5)
    with run_emulator_process(users=3, latency_ms=20, token_lifetime=1.5, faults=faults) as info:
        config = info.admin("GET", "faults")
        assert (config["latency_ms"], config["error_rate"]) == (20, 0.25)
        assert config["routes"] == ["/api/v3/get-mfa-status"]
        assert info.admin("GET", "stats")["users"] == 3
    assert_gone(info.pid)


def start_cli(*args):
    proc = subprocess.Popen(
        [sys.executable, "-m", "genauth_async.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    return proc, json.loads(proc.stdout.readline())


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_json_then_text_and_exits_cleanly(signum):
    proc, info = start_cli("--port", "0", "--users", "10", "--seed", "3")
    try:
        assert set(info) == {
            "url",
            "access_key_id",
            "access_key_secret",
            "userpool_id",
            "users",
            "pid",
            "websocket_host",
            "websocket_url",
        }
        assert info["websocket_host"] == "ws" + info["url"].removeprefix("http")
        assert info["websocket_url"] == "ws" + info["url"].removeprefix("http") + (
            "/events/v1/management/sub"
        )
        assert info["users"] == 10
        assert info["pid"] == proc.pid
        text = [proc.stdout.readline() for _ in range(9)]
        assert text[0].startswith(f"GenAuth emulator listening on {info['url']}")
        assert text[1].split()[:2] == ["websocket_host:", info["websocket_host"]]
        assert info["websocket_url"] in text[2]
        # ids and usernames are told apart: a users file of usernames fails as unknown ids
        assert text[6].split() == ["user", "ids:", seeded_user_id(0), "...", seeded_user_id(9)]
        assert text[7].split() == ["usernames:", "user000000", "...", "user000009"]
        assert "Ctrl-C" in text[-1]
    finally:
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_cli_listens_on_the_port_and_host_asked_for(host):
    port = free_port()
    proc, info = start_cli("--port", str(port), "--host", host, "--users", "1")
    try:
        assert info["url"] == f"http://{host}:{port}"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/__emulator__/stats") as response:
            assert json.loads(response.read())["users"] == 1
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=10)
    assert proc.returncode == 0


def test_run_emulator_process_listens_on_the_port_asked_for():
    port = free_port()
    with run_emulator_process(users=2, port=port) as info:
        assert info.url == f"http://127.0.0.1:{port}"
        assert info.admin("GET", "stats")["users"] == 2


def test_cli_says_when_the_port_is_taken():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "genauth_async.testing", "--port", str(port)],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=30,
        )
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["--users", "-5"], "--users: must be 0 or more, got -5"),
        (["--users", "many"], "--users: must be a whole number"),
        (["--port", "70000"], "--port: must be in 0..65535"),
    ],
)
def test_cli_rejects_bad_numbers_with_a_usage_error(args, mentions):
    result = subprocess.run(
        [sys.executable, "-m", "genauth_async.testing", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
    )
    assert result.returncode == 2
    assert mentions in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_rejects_bad_faults():
    result = subprocess.run(
        [sys.executable, "-m", "genauth_async.testing", "--port", "0", "--faults", '{"x": 1}'],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
    )
    assert result.returncode == 2
    assert "unknown fault fields" in result.stderr


def test_process_token_error_style_and_add_users():
    with run_emulator_process(users=2, token_error_http_status=200) as info:
        request = urllib.request.Request(
            f"{info.url}/api/v3/get-mfa-status?userId=x",
            headers={"authorization": "Bearer dead", "x-genauth-userpool-id": info.userpool_id},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
            body = json.loads(response.read())
        assert (body["statusCode"], body["apiCode"]) == (401, TOKEN_INVALID_API_CODE)
        reply = info.add_users(
            [{"userId": "u-1", "username": "one"}, {"userId": seeded_user_id(0)}]
        )
        assert reply == {"created": ["u-1"], "replaced": [seeded_user_id(0)]}
        assert info.admin("GET", "stats")["users"] == 3
        with pytest.raises(ValueError, match="username"):
            info.add_users([{"userId": "u-2", "username": 2}])


def test_cli_rejects_bad_token_error_options():
    result = subprocess.run(
        [sys.executable, "-m", "genauth_async.testing", "--token-error-http-status", "500"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
    )
    assert result.returncode == 2
    assert "token_error_http_status" in result.stderr


def test_startup_failure_is_reported():
    with pytest.raises(RuntimeError, match="exited"), run_emulator_process(token_lifetime=0):
        pass


# --- the pytest plugin, in a pytest of its own ------------------------------------------------

PLUGIN_TESTS = textwrap.dedent(
    """
    import aiohttp
    import pytest

    from genauth_async.testing import Faults, GenAuthEmulator


    async def test_emulator_fixture(genauth_emulator):
        assert isinstance(genauth_emulator, GenAuthEmulator)
        assert len(genauth_emulator.pool) == 100
        async with aiohttp.ClientSession() as session:
            async with session.get(genauth_emulator.url + "/__emulator__/stats") as resp:
                assert (await resp.json())["users"] == 100


    @pytest.mark.genauth_emulator(users=7, faults=Faults(drop_rate=0.5))
    async def test_marker(genauth_emulator):
        assert len(genauth_emulator.pool) == 7
        assert genauth_emulator.faults.drop_rate == 0.5


    async def test_client_fixture(genauth_client, genauth_emulator):
        client = genauth_client
        mfa = await client.get_user_mfa_status(user_id="user000002", user_id_type="username")
        assert mfa.mfa_token == "mfa-user000002"
    """
)


def run_pytest(tmp_path, tests, *plugins):
    (tmp_path / "test_uses_plugin.py").write_text(tests)
    ini = "[pytest]\nfilterwarnings = error\n"
    if "pytest_asyncio.plugin" in plugins:
        ini += "asyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    (tmp_path / "pytest.ini").write_text(ini)
    args = [arg for plugin in plugins for arg in ("-p", plugin)]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**ENV, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        timeout=120,
    )


def test_plugin_fixtures(tmp_path):
    result = run_pytest(
        tmp_path, PLUGIN_TESTS, "pytest_asyncio.plugin", "genauth_async.testing.plugin"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
    assert "warning" not in result.stdout.lower()


def test_plugin_loads_without_pytest_asyncio(tmp_path):
    plain = "def test_plain():\n    assert True\n"
    result = run_pytest(tmp_path, plain, "genauth_async.testing.plugin")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
