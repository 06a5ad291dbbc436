"""`pinscan serve`, the real server over HTTP (uvicorn in a subprocess) on SQLite and on PostgreSQL: uploads of
the bundled samples give the verdicts and the very report bytes `pinscan scan` writes; the same build is
scanned once; named policies; apps, releases and their diffs (`pinscan diff`'s bytes); expiring pins; tokens
(401/403); limits (413 while streaming); bad input (a package that is not an app fails the scan with the
CLI's line, never a 500); every error is JSON with a message; the upload is never extracted."""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import httpx
import pytest
from serverkit import DATABASES, database, free_port, make_token, start_server, upload, wait_for

from conftest import SAMPLES, run_cli

AS_OF = "2026-06-01"
ANDROID, IOS = SAMPLES / "android", SAMPLES / "ios"
STRICT_POLICY = {"fail-on": "medium", "fail-on-pin-expiry": "30",
                 "require-pinning": ["api.example.com", "cdn.example.com"], "exclude-libraries": ["okhttp", "netty"]}


@pytest.fixture(scope="module", params=DATABASES)
def server(request, tmp_path_factory):
    with database(request.param) as url:
        srv = start_server(tmp_path_factory.mktemp(f"serve-{request.param}") / "data", url,
                           "--workers", "2", "--max-upload-mb", "1")
        try:
            yield srv
        finally:
            srv.stop()


def cli_reports(tmp_path: Path, package: Path, *options: str, cwd: Path | None = None, name: str | None = None):
    """What `pinscan scan` writes for this package and policy: (exit code, stderr, {fmt: bytes})."""
    work = tmp_path / f"cli-{len(list(tmp_path.glob('cli-*')))}"
    work.mkdir()
    target = package
    if name is not None:
        target = work / name
        shutil.copyfile(package, target)
    res = run_cli("scan", target, "--as-of", AS_OF, "--format", "json", "-o", work / "r.json", "--sarif",
                  work / "r.sarif", "--html", work / "r.html", *options, cwd=cwd or work)
    assert res.code in (0, 1), res.err
    return res.code, res.err, {fmt: (work / f"r.{fmt}").read_bytes() for fmt in ("json", "sarif", "html")}


def cli_options(fields: dict) -> list[str]:
    out = []
    for key, value in fields.items():
        out += [f"--{key}", ",".join(value) if isinstance(value, list) else value]  # CLI lists are comma-separated
    return out


def assert_same_as_cli(client: httpx.Client, scan: dict, code: int, err: str, reports: dict) -> None:
    assert scan["status"] == "done", scan
    assert scan["verdict"]["passed"] is (code == 0)
    gate_lines = [line.removeprefix("pinscan: gate failed: ") for line in err.splitlines()
                  if line.startswith("pinscan: gate failed: ")]
    assert scan["verdict"]["reasons"] == gate_lines
    for fmt, expected in reports.items():
        got = client.get(f"/api/v1/scans/{scan['id']}/report.{fmt}")
        assert got.status_code == 200
        assert got.content == expected, f"{scan['file_name']} report.{fmt} differs from the CLI's"
    assert client.get(f"/api/v1/scans/{scan['id']}/report.html").headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("policy", [{}, STRICT_POLICY], ids=["default-policy", "cli-gate-options"])
def test_uploads_give_the_clis_verdicts_and_report_bytes(server, tmp_path, policy):
    packages = [ANDROID / "nsc-weak.apk", ANDROID / "nsc-strict.apk", ANDROID / "bundle-weak.aab",
                ANDROID / "splitset-weak.apks", ANDROID / "code-trustall.apk", IOS / "ats-arbitrary.ipa",
                IOS / "trustkit-weak.ipa", IOS / "frameworks-pinned.ipa"]
    with server.client("upload") as client:
        ids = {}
        for pkg in packages:
            res = upload(client, pkg, as_of=AS_OF, **policy)
            assert res.status_code == 202, res.text
            assert res.headers["location"] == f"/api/v1/scans/{res.json()['id']}"
            assert res.json()["status"] in ("queued", "running", "done")
            ids[pkg] = res.json()["id"]
        verdicts = set()
        for pkg in packages:
            scan = wait_for(client, ids[pkg])
            assert_same_as_cli(client, scan, *cli_reports(tmp_path, pkg, *cli_options(policy)))
            assert scan["app"]["platform"] == pkg.parent.name and scan["sha256"] and scan["size"] == pkg.stat().st_size
            verdicts.add(scan["verdict"]["passed"])
        assert verdicts == {True, False}


def test_the_same_build_twice_is_scanned_once(server, tmp_path):
    pkg = ANDROID / "manifest-cleartext.apk"
    with server.client("upload") as client:
        first = wait_for(client, upload(client, pkg, "build-41.apk", as_of=AS_OF).json()["id"])
        again = upload(client, pkg, "build-41-again.apk", as_of=AS_OF, fail_on="low")
        assert again.status_code == 202
        second = again.json()
        # Done at once: the bytes were analysed already; judged by its own policy under its own name.
        assert second["status"] == "done" and second["id"] != first["id"]
        assert second["analysis"]["id"] == first["analysis"]["id"] and second["analysis"]["attempts"] == 1
        assert second["sha256"] == first["sha256"]
        assert_same_as_cli(client, second, *cli_reports(tmp_path, pkg, "--fail-on", "low", name="build-41-again.apk"))
        # Another as-of date is another analysis (pin expiry depends on it).
        other = wait_for(client, upload(client, pkg, as_of="2026-07-01").json()["id"])
        assert other["analysis"]["id"] != first["analysis"]["id"]
    stored = [p for p in (server.data / "blobs").rglob("*") if p.is_file() and p.name == first["sha256"]]
    assert len(stored) == 1


def test_named_policy_from_the_data_folder(server, tmp_path):
    pkg = ANDROID / "nsc-weak.apk"
    policies = server.data / "policies"
    res = run_cli("baseline", "create", pkg, "--as-of", AS_OF, "-o", policies / "weak-baseline.json")
    assert res.code == 0, res.err
    (policies / "release.toml").write_text('fail-on = "low"\nfail-on-pin-expiry = 60\n'
                                           'baseline = "weak-baseline.json"\nrequire-pinning = ["pay.example.com"]\n')
    try:
        with server.client("upload") as client:
            assert "release" in client.get("/api/v1/policies").json()["policies"]
            scan = wait_for(client, upload(client, pkg, as_of=AS_OF, policy="release").json()["id"])
            assert scan["policy"] == {"name": "release", "options": {}}
            # As the CLI writes it when run in the data folder with --config policies/release.toml.
            assert_same_as_cli(client, scan, *cli_reports(tmp_path, pkg, "--config", "policies/release.toml",
                                                          cwd=server.data))
            # Upload options win over the named policy, key by key, as CLI options win over the config file.
            scan = wait_for(client, upload(client, pkg, as_of=AS_OF, policy="release", fail_on="never").json()["id"])
            assert_same_as_cli(client, scan, *cli_reports(tmp_path, pkg, "--config", "policies/release.toml",
                                                          "--fail-on", "never", cwd=server.data))
            bad = upload(client, pkg, policy="nope")
            assert bad.status_code == 400 and "no policy named 'nope'" in bad.json()["message"]
            assert "release" in bad.json()["message"]
    finally:
        (policies / "release.toml").unlink()


def test_an_incomplete_analysis_fails_the_upload_unless_it_allows_it(server, tmp_path):
    """allow-incomplete is one of the gate options an upload may set (POLICY_OPTIONS), with the CLI's verdict."""
    pkg = IOS / "encrypted.ipa"  # FairPlay-encrypted code: a part not analysed
    with server.client("upload") as client:
        closed = wait_for(client, upload(client, pkg, as_of=AS_OF, fail_on="never").json()["id"])
        assert_same_as_cli(client, closed, *cli_reports(tmp_path, pkg, "--fail-on", "never"))
        assert closed["verdict"]["passed"] is False
        assert closed["verdict"]["reasons"][0].startswith("incomplete analysis: Payload/Encrypted.app/Encrypted; ")
        res = upload(client, pkg, as_of=AS_OF, fail_on="never", allow_incomplete="true")
        assert res.status_code == 202, res.text
        allowed = wait_for(client, res.json()["id"])
        assert_same_as_cli(client, allowed, *cli_reports(tmp_path, pkg, "--fail-on", "never", "--allow-incomplete"))
        assert allowed["verdict"]["passed"] is True and allowed["verdict"]["warnings"] == [
            "incomplete analysis accepted (allow-incomplete): Payload/Encrypted.app/Encrypted"]
        res = upload(client, pkg, allow_incomplete="maybe")
        assert res.status_code == 400 and "allow-incomplete: must be true or false" in res.json()["message"], res.text


def test_bad_policy_and_form_fields_are_400_with_the_reason(server):
    pkg = ANDROID / "nsc-strict.apk"
    cases = [({"fail_on": "severe"}, "fail-on"), ({"fail_on_pin_expiry": "soon"}, "fail-on-pin-expiry"),
             ({"as_of": "yesterday"}, "as-of"), ({"baseline": "/etc/passwd"}, "unknown form field(s) baseline"),
             ({"fail_on": ["high", "low"]}, "more than once"), ({"policy": "../x"}, "policy name")]
    with server.client("upload") as client:
        for fields, needle in cases:
            res = upload(client, pkg, **fields)
            assert res.status_code == 400 and needle in res.json()["message"], (fields, res.text)
    assert not list((server.data / "tmp").iterdir())  # refused uploads leave nothing behind


def test_a_package_that_is_not_an_app_fails_with_the_clis_line(server, tmp_path):
    notes = tmp_path / "release-notes.txt"
    notes.write_text("not an app\n")
    half = tmp_path / "half.apk"
    half.write_bytes((ANDROID / "nsc-strict.apk").read_bytes()[:5000])
    plain_zip = tmp_path / "docs.zip"
    with zipfile.ZipFile(plain_zip, "w") as zf:
        zf.writestr("README", "hello")
    with server.client("upload") as client:
        for bad in (notes, half, plain_zip):
            res = upload(client, bad)
            assert res.status_code == 202
            scan = wait_for(client, res.json()["id"])
            cli = run_cli("scan", bad.name, cwd=bad.parent)
            assert cli.code == 2 and cli.err.count("\n") == 1
            assert scan["status"] == "failed" and scan["verdict"] is None
            assert scan["error"] == cli.err.strip().removeprefix("pinscan: error: ")
            report = client.get(f"/api/v1/scans/{scan['id']}/report.json")
            assert report.status_code == 409 and scan["error"] in report.json()["message"]


def test_tokens_401_403_and_revocation(server):
    with httpx.Client(base_url=server.url, timeout=30) as anon:
        res = anon.get("/api/v1/apps")
        assert res.status_code == 401 and res.headers["www-authenticate"].startswith("Bearer")
        assert "bearer token" in res.json()["message"]
        res = anon.get("/api/v1/apps", headers={"Authorization": "Bearer pst_not-a-real-token"})
        assert res.status_code == 401 and "unknown or revoked" in res.json()["message"]
        assert anon.get("/api/v1/openapi.json").status_code == 401
        assert anon.get("/").status_code == 303  # pages send you to the login form
    with server.client("read") as reader:
        assert reader.get("/api/v1/apps").status_code == 200
        res = upload(reader, ANDROID / "nsc-strict.apk")
        assert res.status_code == 403 and "scope upload" in res.json()["message"]
    with server.client("upload") as uploader:
        res = uploader.get("/api/v1/tokens")
        assert res.status_code == 403 and "scope admin" in res.json()["message"]
    with server.client("admin") as admin:
        made = admin.post("/api/v1/tokens", json={"scope": "read", "name": "dashboard"})
        assert made.status_code == 201 and made.json()["token"].startswith("pst_")
        secret, token_id = made.json()["token"], made.json()["id"]
        listed = admin.get("/api/v1/tokens").json()["tokens"]
        assert all(t["token"] is None for t in listed) and any(t["id"] == token_id for t in listed)
        auth = {"Authorization": f"Bearer {secret}"}
        assert admin.get("/api/v1/apps", headers=auth).status_code == 200
        assert admin.delete(f"/api/v1/tokens/{token_id}").json()["revoked_at"]
        assert admin.get("/api/v1/apps", headers=auth).status_code == 401
        assert admin.post("/api/v1/tokens", json={"scope": "root"}).status_code == 422
    # Revoked from the command line too; tokens are stored hashed, never as given.
    secret = make_token(server.data, "read", server.database, name="cli")
    listing = run_cli("serve", "token", "list", "--data", server.data,
                      *(["--database", server.database] if server.database else []))
    assert listing.code == 0 and "cli" in listing.out and secret not in listing.out
    token_id = [line.split()[0] for line in listing.out.splitlines() if line.endswith(" cli")][-1]
    revoked = run_cli("serve", "token", "revoke", token_id, "--data", server.data,
                      *(["--database", server.database] if server.database else []))
    assert revoked.code == 0, revoked.err
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {secret}"}) as gone:
        assert gone.get("/api/v1/apps").status_code == 401
    if server.database is None:
        dump = subprocess.run(["sqlite3", str(server.data / "pinscan.db"), ".dump"], capture_output=True, text=True)
        if dump.returncode == 0:
            assert secret not in dump.stdout


def _raw_request(server, head: str, body_chunks=()) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.connect()
    conn.sock.sendall(head.encode())
    for chunk in body_chunks:
        try:
            conn.sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            break
    res = http.client.HTTPResponse(conn.sock)
    res.begin()
    body = res.read()
    conn.close()
    return res.status, dict(res.getheaders()), body


def test_upload_limit_413_before_and_while_streaming(server):
    token = server.tokens["upload"]
    boundary = "pinscanboundary"
    head = (f"POST /api/v1/scans HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\n")
    # Declared too large: refused from the headers alone, the body never sent.
    status, _headers, body = _raw_request(server, head + f"Content-Length: {50 << 20}\r\n\r\n")
    assert status == 413 and "limit of 1048576 bytes" in json.loads(body)["message"]
    # Chunked, no length: cut off while streaming, once the package passes 1 MiB.
    part = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.apk\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode()

    def chunked(data: bytes) -> bytes:
        return f"{len(data):x}\r\n".encode() + data + b"\r\n"

    chunks = [chunked(part)] + [chunked(b"PK" + b"\0" * (64 * 1024 - 2)) for _ in range(40)] + [b"0\r\n\r\n"]
    status, headers, body = _raw_request(server, head + "Transfer-Encoding: chunked\r\n\r\n", chunks)
    assert status == 413 and json.loads(body)["status"] == 413 and headers.get("connection") == "close"
    assert not list((server.data / "tmp").iterdir())  # the partial upload is gone
    with server.client("upload") as client:  # and the server is fine
        assert client.get("/api/v1/scans").status_code == 200


def test_errors_are_json_with_a_message_never_a_500(server):
    with server.client("upload") as client:
        checks = [
            client.get("/api/v1/scans/0123456789abcdef0123456789abcdef"),
            client.get("/api/v1/no-such-thing"),
            client.put("/api/v1/scans"),
            client.post("/api/v1/scans", content=b"just bytes", headers={"Content-Type": "application/octet-stream"}),
            client.post("/api/v1/scans", files={"other": ("x.apk", b"PK")}),
            client.post("/api/v1/scans", content=b"--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nPK",
                        headers={"Content-Type": "multipart/form-data; boundary=b"}),
            client.get("/api/v1/scans?limit=0"),
            client.get("/api/v1/pins/expiring?days=-1"),
            client.get("/api/v1/apps/com.example.nothing/releases"),
            client.get("/api/v1/scans/0123456789abcdef0123456789abcdef/report.pdf"),
        ]
        codes = [r.status_code for r in checks]
        assert codes == [404, 404, 405, 415, 400, 400, 422, 422, 404, 404], [r.text for r in checks]
        for r in checks:
            assert r.headers["content-type"] == "application/json"
            assert r.json()["status"] == r.status_code and r.json()["message"]


def test_apps_releases_and_the_diff_against_the_previous_release(server, tmp_path):
    with server.client("upload") as client:
        v2_first = upload(client, ANDROID / "release-v2.apk", as_of=AS_OF).json()["id"]  # out of order on purpose
        v1 = upload(client, ANDROID / "release-v1.apk", as_of=AS_OF).json()["id"]
        wait_for(client, v2_first)
        wait_for(client, v1)
        apps = {a["app_id"]: a for a in client.get("/api/v1/apps").json()["apps"]}
        app = apps["com.example.release"]
        # Releases are ordered by version (Android: versionCode), not by upload time.
        assert app["releases"] == 2 and app["latest"]["version_name"] == "1.1"
        assert app["latest"]["verdict"]["passed"] is False
        rels = client.get("/api/v1/apps/com.example.release/releases").json()["releases"]
        assert [r["version_code"] for r in rels] == ["2", "1"]
        assert rels[1]["previous"] is None and rels[1]["diff"] is None
        assert rels[0]["previous"]["scan_id"] == v1
        cli = run_cli("diff", "release-v1.apk", "release-v2.apk", "--as-of", AS_OF, "--format", "json",
                      cwd=ANDROID)
        assert cli.code == 1
        assert rels[0]["diff"] == json.loads(cli.out)
        assert rels[0]["diff_verdict"]["passed"] is False
        assert any("img.example.com lost its pins" in r for r in rels[0]["diff_verdict"]["reasons"])
        diff_json = client.get(f"/api/v1/scans/{v2_first}/diff.json")
        assert diff_json.status_code == 200 and diff_json.text == cli.out  # `pinscan diff`'s bytes
        html = run_cli("diff", "release-v1.apk", "release-v2.apk", "--as-of", AS_OF, "--format", "html", cwd=ANDROID)
        assert client.get(f"/api/v1/scans/{v2_first}/diff.html").text == html.out
        first = client.get(f"/api/v1/scans/{v1}/diff.json")
        assert first.status_code == 404 and "first release" in first.json()["message"]


def test_expiring_pins_across_every_apps_latest_release(server):
    with server.client("upload") as client:
        wait_for(client, upload(client, ANDROID / "nsc-weak.apk", as_of=AS_OF).json()["id"])
        wait_for(client, upload(client, IOS / "trustkit-weak.ipa", as_of=AS_OF).json()["id"])
        within30 = client.get("/api/v1/pins/expiring", params={"days": 30, "as-of": AS_OF}).json()
        assert within30["as_of"] == AS_OF and within30["days"] == 30
        weak = [(p["host"], p["expiration"], p["days_left"], p["expired"]) for p in within30["pins"]
                if p["app_id"] == "com.example.weak"]
        assert weak == [("api.example.com", "2020-01-01", -2343, True), ("pay.example.com", "2026-06-20", 19, False)]
        entry = next(p for p in within30["pins"] if p["host"] == "pay.example.com")
        assert entry["source"] == "nsc" and entry["version_name"] == "2.0.1" and "network_security_config" in \
            entry["location"]
        assert any(p["platform"] == "ios" and p["source"] == "trustkit" for p in within30["pins"])
        within10 = client.get("/api/v1/pins/expiring", params={"days": 10, "as-of": AS_OF}).json()["pins"]
        assert ("pay.example.com", "com.example.weak") not in {(p["host"], p["app_id"]) for p in within10}
        assert ("api.example.com", "com.example.weak") in {(p["host"], p["app_id"]) for p in within10}
        ids = [p["days_left"] for p in within30["pins"]]
        assert ids == sorted(ids)


def test_openapi_document_describes_the_api(server):
    with server.client("read") as client:
        doc = client.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/v1/scans", "/api/v1/scans/{scan_id}", "/api/v1/scans/{scan_id}/report.{fmt}",
                 "/api/v1/apps", "/api/v1/apps/{app_id}/releases", "/api/v1/pins/expiring", "/api/v1/tokens"):
        assert path in doc["paths"], path
    upload_op = doc["paths"]["/api/v1/scans"]["post"]
    assert "multipart/form-data" in upload_op["requestBody"]["content"]
    assert {"202", "401", "403", "413", "429"} <= set(upload_op["responses"])
    assert "HTTPBearer" in doc["components"]["securitySchemes"]
    assert not any(p.startswith(("/scans", "/login", "/upload")) for p in doc["paths"])  # pages are not API


def test_uploads_are_never_extracted_or_executed(server, tmp_path):
    hostile = tmp_path / "hostile.apk"
    with zipfile.ZipFile(hostile, "w") as zf:
        zf.writestr("AndroidManifest.xml", b"\x03\x00\x08\x00junk")
        zf.writestr("../../../escaped.txt", "should never be written")
        zf.writestr("/tmp/pinscan-absolute.txt", "nor this")
        zf.writestr("classes.dex", b"dex\n035\0" + b"\0" * 100)
    before = {p for p in server.data.parent.rglob("*")}
    with server.client("upload") as client:
        scan = wait_for(client, upload(client, hostile).json()["id"])
    assert scan["status"] in ("done", "failed")
    added = {p for p in server.data.parent.rglob("*")} - before
    blob = server.data / "blobs" / scan["sha256"][:2] / scan["sha256"]
    assert blob.is_file() and blob.read_bytes() == hostile.read_bytes()
    assert {p for p in added if p.is_file() and "pinscan.db" not in p.name and not p.name.endswith(".log")} <= {blob}
    assert not Path("/tmp/pinscan-absolute.txt").exists()
    assert not any(p.name == "escaped.txt" for p in server.data.parent.parent.rglob("escaped.txt"))


def test_a_port_in_use_is_one_line(server, tmp_path):
    res = run_cli("serve", "--data", tmp_path / "data", "--port", str(server.port))
    assert res.code == 2 and res.err.count("\n") == 1
    assert res.err.startswith(f"pinscan: error: cannot listen on 127.0.0.1:{server.port}: "), res.err


def test_one_server_per_data_folder_and_database(server, tmp_path):
    db = ["--database", server.database] if server.database else []
    res = run_cli("serve", "--data", server.data, "--port", str(free_port()), *db)
    assert res.code == 2 and res.err.count("\n") == 1 and "another pinscan server" in res.err, res.err
    if server.database:
        res = run_cli("serve", "--data", tmp_path / "other", "--port", str(free_port()), "--database", server.database)
        assert res.code == 2 and res.err.strip() == "pinscan: error: another pinscan server is using this database"


def test_the_plain_cli_does_not_import_the_web_stack():
    code = ("import sys, pinscan.cli; pinscan.cli.build_parser(); "
            "print(sorted(m for m in ('fastapi', 'starlette', 'uvicorn', 'sqlalchemy', 'alembic', 'pydantic') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("kind", DATABASES)
def test_migrations_build_exactly_the_models_tables(kind):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from pinscan.server.db import Base, open_database
    from pinscan.server.settings import database_url

    with database(kind) as url, tempfile.TemporaryDirectory() as tmp:
            db = open_database(database_url(Path(tmp), url))
            try:
                with db.engine.connect() as conn:
                    assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
                db.migrate()  # again: a no-op on an up-to-date schema
            finally:
                db.close()
