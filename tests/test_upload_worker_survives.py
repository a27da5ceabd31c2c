"""A crafted workbook against a real gunicorn worker: refused in under 5 s with a Dutch message, and the same
worker process serves the next request (issue 11, defect 1). Before the fix each such upload killed a worker
with SIGABRT.

The server runs with production settings (DEBUG off) on a loopback port, on a copy of the test database
(SQLite: the in-memory test database backed up to a file; PostgreSQL: the test database itself).
"""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from benchmarks.hostile_files import far_cell
from tests.factories import UserFactory
from tests.logins import verified_login

UNSAFE = "Het bestand kan niet veilig worden gelezen"
UPLOADS = ["/monitor/imports/uploaden/", "/afspraken/register/inlezen/"]


class Server:
    def __init__(self, port: int, process: subprocess.Popen, session: str):
        self.base, self.process, self.cookies = f"http://127.0.0.1:{port}", process, {"sessionid": session}

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        return [int(pid) for pid in children.split()]

    def request(self, path: str, body: bytes | None = None, content_type: str = "") -> tuple[int, str]:
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        headers = {"Cookie": cookie, **({"Content-Type": content_type} if content_type else {})}
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        with urllib.request.urlopen(request, timeout=20) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                self.cookies.update({k: v.value for k, v in SimpleCookie(header).items()})
            return response.status, response.read().decode()

    def upload(self, path: str, content: bytes) -> tuple[int, str, float]:
        """(status, page, seconds the POST took): the form is fetched first, so the time is the upload's."""
        _, page = self.request(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        fields = {"csrfmiddlewaretoken": token, "peildatum": "2021-04-01", "action": "preview"}
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="plannen.xlsx"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n".encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        start = time.perf_counter()
        try:
            status, page = self.request(path, b"".join(parts), f"multipart/form-data; boundary={boundary}")
        except urllib.error.HTTPError as error:  # the register answers a refused file with 400
            status, page = error.code, error.read().decode()
        return status, page, time.perf_counter() - start


def _database_url(tmp_path: Path) -> str:
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(tmp_path / "served.sqlite3")
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{tmp_path / 'served.sqlite3'}"
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def serve(transactional_db, tmp_path):
    servers = []

    def start(**environment) -> Server:
        user = UserFactory(username=f"kernteam{len(servers)}", kernteam=True)
        client = Client()
        verified_login(client, user)  # production settings: the core team logs in with two factors
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(tmp_path),
            "DATABASE_CONN_MAX_AGE": "0",
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "ALLOWED_HOSTS": "127.0.0.1",
            # Uploads are read by a background job; run it inside the request here, so that this one process
            # both reads the crafted file and must serve the next request (the worker reads it the same way).
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            **environment,
        }
        log = open(tmp_path / f"gunicorn-{port}.log", "wb")  # noqa: SIM115 (closed with the server)
        command = [sys.executable, "-m", "gunicorn", "woondeal.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"]
        process = subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, stdout=log, stderr=log)
        server = Server(port, process, client.cookies["sessionid"].value)
        servers.append((server, log))
        for _ in range(300):
            try:
                if server.request("/monitor/imports/")[0] == 200 and server.workers():
                    return server
            except OSError:
                time.sleep(0.1)
        raise AssertionError((tmp_path / f"gunicorn-{port}.log").read_text())

    yield start
    for server, log in servers:
        server.process.terminate()
        server.process.wait(timeout=20)
        log.close()


@pytest.mark.parametrize(
    "environment",
    [
        pytest.param({}, id="production settings: the reference scan refuses the file"),
        pytest.param(
            {"UPLOAD_MAX_ROWS": "2000000", "UPLOAD_MAX_COLUMNS": "20000"},
            id="scan lifted: the reader aborts in its child process",
        ),
    ],
)
def test_a_crafted_workbook_never_takes_down_a_gunicorn_worker(serve, environment):
    server = serve(**environment)
    [worker] = server.workers()
    for path in UPLOADS:
        status, page, seconds = server.upload(path, far_cell())
        assert seconds < 5  # issue 11's acceptance bound (the refusal itself takes milliseconds)
        assert status in (200, 400) and UNSAFE in page
        assert server.workers() == [worker]  # the same worker process: not killed and replaced
        assert server.request(path)[0] == 200  # and it serves the next request
