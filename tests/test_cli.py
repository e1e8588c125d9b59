from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import orjson
import pytest

from genauth_async import cli
from genauth_async.testing import USER_NOT_FOUND_API_CODE, Faults, GenAuthEmulator, seeded_user_id

SET_MFA = "/api/v3/set-mfa-status"
RESET_PA = "/api/v3/reset-user-principal-authentication-info"
MFA_JSON = (
    '{"mfaToken": "cli-token", "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}]}'
)
RESULT_KEYS = {
    "line",
    "input",
    "ok",
    "error",
    "message",
    "requestId",
    "apiCode",
    "attempts",
    "elapsedMs",
}


@pytest.fixture(autouse=True)
def no_env_credentials(monkeypatch):
    for name in ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST"):
        monkeypatch.delenv(name, raising=False)


def creds(emulator: GenAuthEmulator) -> list[str]:
    return [
        "--host",
        emulator.url,
        "--access-key-id",
        emulator.access_key_id,
        "--access-key-secret",
        emulator.access_key_secret,
    ]


async def main(*argv: str) -> int:
    """cli.main in a thread with its own loop, while the emulator serves on the test's loop."""
    return await asyncio.to_thread(cli.main, list(argv))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def user_lines(n: int, start: int = 0) -> str:
    return "".join(seeded_user_id(i) + "\n" for i in range(start, start + n))


def read_results(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def requests_sent(emulator: GenAuthEmulator) -> int:
    return sum(emulator.stats.requests.values())


# -- happy paths and results files -------------------------------------------------------------


@pytest.mark.genauth_emulator(users=40)
async def test_mfa_set_from_txt_writes_one_result_per_user(genauth_emulator, tmp_path, capsys):
    users = write(tmp_path / "users.txt", "\n" + user_lines(40) + "\n\n")
    out = tmp_path / "results.jsonl"
    code = await main(
        "mfa", "set", "--input", str(users), "--mfa-json", MFA_JSON, "--output", str(out),
        "--quiet", *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 0
    results = read_results(out)
    assert len(results) == 40
    assert all(set(r) == RESULT_KEYS for r in results)
    assert all(r["ok"] and r["error"] is None and r["attempts"] == 1 for r in results)
    by_line = {r["line"]: r["input"]["user_id"] for r in results}
    assert by_line == {i + 2: seeded_user_id(i) for i in range(40)}  # line 1 is blank
    writes = genauth_emulator.stats.writes_by_route[SET_MFA]
    assert writes == {seeded_user_id(i): 1 for i in range(40)}
    assert genauth_emulator.pool.get(seeded_user_id(1)).mfa_trigger_data["mfaToken"] == "cli-token"
    summary = capsys.readouterr().out
    assert "succeeded" in summary and "40" in summary


@pytest.mark.genauth_emulator(users=10)
async def test_some_failures_exit_1_and_are_described(genauth_emulator, tmp_path):
    users = write(
        tmp_path / "users.csv",
        "name,user_id,user_id_type\n"
        "a,user000001@example.com,email\n"
        "b,nobody@example.com,email\n"
        f"c,{seeded_user_id(2)},\n",
    )
    out = tmp_path / "out.jsonl"
    code = await main(
        "principal-auth", "reset", "-i", str(users), "-o", str(out), "-q",
        *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 1
    results = {r["line"]: r for r in read_results(out)}
    assert results[2]["ok"] and results[4]["ok"]
    failed = results[3]
    assert failed["ok"] is False
    assert failed["input"] == {"user_id": "nobody@example.com", "user_id_type": "email"}
    assert failed["error"] == "NotFoundError"
    assert failed["apiCode"] == USER_NOT_FOUND_API_CODE
    assert failed["requestId"] and "not found" in failed["message"]


@pytest.mark.genauth_emulator(users=6)
async def test_per_row_mfa_in_csv_and_jsonl(genauth_emulator, tmp_path):
    def mfa(token: str) -> dict:
        return {"mfaToken": token, "applicationMfa": [], "totpMfaEnabled": True}

    csv_text = "user_id,mfa\n" + "".join(
        f'{seeded_user_id(i)},"{json.dumps(mfa(f"csv-{i}")).replace(chr(34), chr(34) * 2)}"\n'
        for i in range(3)
    )
    jsonl_text = "".join(
        json.dumps({"user_id": f"user{i:06d}", "user_id_type": "username", "mfa": mfa(f"j-{i}")})
        + "\n"
        for i in range(3, 6)
    )
    for name, text in (("a.csv", csv_text), ("b.jsonl", jsonl_text)):
        path = write(tmp_path / name, text)
        assert await main("mfa", "set", "-i", str(path), "-q", *creds(genauth_emulator)) == 0
    tokens = [
        genauth_emulator.pool.get(seeded_user_id(i)).mfa_trigger_data["mfaToken"] for i in range(6)
    ]
    assert tokens == ["csv-0", "csv-1", "csv-2", "j-3", "j-4", "j-5"]


@pytest.mark.genauth_emulator(users=10)
async def test_get_commands_write_the_results(genauth_emulator, tmp_path):
    users = write(tmp_path / "u.txt", "".join(f"user{i:06d}\n" for i in range(4)))
    out = tmp_path / "mfa.jsonl"
    args = ["-i", str(users), "--user-id-type", "username", "-q", *creds(genauth_emulator)]
    assert await main("mfa", "get", *args, "-o", str(out)) == 0
    results = read_results(out)
    assert [r["result"]["mfaToken"] for r in results] == [
        "mfa-user000000",
        "",
        "mfa-user000002",
        "",
    ]

    out = tmp_path / "pa.jsonl"
    assert await main("principal-auth", "get", *args, "-o", str(out)) == 0
    assert [r["result"]["totalCount"] for r in read_results(out)] == [1, 0, 0, 1]


@pytest.mark.genauth_emulator(users=5)
async def test_users_kick_and_credentials_from_the_environment(
    genauth_emulator, tmp_path, monkeypatch
):
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_ID", genauth_emulator.access_key_id)
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_SECRET", genauth_emulator.access_key_secret)
    monkeypatch.setenv("GENAUTH_HOST", genauth_emulator.url)
    users = write(tmp_path / "u.txt", user_lines(5))
    code = await main("users", "kick", "-i", str(users), "--app-ids", "app1, app2", "-q")
    assert code == 0
    assert genauth_emulator.stats.writes_by_route["/api/v3/kick-users"] == {
        seeded_user_id(i): 1 for i in range(5)
    }


@pytest.mark.genauth_emulator(users=5)
async def test_max_failures_stops_and_says_how_many_were_not_taken(
    genauth_emulator, tmp_path, capsys
):
    users = write(tmp_path / "u.txt", "".join(f"nobody-{i}\n" for i in range(50)))
    out = tmp_path / "o.jsonl"
    code = await main(
        "mfa", "get", "-i", str(users), "-o", str(out), "-q", "-c", "1", "--max-failures", "3",
        *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 1
    assert [r["line"] for r in read_results(out)] == [1, 2, 3]
    summary = capsys.readouterr().out
    assert "--max-failures" in summary and "not taken" in summary and "47" in summary


@pytest.mark.genauth_emulator(users=5)
async def test_fail_fast(genauth_emulator, tmp_path):
    users = write(tmp_path / "u.txt", "nobody\n" + user_lines(5))
    out = tmp_path / "o.jsonl"
    code = await main(
        "mfa", "get", "-i", str(users), "-o", str(out), "-q", "-c", "1", "--fail-fast",
        *creds(genauth_emulator),
    )  # fmt: skip
    assert code == 1
    assert len(read_results(out)) == 1


# -- bad input: exit 2, nothing sent -----------------------------------------------------------


BAD_FILES = [
    ("u.csv", "id,name\n1,a\n", "line 1: the CSV header has no user_id column"),
    ("u.jsonl", '{"user_id": "a"}\n{"user_id": \n', "line 2: not valid JSON"),
    ("u.jsonl", '{"user_id": "a"}\n[1]\n', "line 2: expected a JSON object"),
    ("u.jsonl", '{"user_id": "a"}\n\n{"name": "b"}\n', "line 3: user_id is missing"),
    ("u.csv", "user_id,user_id_type\na,email\nb,mail\n", "line 3: unknown user_id_type 'mail'"),
    ("u.txt", "", "the file has no users"),
    ("u.csv", "", "the file has no users"),
    ("u.csv", "user_id,mfa\na,{not json}\n", "line 2: mfa: not valid JSON"),
    (
        "u.csv",
        'user_id,mfa\na,"{""mfaToken"": ""t""}"\n',
        "line 2: mfa is not a valid MfaTriggerData: required field missing @ $.applicationMfa",
    ),
    ("u.xlsx", "a\n", "cannot tell the format of u.xlsx"),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD_FILES)
@pytest.mark.genauth_emulator(users=5)
async def test_bad_input_files_exit_2_naming_the_line(
    genauth_emulator, tmp_path, capsys, name, text, message
):
    path = write(tmp_path / name, text)
    code = await main(
        "mfa", "set", "-i", str(path), "--mfa-json", MFA_JSON, "-q", *creds(genauth_emulator)
    )
    assert code == 2
    err = capsys.readouterr().err
    assert message in " ".join(err.split())
    assert requests_sent(genauth_emulator) == 0


@pytest.mark.genauth_emulator(users=200)
async def test_a_bad_row_at_the_end_stops_everything_before_sending(genauth_emulator, tmp_path):
    path = write(tmp_path / "u.txt", user_lines(200))
    code = await main("mfa", "set", "-i", str(path), "-q", *creds(genauth_emulator))
    assert code == 2  # no --mfa-json and no mfa column: every row is bad
    rows = "".join(json.dumps({"user_id": seeded_user_id(i)}) + "\n" for i in range(200))
    path = write(tmp_path / "u.jsonl", rows + "oops\n")
    code = await main("mfa", "get", "-i", str(path), "-q", *creds(genauth_emulator))
    assert code == 2
    assert requests_sent(genauth_emulator) == 0


@pytest.mark.genauth_emulator(users=5)
async def test_dry_run_checks_and_sends_nothing(genauth_emulator, tmp_path, capsys):
    good = write(tmp_path / "good.csv", "user_id,user_id_type\n" + "a@b.c,email\nx,\n")
    assert await main("principal-auth", "reset", "-i", str(good), "--dry-run") == 0
    assert "2 users, all rows valid" in capsys.readouterr().out
    bad = write(tmp_path / "bad.csv", "user_id,user_id_type\na,email\nb,nope\n")
    assert await main("principal-auth", "reset", "-i", str(bad), "--dry-run") == 2
    assert "line 3" in capsys.readouterr().err
    assert requests_sent(genauth_emulator) == 0


async def test_bad_usage_exits_2(tmp_path, capsys):
    users = write(tmp_path / "u.txt", "a\n")
    assert await main("mfa") == 2
    assert await main("mfa", "set") == 2  # --input is required
    assert await main("mfa", "get", "-i", str(users), "--concurrency", "0") == 2
    assert await main("users", "kick", "-i", str(users)) == 2  # --app-ids is required
    assert await main("mfa", "get", "-i", str(users), "--user-id-type", "mail") == 2
    # no credentials anywhere
    assert await main("mfa", "get", "-i", str(users)) == 2
    assert "credentials are required" in capsys.readouterr().err
    bad_json = ["mfa", "set", "-i", str(users), "--mfa-json", "{", "--access-key-id", "k"]
    assert await main(*bad_json, "--access-key-secret", "s") == 2
    assert await main("--help") == 0
    assert await main("mfa", "get", "-i", str(tmp_path / "missing.txt"), "--dry-run") == 2


# -- resume ------------------------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=300)
async def test_resume_after_an_interrupted_run_completes_exactly_the_rest(
    genauth_emulator, tmp_path
):
    genauth_emulator.faults = Faults(latency_ms=5, routes=frozenset({SET_MFA}))
    users = write(tmp_path / "users.txt", user_lines(300))
    out = tmp_path / "results.jsonl"
    args = ["mfa", "set", "-i", str(users), "--mfa-json", MFA_JSON, "-q", *creds(genauth_emulator)]
    # a real Ctrl-C, in a separate process, partway through
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "genauth_async", *args, "-o", str(out), "--rate", "60", "-c", "4",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        while not (out.exists() and len(out.read_bytes().splitlines()) >= 30):
            assert proc.returncode is None, await proc.stderr.read()
            await asyncio.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stdout
    first = read_results(out)
    assert 30 <= len(first) < 300 and all(r["ok"] for r in first)
    # everything taken was finished and recorded; nothing else was written
    writes = genauth_emulator.stats.writes_by_route[SET_MFA]
    assert set(writes) == {r["input"]["user_id"] for r in first}

    assert await main(*args, "--resume", str(out)) == 0
    writes = genauth_emulator.stats.writes_by_route[SET_MFA]
    assert writes == {seeded_user_id(i): 1 for i in range(300)}  # none twice, none missing
    results = read_results(out)
    assert len(results) == 300
    assert sorted(r["line"] for r in results) == list(range(1, 301))

    # and once everything is done, a resume sends nothing
    before = requests_sent(genauth_emulator)
    assert await main(*args, "--resume", str(out)) == 0
    assert requests_sent(genauth_emulator) == before


@pytest.mark.genauth_emulator(users=20)
async def test_resume_redoes_failures_and_a_cut_off_line(genauth_emulator, tmp_path):
    users = write(tmp_path / "users.txt", user_lines(20))
    out = tmp_path / "r.jsonl"
    records = [
        {"line": i + 1, "input": {"user_id": seeded_user_id(i), "user_id_type": None}, "ok": True}
        for i in range(10)
    ]
    records[3]["ok"] = False  # a failure: done again
    text = b"".join(orjson.dumps(r) + b"\n" for r in records) + b'{"line": 11, "inp'
    out.write_bytes(text)
    args = ["mfa", "set", "-i", str(users), "--mfa-json", MFA_JSON, "-q", *creds(genauth_emulator)]
    assert await main(*args, "--resume", str(out)) == 0
    writes = genauth_emulator.stats.writes_by_route[SET_MFA]
    assert set(writes) == {seeded_user_id(i) for i in [3, *range(10, 20)]}
    # the appended records start on a line of their own, after the cut-off one
    lines = out.read_text().splitlines()
    assert len(lines) == 10 + 1 + 11 and lines[10] == '{"line": 11, "inp'
    assert sorted(json.loads(line)["line"] for line in lines[11:]) == [4, *range(11, 21)]


@pytest.mark.genauth_emulator(users=6)
async def test_resume_with_a_default_user_id_type(genauth_emulator, tmp_path):
    users = write(tmp_path / "users.txt", "".join(f"user{i:06d}\n" for i in range(6)))
    out = tmp_path / "r.jsonl"
    args = ["principal-auth", "reset", "-i", str(users), "--user-id-type", "username", "-q"]
    assert await main(*args, "-o", str(out), "--limit", "2", *creds(genauth_emulator)) == 0
    assert [r["input"]["user_id_type"] for r in read_results(out)] == ["username"] * 2
    assert await main(*args, "--resume", str(out), *creds(genauth_emulator)) == 0
    assert sorted(r["line"] for r in read_results(out)) == [1, 2, 3, 4, 5, 6]
    writes = genauth_emulator.stats.writes_by_route[RESET_PA]
    assert writes == {seeded_user_id(i): 1 for i in range(6)}


@pytest.mark.genauth_emulator(users=20)
async def test_a_rejected_access_key_stops_the_run(genauth_emulator, tmp_path, capsys):
    users = write(tmp_path / "users.txt", user_lines(20))
    out = tmp_path / "r.jsonl"
    code = await main(
        "mfa", "get", "-i", str(users), "-o", str(out), "-q", "-c", "2", "--host",
        genauth_emulator.url, "--access-key-id", "k", "--access-key-secret", "wrong",
    )  # fmt: skip
    assert code == 1
    results = read_results(out)
    assert 1 <= len(results) <= 4
    assert {r["error"] for r in results} == {"AuthenticationError"}
    captured = capsys.readouterr()
    assert "GenAuth rejected the access key" in captured.out
    assert "first failures" not in captured.out  # one message, not one row per user
    (message,) = [line for line in captured.err.splitlines() if "stopped:" in line]
    assert "check the access key id and secret" in message
    assert f"{20 - len(results)} users were not taken" in message
    assert f"--resume {out}" in message


@pytest.mark.genauth_emulator(users=20)
async def test_resume_refuses_a_results_file_of_another_input(genauth_emulator, tmp_path, capsys):
    out = tmp_path / "r.jsonl"
    out.write_bytes(
        orjson.dumps({"line": 1, "input": {"user_id": "someone-else"}, "ok": True}) + b"\n"
    )
    users = write(tmp_path / "users.txt", user_lines(5))
    args = ["mfa", "get", "-i", str(users), "-q", "--resume", str(out), *creds(genauth_emulator)]
    assert await main(*args) == 2
    assert "changed since that run" in capsys.readouterr().err
    out.write_bytes(
        orjson.dumps({"line": 9, "input": {"user_id": "someone-else"}, "ok": True}) + b"\n"
    )
    assert await main(*args) == 2
    assert "written for another input" in capsys.readouterr().err
    assert requests_sent(genauth_emulator) == 0


# -- the demo ----------------------------------------------------------------------------------


async def test_demo_runs_in_a_fresh_process(tmp_path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "genauth_async", "demo", "--users", "200", "--latency-ms", "5",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("GENAUTH_")},
    )  # fmt: skip
    stdout, stderr = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, stderr
    text = " ".join(stdout.decode().split())
    assert "mfa set" in text and "principal-auth reset" in text
    assert "succeeded │ 200" in text
    assert "200/200 users had MFA set exactly once" in text
    assert "200/200 users had real-name info reset exactly once" in text
    # any endpoint from a CSV, read back with another endpoint
    assert "bulk update_user --input profiles.csv" in text and "bulk get_user" in text
    assert "200/200 users had their nickname updated exactly once" in text
    assert "get_user check: 200/200 users read back with their new nickname" in text
    # a role for every user from a CSV (a constant --code), verified in bulk
    assert "call create_role --code demo-auditor" in text
    assert "bulk assign_role --input members.csv --code demo-auditor" in text
    assert "bulk get_user_roles --input ids.csv" in text
    assert "200/200 users had the role demo-auditor assigned exactly once" in text
    assert "get_user_roles check: 200/200 users hold the role demo-auditor" in text


# -- results files are never lost --------------------------------------------------------------


@pytest.mark.genauth_emulator(users=5)
async def test_an_existing_results_file_is_never_truncated(genauth_emulator, tmp_path, capsys):
    users = write(tmp_path / "users.txt", user_lines(5))
    out = write(tmp_path / "results.jsonl", '{"line": 1, "earlier": "run"}\n')
    args = ["mfa", "get", "-i", str(users), "-q", *creds(genauth_emulator)]
    assert await main(*args, "-o", str(out)) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert f"{out} already holds results: add --resume {out}" in err and "--overwrite" in err
    assert out.read_text() == '{"line": 1, "earlier": "run"}\n'
    assert requests_sent(genauth_emulator) == 0
    assert await main(*args, "-o", str(out), "--dry-run") == 2  # a dry run says so too

    assert await main(*args, "-o", str(out), "--overwrite") == 0
    assert [r["line"] for r in read_results(out)] == [1, 2, 3, 4, 5]
    empty = write(tmp_path / "empty.jsonl", "")
    assert await main(*args, "-o", str(empty)) == 0  # an empty file holds nothing to lose
    assert len(read_results(empty)) == 5


@pytest.mark.genauth_emulator(users=5)
async def test_resume_of_a_missing_file_is_a_usage_error(genauth_emulator, tmp_path, capsys):
    users = write(tmp_path / "users.txt", user_lines(5))
    missing = tmp_path / "missing.jsonl"
    args = ["mfa", "get", "-i", str(users), "-q", *creds(genauth_emulator)]
    assert await main(*args, "--resume", str(missing)) == 2
    assert f"--resume {missing}: no such results file" in capsys.readouterr().err
    assert not missing.exists()
    done = write(tmp_path / "done.jsonl", "")
    assert await main(*args, "--resume", str(done), "--overwrite") == 2
    assert "exclude each other" in capsys.readouterr().err
    assert requests_sent(genauth_emulator) == 0


# -- a cause that concerns every user ----------------------------------------------------------


@pytest.mark.genauth_emulator(users=5)
@pytest.mark.parametrize("where", ["refused", "https-to-http"])
async def test_an_unreachable_host_stops_at_once_with_one_message(
    genauth_emulator, tmp_path, capsys, where
):
    with socket.socket() as sock:  # bound, never listening: connections are refused
        sock.bind(("127.0.0.1", 0))
        host = {
            "refused": f"http://127.0.0.1:{sock.getsockname()[1]}",
            "https-to-http": genauth_emulator.url.replace("http://", "https://"),
        }[where]
        users = write(tmp_path / "users.txt", user_lines(2000))
        out = tmp_path / "r.jsonl"
        code = await main(
            "mfa", "get", "-i", str(users), "-o", str(out), "-q", "-c", "4", "--host", host,
            "--access-key-id", "k", "--access-key-secret", "s",
        )  # fmt: skip
    assert code == 1
    results = read_results(out)
    assert 1 <= len(results) <= 8  # only the calls in flight were tried
    assert {r["error"] for r in results} == {"GenAuthConnectionError"}
    captured = capsys.readouterr()
    (message,) = [line for line in captured.err.splitlines() if "error" in line or "stop" in line]
    says = "GenAuth cannot be reached" if where == "refused" else "the TLS connection to GenAuth"
    assert message.startswith(f"genauth-async: stopped: {says}")
    assert f"{2000 - len(results):,} users were not taken" in message
    summary = " ".join(captured.out.split())
    assert f"not taken │ {2000 - len(results):,}" in summary
    assert "first failures" not in summary


# -- messages a newcomer meets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "mentions"),
    [
        (["--latency-ms", "-1"], "--latency-ms: must be 0 or more, got -1"),
        (["--users", "0"], "--users: must be at least 1"),
    ],
)
def test_demo_rejects_bad_numbers_as_usage_errors(capsys, argv, mentions):
    assert cli.main(["demo", *argv]) == 2
    err = capsys.readouterr().err
    assert mentions in err and "Traceback" not in err


@pytest.mark.genauth_emulator(users=5)
@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("u.txt", user_lines(20), "mfa set needs --mfa-json (the MfaTriggerData to set"),
        ("u.csv", "user_id\n" + user_lines(20), "u.csv: no row has its own mfa, and --mfa-json"),
        (
            "u.jsonl",
            json.dumps({"user_id": "a", "mfa": json.loads(MFA_JSON)})
            + "\n"
            + "".join(json.dumps({"user_id": seeded_user_id(i)}) + "\n" for i in range(20)),
            "u.jsonl: 20 rows have no mfa (first: line 2), and --mfa-json",
        ),
    ],
)
async def test_mfa_set_without_mfa_json_says_so_once(
    genauth_emulator, tmp_path, capsys, name, text, says
):
    path = write(tmp_path / name, text)
    assert await main("mfa", "set", "-i", str(path), "-q", *creds(genauth_emulator)) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and says in err[0]
    assert requests_sent(genauth_emulator) == 0


async def test_a_bad_mfa_json_names_the_camel_case_path_once(tmp_path, capsys):
    users = write(tmp_path / "u.txt", "a\n")
    bad = '{"mfaToken": "t", "applicationMfa": {"mfaPolicy": "EMAIL"}}'
    argv = ["mfa", "set", "-i", str(users), "--mfa-json", bad, "--dry-run"]
    assert await main(*argv) == 2
    err = capsys.readouterr().err
    assert "--mfa-json is not a valid MfaTriggerData:" in err
    assert "@ $.applicationMfa" in err and "application_mfa" not in err
    assert err.count("MfaTriggerData") == 1
    assert await main(*argv[:-2], "[1]", "--dry-run") == 2
    assert "--mfa-json must be a JSON object (MfaTriggerData in camelCase), got an array" in (
        capsys.readouterr().err
    )


@pytest.mark.genauth_emulator(users=5)
async def test_piped_output_is_not_wrapped_and_ids_are_whole(genauth_emulator, tmp_path, capsys):
    unknown = [f"{i:024x}" for i in range(3)]  # 24 characters, like GenAuth ids
    users = write(tmp_path / "users.txt", "".join(u + "\n" for u in unknown))
    assert await main("mfa", "get", "-i", str(users), "-q", *creds(genauth_emulator)) == 1
    out = capsys.readouterr().out
    for user_id in unknown:
        (row,) = [line for line in out.splitlines() if user_id in line]
        assert "NotFoundError" in row and f"user not found (user_id={user_id})" in row
    # a long message stays on one line, for grep
    long_name = "x" * 90 + ".txt"
    assert await main("mfa", "set", "-i", str(write(tmp_path / long_name, "a\n"))) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and len(err) > 120


@pytest.mark.genauth_emulator(users=1200)
async def test_progress_bar_shows_formatted_counts_and_a_labelled_eta(
    genauth_emulator, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich: a terminal, so the bar is drawn
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("NO_COLOR", "1")
    unknown = [f"nobody-{i}" for i in range(50)]
    users = write(tmp_path / "u.txt", user_lines(1150) + "".join(u + "\n" for u in unknown))
    assert await main("mfa", "get", "-i", str(users), *creds(genauth_emulator)) == 1
    text = capsys.readouterr().err
    assert "1,200/1,200" in text and "1200/1200" not in text
    assert "ETA" in text and "50 failed" in text


def table_rows(text: str, title: str) -> list[list[str]]:
    """The rows of the rich table printed under ``title`` (piped: one line per row; the
    header's borders are ┃, not │)."""
    lines = text[text.index(title) :].splitlines()[1:]
    return [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if "│" in line]


@pytest.mark.genauth_emulator(users=30)
async def test_first_failures_are_failed_inputs_in_line_order(genauth_emulator, tmp_path, capsys):
    failing = [3, 7, 8, 9, 12, 14, 15, 17, 20, 22, 25, 28]
    ids = [f"nobody-{n}" if n in failing else seeded_user_id(n) for n in range(1, 31)]
    users = write(tmp_path / "u.txt", "".join(i + "\n" for i in ids))
    code = await main("mfa", "get", "-i", str(users), "-q", "-c", "8", *creds(genauth_emulator))
    assert code == 1
    rows = table_rows(capsys.readouterr().out, "first failures")
    assert [int(row[0]) for row in rows] == failing[:10]  # the first ten, in line order
    assert [row[1] for row in rows] == [f"nobody-{n}" for n in failing[:10]]


async def test_cancelled_inputs_are_not_failures(tmp_path):
    """Ctrl-C with no grace cancels the calls in flight: counted as cancelled, and not listed
    as failures."""
    arrived = asyncio.Event()

    async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        arrived.set()
        await reader.read()  # until the client goes away
        writer.close()

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    users = write(tmp_path / "u.txt", user_lines(3))
    async with server:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "genauth_async", "mfa", "get", "-i", str(users), "-q",
            "--grace", "0", "--host", f"http://127.0.0.1:{port}", "--access-key-id", "k",
            "--access-key-secret", "s",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await asyncio.wait_for(arrived.wait(), 60)  # the run is under way
            proc.send_signal(signal.SIGINT)
            stdout, stderr = await asyncio.wait_for(proc.communicate(), 60)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    assert proc.returncode == 130, stderr
    text = " ".join(stdout.decode().split())
    assert "cancelled │ 3" in text and "interrupted" in text
    assert "first failures" not in text and "Cancelled" not in text


# -- hostile and malformed input ---------------------------------------------------------------


GET_MFA = "/api/v3/get-mfa-status"
BY_USERNAME = ["--options", '{"userIdType": "username"}']


@pytest.mark.genauth_emulator(users=20)
@pytest.mark.parametrize("dry_run", [False, True])
@pytest.mark.parametrize(
    ("text", "says"),
    [
        # a quote never closed: it swallowed the next row into this one's nickname
        ('user_id,nickname\nuser000001,"Alice\nuser000002,Bob\n',
         "line 2: not valid CSV: a quote opened on this line is never closed"),
        # a stray quote after a quoted cell: "A"B was read as AB
        ('user_id,nickname\nuser000012,Ann\nuser000013,"A"B\n', "line 3: not valid CSV:"),
        # closed on a later line: the rows between were swallowed
        ('user_id,nickname\nuser000001,"Alice\nuser000002,Bob"\nuser000003,Cy\n',
         "line 2: not valid CSV: a quoted cell runs from this line to line 3"),
    ],
)  # fmt: skip
async def test_a_malformed_csv_is_refused_naming_its_line_and_nothing_is_sent(
    genauth_emulator, tmp_path, capsys, text, says, dry_run
):
    path = write(tmp_path / "in.csv", text)
    argv = ["bulk", "update_user", "-i", str(path), *BY_USERNAME, "-q", *creds(genauth_emulator)]
    assert await main(*argv, *(["--dry-run"] if dry_run else [])) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert says in err and "nothing was sent" in err
    assert requests_sent(genauth_emulator) == 0


@pytest.mark.genauth_emulator(users=5)
async def test_multiline_cells_are_read_when_allowed(genauth_emulator, tmp_path):
    path = write(tmp_path / "in.csv", 'user_id,nickname\nuser000001,"two\nlines"\nuser000002,B\n')
    argv = ["bulk", "update_user", "-i", str(path), *BY_USERNAME, "-q", *creds(genauth_emulator)]
    assert await main(*argv, "--multiline-cells") == 0
    assert genauth_emulator.pool.get(seeded_user_id(1)).nickname == "two\nlines"
    assert genauth_emulator.pool.get(seeded_user_id(2)).nickname == "B"


@pytest.mark.genauth_emulator(users=5)
async def test_a_quote_never_closed_in_a_users_csv_is_refused(genauth_emulator, tmp_path, capsys):
    path = write(
        tmp_path / "u.csv", f'user_id,mfa\n{seeded_user_id(0)},"{{\n{seeded_user_id(1)},\n'
    )
    argv = ["mfa", "set", "-i", str(path), "--mfa-json", MFA_JSON, *creds(genauth_emulator)]
    assert await main(*argv) == 2
    assert "u.csv: line 2: not valid CSV: a quote opened" in capsys.readouterr().err
    assert requests_sent(genauth_emulator) == 0


@pytest.mark.genauth_emulator(users=5)
async def test_a_line_longer_than_the_bound_is_refused(genauth_emulator, tmp_path, capsys):
    rows = [json.dumps({"user_id": seeded_user_id(0)}), json.dumps({"user_id": "x" * 1000})]
    path = write(tmp_path / "u.jsonl", "\n".join(rows) + "\n")
    argv = ["mfa", "get", "-i", str(path), "-q", *creds(genauth_emulator)]
    assert await main(*argv, "--max-line-bytes", "100") == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "u.jsonl: line 2: the line is longer than 100 bytes (--max-line-bytes)" in err
    assert await main(*argv, "--max-line-bytes", "1000") == 2  # the braces and key count
    assert await main(*argv, "--max-line-bytes", "1030", "-o", str(tmp_path / "r.jsonl")) == 1
    # the default bound: 1 MiB
    big = write(tmp_path / "big.txt", seeded_user_id(0) + "\n" + "y" * (2 << 20) + "\n")
    assert await main("mfa", "get", "-i", str(big), "-q", "--dry-run") == 2
    assert "big.txt: line 2: the line is longer than 1,048,576 bytes" in capsys.readouterr().err
    assert genauth_emulator.stats.requests[GET_MFA] == 2  # only the run that was let through


@pytest.mark.genauth_emulator(users=10)
async def test_a_corrupt_resume_file_costs_no_memory_and_is_reported(
    genauth_emulator, tmp_path, capsys
):
    users = write(tmp_path / "users.txt", user_lines(10))
    done = {"input": {"user_id": seeded_user_id(1), "user_id_type": None}, "ok": True}
    out = tmp_path / "r.jsonl"
    out.write_bytes(
        b"".join(
            orjson.dumps({**done, "line": line}) + b"\n"
            for line in (1e9, 1e12, "2", True, None, -1, 0, 2)  # only the last one is readable
        )
    )
    args = ["mfa", "get", "-i", str(users), "-q", *creds(genauth_emulator)]
    assert await main(*args, "--resume", str(out)) == 0
    assert "note: 7 unreadable line(s)" in capsys.readouterr().err
    assert genauth_emulator.stats.requests[GET_MFA] == 9  # every line but 2, recorded as done

    # a whole number past the input's end: a results file of another input, whatever the size
    for line in (11, 10**9, 10**12, 2**63 - 1):
        far = write(tmp_path / f"far-{line}.jsonl", "")
        far.write_bytes(orjson.dumps({**done, "line": line}) + b"\n")
        assert await main(*args, "--resume", str(far)) == 2
        assert "it was written for another input" in capsys.readouterr().err
    assert genauth_emulator.stats.requests[GET_MFA] == 9


@pytest.mark.genauth_emulator(users=5)
async def test_results_are_not_written_through_a_symlink_unless_asked(
    genauth_emulator, tmp_path, capsys
):
    users = write(tmp_path / "users.txt", user_lines(5))
    target = write(tmp_path / "elsewhere.jsonl", '{"line": 1, "precious": true}\n')
    link = tmp_path / "results.jsonl"
    link.symlink_to(target)
    args = ["mfa", "get", "-i", str(users), "-q", *creds(genauth_emulator)]
    for how in (["-o", str(link), "--overwrite"], ["--resume", str(link)]):
        for dry_run in ([], ["--dry-run"]):
            assert await main(*args, *how, *dry_run) == 2
            err = " ".join(capsys.readouterr().err.split())
            assert f"{link} is a symbolic link" in err and "--follow-symlinks" in err
    assert await main(*args, "-o", str(link)) == 2  # never with a plain --output either
    assert target.read_text() == '{"line": 1, "precious": true}\n'
    assert requests_sent(genauth_emulator) == 0
    assert await main(*args, "-o", str(link), "--overwrite", "--follow-symlinks") == 0
    assert len(read_results(target)) == 5 and link.is_symlink()


@pytest.mark.genauth_emulator(users=5)
async def test_signature_auth_needs_no_token(genauth_emulator, tmp_path, capsys):
    users = write(tmp_path / "users.txt", user_lines(5))
    out = tmp_path / "r.jsonl"
    argv = ["mfa", "get", "-i", str(users), "-q", "-o", str(out), *creds(genauth_emulator)]
    assert await main(*argv, "--auth", "signature") == 0
    assert len(read_results(out)) == 5 and all(r["ok"] for r in read_results(out))
    capsys.readouterr()
    call = ["call", "get_user", "--user-id", seeded_user_id(0), *creds(genauth_emulator)]
    assert await main(*call, "--auth", "signature") == 0
    assert json.loads(capsys.readouterr().out)["userId"] == seeded_user_id(0)
    assert genauth_emulator.stats.tokens_issued == 0
    assert await main(*call, "--auth", "password") == 2


@pytest.mark.genauth_emulator(users=5)
async def test_a_wrong_host_path_is_not_blamed_on_the_access_key(
    genauth_emulator, tmp_path, capsys
):
    host = genauth_emulator.url.rstrip("/") + "/genauth"  # the token endpoint answers 404
    connection = ["--host", host, "--access-key-id", genauth_emulator.access_key_id,
                  "--access-key-secret", genauth_emulator.access_key_secret]  # fmt: skip
    users = write(tmp_path / "users.txt", user_lines(50))
    assert await main("mfa", "get", "-i", str(users), "-q", "-c", "2", *connection) == 1
    captured = capsys.readouterr()
    (stopped,) = [line for line in captured.err.splitlines() if "stopped:" in line]
    assert "rejected the access key" not in captured.out + captured.err
    assert "GenAuth's API is not at that address" in stopped and "HTTP 404" in stopped
    assert await main("call", "get_user", "--user-id", "u", *connection) == 1
    err = capsys.readouterr().err
    assert "rejected the access key" not in err and "HTTP 404" in err and host in err
