"""`genauth-async call METHOD` and `genauth-async bulk METHOD`: any endpoint from the shell."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from genauth_async import cli
from genauth_async.testing import (
    EmulatorInfo,
    Faults,
    GenAuthEmulator,
    run_emulator_process,
    seeded_user_id,
)


def creds(emulator: GenAuthEmulator) -> list[str]:
    return ["--host", emulator.url, "--access-key-id", emulator.access_key_id,
            "--access-key-secret", emulator.access_key_secret]  # fmt: skip


async def main(*argv: str) -> int:
    """cli.main in a thread with its own loop, while the emulator serves on the test's loop."""
    return await asyncio.to_thread(cli.main, list(argv))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def read_results(path: Path) -> list[dict]:
    """The outcomes, without the "sent" records written before each non-idempotent call."""
    return [r for r in read_records(path) if not r.get("sent")]


def outcomes_written(path: Path) -> int:
    """Complete outcome lines in a results file being written (not "sent" records)."""
    if not path.exists():
        return 0
    lines = path.read_bytes().split(b"\n")[:-1]
    return sum(1 for line in lines if line.strip() and b'"sent":true' not in line)


def requests_sent(emulator: GenAuthEmulator) -> int:
    return sum(emulator.stats.requests.values())


CREATE = "/api/v3/create-user"
UPDATE = "/api/v3/update-user"
SET_DEPARTMENTS = "/api/v3/set-user-departments"


@pytest.fixture(autouse=True)
def no_env_credentials(monkeypatch):
    for name in ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST"):
        monkeypatch.delenv(name, raising=False)


def username(i: int) -> str:
    return f"user{i:06d}"


# -- call --------------------------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=5)
async def test_call_prints_the_result_as_genauth_sends_it(genauth_emulator, capsys):
    spellings = [
        ["--user-id", "user000002", "--user-id-type", "username"],
        ["--userId", "user000002", "--userIdType", "username"],
        ["--user_id", "user000002", "--json", '{"userIdType": "username"}'],
        ["--json", '{"user_id": "user000002", "user_id_type": "username"}'],
    ]
    for spelling in spellings:
        assert await main("call", "get_user", *spelling, *creds(genauth_emulator)) == 0
        user = json.loads(capsys.readouterr().out)
        assert user["userId"] == seeded_user_id(2) and user["username"] == "user000002"
        assert "user_id" not in user and "createdAt" in user  # camelCase, as on the wire


@pytest.mark.genauth_emulator(users=5)
async def test_call_with_nested_models_lists_and_a_table(genauth_emulator, capsys):
    uid = seeded_user_id(1)
    code = await main(
        "call", "set_user_departments", "--user-id", uid,
        "--departments", '{"departmentId": "sales"}',
        "--departments", '{"departmentId": "ops", "isLeader": true}',
        *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 0 and json.loads(capsys.readouterr().out) == {"success": True}
    memberships = genauth_emulator.pool.get(uid).departments
    assert [(d["departmentId"], d["isLeader"]) for d in memberships] == [
        ("sales", False),
        ("ops", True),
    ]
    # a JSON array is a list too
    arr = '[{"departmentId": "hr"}]'
    assert await main("call", "set_user_departments", "--user-id", uid, "--departments", arr,
                      *creds(genauth_emulator)) == 0  # fmt: skip
    capsys.readouterr()
    args = ["call", "get_user_departments", "--user-id", uid, "--format", "table"]
    assert await main(*args, *creds(genauth_emulator)) == 0
    table = capsys.readouterr().out
    assert "departmentId" in table and "hr" in table and "totalCount: 1" in table
    assert "sales" not in table


@pytest.mark.genauth_emulator(users=5)
async def test_call_errors_are_one_line_with_status_api_code_and_request_id(
    genauth_emulator, capsys
):
    assert await main("call", "get_user", "--user-id", "nobody", *creds(genauth_emulator)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("genauth-async: error: NotFoundError:")
    assert "status 404" in line and "apiCode 40400" in line and "requestId " in line


@pytest.mark.genauth_emulator(users=5)
@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["get_usr", "--user-id", "a"], "no endpoint method 'get_usr' (did you mean get_user"),
        (["get_user"], "get_user needs user_id (missing)"),
        (["get_user", "--user-id", "a", "--user-id-type", "mail"], "user_id_type must be one of"),
        (["get_user", "--user-id", "a", "--with-post", "maybe"], "with_post must be true or"),
        (["get_user", "--json", '{"userld": "a"}'], "unknown argument 'userld' for get_user"),
        (["get_user", "--user-id", "a", "--json", '{"userId": "b"}'], "user_id is given twice"),
        (["create_user", "--name", "x"], "create_user needs at least one of email, phone"),
        (["kick_users", "--user-id", "a", "--app-ids", "[1]"], "app_ids[] must be a string"),
        (
            ["set_users_mfa_status", "--user-id", "a", "--mfa-trigger-data", '{"mfaToken": "t"}'],
            "required field missing @ $.applicationMfa",
        ),
    ],
)
async def test_call_usage_errors_exit_2_and_send_nothing(genauth_emulator, capsys, argv, says):
    assert await main("call", *argv, *creds(genauth_emulator)) == 2
    err = capsys.readouterr().err
    assert says in " ".join(err.split()) and "Traceback" not in err
    assert requests_sent(genauth_emulator) == 0


def test_call_list_and_help_come_from_the_spec_and_the_signature(capsys):
    assert cli.main(["call", "--list", "roles"]) == 0
    listed = capsys.readouterr().out
    assert "assign_role " in listed and "get_user" not in listed
    assert cli.main(["call", "--list"]) == 0
    everything = capsys.readouterr().out
    assert "create_user" in everything and "[not idempotent]" in everything
    assert cli.main(["call", "create_user", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "POST /api/v3/create-user; not idempotent" in text
    assert "--email TEXT" in text and "--gender VALUE" in text and "one of M, F, U" in text
    assert "Needs at least one of: email, phone, username" in text
    assert cli.main(["call", "--list", "nope"]) == 2
    assert cli.main(["call"]) == 2


def test_the_spec_is_read_only_by_call_and_bulk():
    probe = (
        "from genauth_async import cli, _methods\n"
        "cli.main(['--help'])\n"
        "cli.main(['mfa', 'get', '--help'])\n"
        "before = _methods._spec_operations.cache_info().currsize\n"
        "cli.main(['call', 'get_user', '--help'])\n"
        "print(before, _methods._spec_operations.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.splitlines()[-1] == "0 1"


# -- bulk --------------------------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=300)
async def test_bulk_update_from_csv_then_verify_with_get_user(genauth_emulator, tmp_path):
    rows = "".join(f"{username(i)},Nick {i}\n" for i in range(300))
    users = write(tmp_path / "nicknames.csv", "user_id,nickname\n" + rows)
    out = tmp_path / "updated.jsonl"
    code = await main(
        "bulk", "update_user", "--input", str(users), "--options", '{"userIdType": "username"}',
        "--output", str(out), "-q", "-c", "16", *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 0
    results = read_results(out)
    assert len(results) == 300 and all(r["ok"] for r in results)
    assert results[0]["input"] == {"user_id": username(int(results[0]["line"]) - 2),
                                   "nickname": f"Nick {int(results[0]['line']) - 2}"}  # fmt: skip
    writes = genauth_emulator.stats.writes_by_route[UPDATE]
    assert writes == {seeded_user_id(i): 1 for i in range(300)}

    # verify with another bulk command: get_user, one call per line of a .jsonl
    ids = write(
        tmp_path / "ids.jsonl",
        "".join(json.dumps({"userId": username(i)}) + "\n" for i in range(300)),
    )
    check = tmp_path / "check.jsonl"
    code = await main(
        "bulk", "get_user", "-i", str(ids), "--user-id-type", "username", "-o", str(check),
        "-q", *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 0
    got = {r["input"]["user_id"]: r["result"]["nickname"] for r in read_results(check)}
    assert got == {username(i): f"Nick {i}" for i in range(300)}


@pytest.mark.genauth_emulator(users=20)
async def test_bulk_with_constants_and_per_line_values(genauth_emulator, tmp_path):
    lines = [{"user_id": seeded_user_id(i), "departments": [{"departmentId": f"d{i}"}]}
             for i in range(10)]  # fmt: skip
    lines += [{"userId": seeded_user_id(i)} for i in range(10, 20)]  # the constant's departments
    path = write(tmp_path / "d.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    code = await main(
        "bulk", "set_user_departments", "-i", str(path), "-q",
        "--departments", '{"departmentId": "all", "isMainDepartment": true}',
        *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 0
    got = [[d["departmentId"] for d in genauth_emulator.pool.get(seeded_user_id(i)).departments]
           for i in range(20)]  # fmt: skip
    assert got == [[f"d{i}"] for i in range(10)] + [["all"]] * 10


BAD_BULK_FILES = [
    ("u.csv", "user_id,nikname\na,b\n", "line 1: the CSV header: unknown argument 'nikname'"),
    ("u.csv", "user_id,nickname\na,b\n,c\n", "line 3: update_user needs user_id (missing)"),
    ("u.csv", "user_id,gender\na,M\nb,X\n", "line 3: gender must be one of 'M', 'F', 'U'"),
    ("u.csv", "user_id,email_verified\na,yes\nb,sure\n", "line 3: email_verified must be true"),
    ("u.jsonl", '{"user_id": "a"}\n{"user_id": 7}\n', "line 2: user_id must be a string"),
    ("u.jsonl", '{"user_id": "a"}\n{"user_id": ""}\n', "line 2: user_id must be a non-empty"),
    ("u.jsonl", '{"user_id": "a"}\n[1]\n', "line 2: expected a JSON object"),
    ("u.jsonl", '{"user_id": "a", "options": 3}\n', "line 1: options must be a JSON object"),
    ("u.txt", "a\n", "name it .csv (a header of argument names) or .jsonl"),
    ("u.csv", "", "the file has no inputs"),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD_BULK_FILES)
@pytest.mark.genauth_emulator(users=5)
async def test_bulk_checks_the_whole_file_first_and_names_the_line(
    genauth_emulator, tmp_path, capsys, name, text, message
):
    path = write(tmp_path / name, text)
    assert await main("bulk", "update_user", "-i", str(path), "-q", *creds(genauth_emulator)) == 2
    assert message in " ".join(capsys.readouterr().err.split())
    assert requests_sent(genauth_emulator) == 0


@pytest.mark.genauth_emulator(users=500)
async def test_a_bad_line_at_the_end_sends_nothing(genauth_emulator, tmp_path, capsys):
    rows = "".join(
        json.dumps({"userId": seeded_user_id(i), "city": "x"}) + "\n" for i in range(500)
    )
    path = write(tmp_path / "u.jsonl", rows + json.dumps({"userId": "z", "status": "Asleep"}))
    args = ["bulk", "update_user", "-i", str(path), "-q", *creds(genauth_emulator)]
    assert await main(*args) == 2
    assert "line 501: status must be one of" in capsys.readouterr().err
    assert await main(*args, "--dry-run") == 2
    assert requests_sent(genauth_emulator) == 0
    write(tmp_path / "u.jsonl", rows)
    assert await main(*args, "--dry-run") == 0
    assert "500 inputs, all rows valid; 500 would be sent" in capsys.readouterr().out
    assert requests_sent(genauth_emulator) == 0


def create_lines(n: int) -> str:
    return "".join(
        json.dumps({"username": f"new{i:05d}", "email": f"new{i:05d}@example.com"}) + "\n"
        for i in range(n)
    )


def created(emulator: GenAuthEmulator, n: int) -> list[int]:
    """How many users exist with each new username (0 or 1)."""
    return [int(emulator.pool.resolve("username", f"new{i:05d}") is not None) for i in range(n)]


@pytest.mark.genauth_emulator(users=0)
async def test_non_idempotent_failures_that_may_have_applied_are_unknown_not_redone(
    genauth_emulator, tmp_path, capsys
):
    # every create is applied, then the connection drops: the client cannot know
    genauth_emulator.faults = Faults(
        fail_after_apply_rate=0.3, fail_after_apply_action="drop", routes=frozenset({CREATE}),
        seed=7,
    )  # fmt: skip
    path = write(tmp_path / "people.jsonl", create_lines(60))
    out = tmp_path / "created.jsonl"
    args = ["bulk", "create_user", "-i", str(path), "-q", *creds(genauth_emulator)]
    assert await main(*args, "-o", str(out)) == 1
    results = read_results(out)
    unknown = sorted(r["line"] for r in results if r["unknown"])
    assert unknown and all(not r["ok"] for r in results if r["unknown"])
    assert all(r["ok"] or r["unknown"] for r in results)
    # never retried once it may have been applied: one create per line, and all 60 exist
    assert sum(genauth_emulator.stats.writes_by_route[CREATE].values()) == 60
    assert created(genauth_emulator, 60) == [1] * 60
    err = " ".join(capsys.readouterr().err.split())
    assert f"{len(unknown)} call(s) failed but may have taken effect" in err
    assert "lines " + ", ".join(map(str, unknown[:20])) in err

    # --resume sends nothing again, and says which lines the operator must decide on
    genauth_emulator.faults = Faults()
    before = requests_sent(genauth_emulator)
    assert await main(*args, "--resume", str(out)) == 1
    assert requests_sent(genauth_emulator) == before
    err = " ".join(capsys.readouterr().err.split())
    assert f"{len(unknown)} line(s) failed in an earlier run in a way that may have" in err
    assert "--retry-unknown" in err

    # the operator decides: sending them again fails for those that exist (GenAuth says so)
    assert await main(*args, "--resume", str(out), "--retry-unknown") == 1
    again = read_results(out)[len(results) :]
    assert sorted(r["line"] for r in again) == unknown
    assert all(not r["ok"] and "already exists" in r["message"] for r in again)
    assert created(genauth_emulator, 60) == [1] * 60


@pytest.mark.genauth_emulator(users=0)
async def test_resume_after_ctrl_c_creates_every_user_exactly_once(genauth_emulator, tmp_path):
    genauth_emulator.faults = Faults(latency_ms=5, routes=frozenset({CREATE}))
    n = 300
    path = write(tmp_path / "people.jsonl", create_lines(n))
    out = tmp_path / "created.jsonl"
    args = ["bulk", "create_user", "-i", str(path), "-q", *creds(genauth_emulator)]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "genauth_async", *args, "-o", str(out), "--rate", "60", "-c", "4",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        while outcomes_written(out) < 30:
            assert proc.returncode is None, await proc.stderr.read()
            await asyncio.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 130, stderr
    first = read_results(out)
    assert 30 <= len(first) < n and all(r["ok"] for r in first)
    assert sum(created(genauth_emulator, n)) == len(first)  # in flight calls were finished

    assert await main(*args, "--resume", str(out)) == 0
    assert created(genauth_emulator, n) == [1] * n
    assert sum(genauth_emulator.stats.writes_by_route[CREATE].values()) == n  # none twice
    assert sorted(r["line"] for r in read_results(out)) == list(range(1, n + 1))


@pytest.mark.genauth_emulator(users=5)
async def test_bulk_keeps_results_files_and_stops_when_genauth_is_unreachable(
    genauth_emulator, tmp_path, capsys
):
    path = write(tmp_path / "u.csv", "user_id\n" + "".join(f"{username(i)}\n" for i in range(5)))
    out = write(tmp_path / "r.jsonl", '{"earlier": "run"}\n')
    args = ["bulk", "get_user_roles", "-i", str(path), "--user-id-type", "username", "-q"]
    assert await main(*args, "-o", str(out), *creds(genauth_emulator)) == 2
    assert out.read_text() == '{"earlier": "run"}\n'
    assert "already holds results" in capsys.readouterr().err
    assert await main(*args, "-o", str(out), "--overwrite", *creds(genauth_emulator)) == 0
    roles = read_results(out)
    assert len(roles) == 5 and all(r["ok"] and "totalCount" in r["result"] for r in roles)

    many = write(tmp_path / "many.csv", "user_id\n" + "x\n" * 2000)
    dead = tmp_path / "dead.jsonl"
    code = await main(
        "bulk", "get_user_roles", "-i", str(many), "-o", str(dead), "-q", "-c", "4",
        "--host", "http://127.0.0.1:9", "--access-key-id", "k", "--access-key-secret", "s",
    )  # fmt: skip
    assert code == 1
    assert 1 <= len(read_results(dead)) <= 8
    assert "stopped: GenAuth cannot be reached" in capsys.readouterr().err


async def test_bulk_usage_errors(tmp_path, capsys):
    path = write(tmp_path / "u.csv", "user_id\na\n")
    assert await main("bulk") == 2
    assert await main("bulk", "get_user") == 2  # --input is required
    assert await main("bulk", "no_such_method", "-i", str(path)) == 2
    assert "no endpoint method 'no_such_method'" in capsys.readouterr().err
    assert await main("bulk", "get_user", "-i", str(path), "--user-id-type", "x") == 2
    assert "user_id_type must be one of" in capsys.readouterr().err
    assert await main("bulk", "get_user", "-i", str(path)) == 2  # no credentials
    assert "credentials are required" in capsys.readouterr().err
    assert await main("bulk", "get_user", "--help") == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--retry-unknown" in text and "--user-id-type VALUE" in text


def process_creds(info: EmulatorInfo) -> list[str]:
    return ["--host", info.url, "--access-key-id", info.access_key_id,
            "--access-key-secret", info.access_key_secret]  # fmt: skip


def usernames_at(info: EmulatorInfo) -> Counter[str]:
    """How many users the emulator holds with each username."""
    return Counter(u.get("username") for u in info.dump_fixture()["users"])


def test_resume_after_sigkill_never_resends_what_was_in_flight(tmp_path):
    """The process is killed outright mid-run: the calls in flight have a "sent" record and no
    outcome; --resume holds them back as unknown, sends the rest, and nothing is sent twice."""
    n = 400
    path = write(tmp_path / "people.jsonl", create_lines(n))
    out = tmp_path / "created.jsonl"
    slow = Faults(latency_ms=100, jitter_ms=20, routes=frozenset({CREATE}))
    with run_emulator_process(users=0, faults=slow) as info:
        args = [sys.executable, "-m", "genauth_async", "bulk", "create_user", "-i", str(path),
                "-q", "-c", "8", *process_creds(info)]  # fmt: skip
        proc = subprocess.Popen([*args, "-o", str(out)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while outcomes_written(out) < 40:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.kill()
            proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        # what the killed run left: a line may be cut short mid-write
        first = []
        for raw in out.read_text().splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                first.append(json.loads(raw))
        sent = {r["line"] for r in first if r.get("sent")}
        finished = {r["line"] for r in first if not r.get("sent")}
        in_flight = sorted(sent - finished)
        assert finished <= sent  # every call was recorded as sent before it went out
        assert 1 <= len(in_flight) <= 8 and len(finished) < n
        requests_before = info.admin("GET", "stats")["requests"].get(CREATE, 0)
        assert len(finished) <= requests_before <= len(finished) + len(in_flight)

        # --resume sends the rest, and not the lines that were in flight
        resumed = subprocess.run([*args, "--resume", str(out)], capture_output=True, text=True,
                                 timeout=120)  # fmt: skip
        assert resumed.returncode == 1, resumed.stderr
        err = " ".join(resumed.stderr.split())
        assert (
            f"{len(in_flight)} line(s) were sent by an earlier run that ended (was killed) "
            "before their outcome was recorded"
        ) in err
        assert "lines " + ", ".join(map(str, in_flight)) + "." in err and "--retry-unknown" in err
        stats = info.admin("GET", "stats")
        assert stats["requests"][CREATE] == requests_before + n - len(finished) - len(in_flight)
        results = read_results(out)
        outcomes = Counter(r["line"] for r in results)
        # every line has exactly one outcome, or is one of the unknown lines (and has none)
        assert set(outcomes.values()) == {1}
        assert sorted([*outcomes, *in_flight]) == list(range(1, n + 1))
        assert all(r["ok"] for r in results)
        users = usernames_at(info)
        # each user created at most once: a finished line exactly once, an unknown one 0 or 1
        assert all(users[f"new{line - 1:05d}"] == 1 for line in outcomes)
        assert all(users[f"new{line - 1:05d}"] <= 1 for line in in_flight)
        assert all(count == 1 for count in stats["writes_by_route"][CREATE].values())

        # the operator decides to send them anyway: GenAuth refuses those that were applied
        again = subprocess.run([*args, "--resume", str(out), "--retry-unknown"],
                               capture_output=True, text=True, timeout=120)  # fmt: skip
        applied = [line for line in in_flight if users[f"new{line - 1:05d}"] == 1]
        assert again.returncode == (1 if applied else 0), again.stderr
        last = read_results(out)[len(results) :]
        assert sorted(r["line"] for r in last) == in_flight
        assert all(r["ok"] != (r["line"] in applied) for r in last)
        assert all("already exists" in r["message"] for r in last if not r["ok"])
        assert usernames_at(info) == Counter({**users, **{f"new{i:05d}": 1 for i in range(n)}})


def test_call_list_shows_summaries_that_say_more_than_the_name(capsys):
    assert cli.main(["call", "--list"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert len(lines) > 400
    for line in lines:
        name, _, summary = line.strip().partition(" ")
        words = set(re.findall(r"[a-z0-9]+", summary.replace("[not idempotent]", "").lower()))
        assert not words or not words <= set(name.split("_")), line  # never the name again
    (create,) = [line for line in lines if line.split()[0] == "create_user"]
    assert "Create a user; at least one of email, phone and username is required." in create


#: words a summary may share with the name and still say something: what is left must be new
_FILLER = {
    *("a", "an", "the", "of", "by", "to", "for", "in", "on", "and", "or", "with", "from"),
    *("is", "are", "be", "its", "it", "all", "one", "api", "info", "information"),
    *("details", "detail", "data", "s"),
}


def _restates(name: str, summary: str) -> bool:
    def stem(word: str) -> str:
        return word[:-1] if word.endswith("s") and len(word) > 3 else word

    named = {stem(w) for w in name.split("_")}
    words = re.findall(r"[a-z0-9]+", summary.lower())
    return all(stem(w) in named or w in _FILLER for w in words)


def test_restating_is_caught():
    assert _restates("list_tenants", "List tenants.")
    assert _restates("get_organization", "Get organization details")
    assert not _restates("list_tenants", "Tenants whose name matches a keyword, a page at a time.")


def test_call_list_says_what_every_method_does(capsys):
    assert cli.main(["call", "--list"]) == 0
    lines = [line.split(None, 1) for line in capsys.readouterr().out.splitlines()]
    listed = {parts[0]: parts[1] for parts in lines if len(parts) == 2 and parts[0][-1] != ":"}
    # the methods only GenAuth's server OpenAPI document has are there, with the rest
    for name in ("create_department", "list_sync_tasks", "create_post", "get_verify_config"):
        assert name in listed
    assert len(listed) >= 492
    restated = {n: s for n, s in listed.items() if _restates(n, s.split("  [")[0])}
    assert restated == {}


@pytest.mark.genauth_emulator(users=5)
async def test_call_and_bulk_reach_a_method_only_the_server_document_has(
    genauth_emulator, tmp_path
):
    org = ["--organization-code", "org-x", "--organization-name", "X", "--metadata", "{}"]
    assert await main("call", "create_organization", *org, *creds(genauth_emulator)) == 0
    (root,) = genauth_emulator.dump_fixture()["organizations"]
    dep = root["departmentId"]
    args = ["--organization-code", "org-x", "--department-id", dep]
    assert await main("call", "list_children_departments", *args, *creds(genauth_emulator)) == 0
    rows = tmp_path / "members.jsonl"
    rows.write_text(
        "".join(
            json.dumps({"departmentId": dep, "organizationCode": "org-x", "userIds": [u]}) + "\n"
            for u in (seeded_user_id(1), seeded_user_id(2))
        )
    )
    code = await main(
        "bulk", "add_department_members", "--input", str(rows), *creds(genauth_emulator)
    )
    assert code == 0
    assert genauth_emulator.stats.requests["/api/v3/add-department-members"] == 2


async def test_call_prints_the_answer_as_genauth_sent_it(answering_server, capsys):
    """Keys the model does not declare, and values that do not fit it, are printed as sent."""
    sent = {
        "userId": "u1",
        "username": "alice",
        "aFieldAddedLater": {"nested": [1, "two"]},
        "gender": 7,  # not one of the declared values: kept
        "phone": None,
    }
    answering_server.envelope = {"statusCode": 200, "message": "ok", "data": sent}
    connection = [
        "--host",
        answering_server.url,
        "--access-key-id",
        "k",
        "--access-key-secret",
        "s",
    ]
    assert await main("call", "get_user", "--user-id", "u1", *connection) == 0
    assert json.loads(capsys.readouterr().out) == sent
