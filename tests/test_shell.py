"""The shell: the wheel installed elsewhere opens on the bundled release, the server stops on SIGTERM, and the
commands refuse what they cannot do."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import venv
from pathlib import Path

import pytest

from tracker.cli import _parser, main
from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
SUBCOMMANDS = ("parse", "ingest", "reparse", "export", "import-kiel", "dashboard")
OPEN_DASHBOARD = """
import json, sys
from pathlib import Path
import tracker
from streamlit.testing.v1 import AppTest
app = AppTest.from_file(str(Path(tracker.__file__).parent / "app" / "main.py"), default_timeout=90).run()
print(json.dumps({"module": tracker.__file__, "exception": [str(e.value) for e in app.exception],
                  "metrics": {m.label: m.value for m in app.metric}}))
"""


def _site_packages(prefix: Path) -> Path:
    return next(prefix.glob("lib/python*/site-packages"))


def test_the_wheel_installed_in_a_fresh_environment_opens_on_the_bundled_release(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=True)
    # The dependencies come from this environment (a path on sys.path, its .pth files unread: not its editable checkout).
    (_site_packages(fresh) / "dependencies.pth").write_text(str(_site_packages(Path(sys.prefix))) + "\n")
    python = fresh / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(next(wheels.glob("*.whl")))], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in ("AID_TRACKER_DATA", "PYTHONPATH")}
    env["AID_TRACKER_DB"] = str(tmp_path / "new.duckdb")
    shown = subprocess.run([str(python), "-c", OPEN_DASHBOARD], cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    result = json.loads(shown.stdout.strip().splitlines()[-1])
    assert str(fresh) in result["module"]  # the installed package, not this checkout
    assert not result["exception"]
    assert result["metrics"]["Donors"] == "7" and result["metrics"]["EUR committed"] == "€4.0 bn"
    helped = subprocess.run([str(fresh / "bin" / "aid-tracker"), "dashboard", "--help"], cwd=elsewhere, capture_output=True, text=True)
    assert helped.returncode == 0 and "SIGTERM" in helped.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(port: int) -> bool:
    try:
        return urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=1).read() == b"ok"
    except OSError:
        return False


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_dashboard_stops_its_server_on_sigterm_and_ctrl_c(tmp_path, stop):
    port = _free_port()
    command = [str(Path(sys.executable).parent / "aid-tracker"), "dashboard", "--db", str(tmp_path / "s.duckdb"), "--port", str(port)]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not _healthy(port) and time.monotonic() < deadline:
            time.sleep(0.3)
        assert _healthy(port)
        process.send_signal(stop)
        process.wait(20)
        time.sleep(0.5)
        assert not _healthy(port)  # no orphan keeps serving the port
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_describes_itself_and_each_option(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    subparser = _parser()._subparsers._group_actions[0].choices[command]
    assert subparser.description
    for action in subparser._actions:
        assert action.help, (command, action.dest)


def test_export_of_a_store_that_does_not_exist_is_an_error(tmp_path, capsys):
    missing = tmp_path / "missing.duckdb"
    assert main(["export", "--db", str(missing)]) == 2
    assert "no such store" in capsys.readouterr().err and not missing.exists()


def test_ingest_of_a_folder_without_readable_files_says_so_and_fails(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "picture.png").write_bytes(b"\x89PNG")
    assert main(["ingest", "--db", str(tmp_path / "s.duckdb"), str(empty)]) == 1
    assert "no readable announcement files" in capsys.readouterr().err


def test_ingest_published_dates_only_the_files_that_state_no_date(tmp_path):
    stated = tmp_path / "stated.md"
    stated.write_text("---\npublished: 2024-04-19\n---\nGermany will deliver 14 Leopard tanks to Ukraine.\n", encoding="utf-8")
    unstated = tmp_path / "unstated.txt"
    unstated.write_text("France will send 12 Caesar howitzers to Ukraine.\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", "--db", str(db), "--published", "2024-06-01", str(stated), str(unstated)]) == 0
    dates = Store(db).commitments().set_index("donor")["announced_on"]
    assert dates["DEU"].date() == dt.date(2024, 4, 19) and dates["FRA"].date() == dt.date(2024, 6, 1)


def test_export_filters_are_the_sidebar_filters(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    text = tmp_path / "a.txt"
    text.write_text("Germany will deliver 14 Leopard tanks to Ukraine. Japan will provide EUR 4 billion in budget support to Ukraine.\n")
    assert main(["ingest", "--db", str(db), "--published", "2024-05-01", str(text)]) == 0
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--aid-type", "financial", "--donor", "japan"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and ",JPN," in lines[1]
    assert main(["export", "--db", str(db), "--aid-type", "space"]) == 2
