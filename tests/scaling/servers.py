"""Two real app servers (gunicorn) and a worker on the test database, and a browser that alternates.

Each process gets its own temporary directory (TMPDIR), so whatever one of them leaves on its disk the other
cannot see: only what lives in the database is shared, as between two machines behind a load balancer.
"""

import http.client
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    """The URL of the test database that this test process uses (PostgreSQL, or SQLite's test file)."""
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Processes:
    """``with Processes() as p: p.web(); p.web(); p.worker()``: started with their own TMPDIR, stopped at exit."""

    def __init__(self):
        self.running: list[tuple[subprocess.Popen, str]] = []

    def _start(self, command: list[str], extra_env: dict | None = None) -> subprocess.Popen:
        tmpdir = tempfile.mkdtemp(prefix="woondeal-server-")
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "TMPDIR": tmpdir,
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "DATABASE_CONN_MAX_AGE": "0",
            **(extra_env or {}),
        }
        env.pop("DJANGO_SETTINGS_MODULE", None)
        process = subprocess.Popen(command, cwd=ROOT, env=env)
        self.running.append((process, tmpdir))
        return process

    def web(self) -> int:
        port = _free_port()
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self._start(
            [gunicorn, "woondeal.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{port}", "--timeout", "120"]
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=5).request("HEAD", "/inloggen/")
                return port
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn on port {port} did not start")

    def worker(self, **extra_env: str) -> subprocess.Popen:
        """``manage.py run_worker`` with ``extra_env`` (for example ``JOBS_STALE_SECONDS="2"``)."""
        return self._start(
            [
                sys.executable,
                "manage.py",
                "run_worker",
                "--queue-name",
                "*",
                "--no-reload",
                "--interval",
                "0.2",
                "--no-startup-delay",
                "--worker-id",
                f"test-{uuid.uuid4().hex[:8]}",
            ],
            extra_env,
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for process, _ in self.running:
            process.terminate()
        for process, tmpdir in self.running:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            shutil.rmtree(tmpdir, ignore_errors=True)


@dataclass
class Response:
    status: int
    location: str
    text: str
    body: bytes
    port: int


class AlternatingBrowser:
    """Sends each request to the next server in turn, keeping cookies as a browser would; never follows
    redirects by itself, so that a redirect's target is the next request, on the other server."""

    def __init__(self, ports: list[int], session_cookie: str):
        self._ports = itertools.cycle(ports)
        self.cookies = {"sessionid": session_cookie}
        self.ports_used: list[int] = []

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str = "") -> Response:
        port = next(self._ports)
        self.ports_used.append(port)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if content_type:
            headers["Content-Type"] = content_type
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return Response(
            response.status, response.getheader("Location", ""), data.decode(errors="replace"), data, port
        )

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, fields: dict, files: dict | None = None) -> Response:
        fields = {"csrfmiddlewaretoken": self.cookies["csrftoken"], **fields}
        if not files:
            return self.request("POST", path, urlencode(fields).encode(), "application/x-www-form-urlencoded")
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        ]
        for name, (filename, content) in files.items():
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            )
            parts.append(head.encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request("POST", path, body, f"multipart/form-data; boundary={boundary}")

    def follow_job(self, response: Response, *, timeout: float = 240) -> dict:
        """From the POST that started a job: its progress page, then its status until it is finished."""
        assert response.status == 302 and "/taken/" in response.location, (response.status, response.location)
        page = self.get(response.location)
        assert page.status == 200 and "data-job-status" in page.text
        status_url = re.search(r'data-job-status="([^"]+)"', page.text).group(1)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = json.loads(self.get(status_url).text)
            if status["finished"]:
                return status
            time.sleep(0.3)
        raise AssertionError(f"job not finished after {timeout} s: {status}")
