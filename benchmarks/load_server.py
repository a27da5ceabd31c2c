"""A throwaway app server for the load scenario: a fresh database with demo data, gunicorn on a loopback port.

Used by ``scenario_load``; kept apart so that the scenario module reads as the measurement only.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "woondeal-demo-2021"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_ready(url: str) -> str | None:
    """Recreate the benchmark's own PostgreSQL database; None when it worked, else the reason it did not."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return "psycopg ontbreekt"
    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        return f"PostgreSQL niet bereikbaar op {parts.hostname}:{parts.port} ({error.__class__.__name__})"
    return None


@dataclass
class AppServer:
    """gunicorn with ``workers`` sync workers on a database prepared with migrate + seed_demo_data."""

    database_url: str
    workers: int = 2
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    tmpdir: str = field(default_factory=lambda: tempfile.mkdtemp(prefix="woondeal-load-"))
    extra_env: dict = field(default_factory=dict)

    @property
    def env(self) -> dict:
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "DJANGO_SETTINGS_MODULE": "benchmarks.load_settings",
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "DEMO_PASSWORD": DEMO_PASSWORD,
            "TMPDIR": self.tmpdir,
            **self.extra_env,
        }

    def manage(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def prepare(self) -> None:
        self.manage("migrate", "--no-input", "-v", "0")
        self.manage("seed_demo_data")

    def start(self) -> None:
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [
            str(gunicorn),
            "woondeal.wsgi",
            "--workers",
            str(self.workers),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/inloggen/"), timeout=5).read()
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn kwam niet op")

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def worker_peak_mb(self) -> float:
        """The largest resident-memory high-water mark among gunicorn's workers."""
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        except OSError:
            return 0.0
        peaks = [0.0]
        for pid in children:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peaks.append(int(line.split()[1]) / 1024)
            except OSError:
                continue
        return max(peaks)

    def login(self, username: str) -> str:
        """Log in through the real login form; returns the Cookie header of the session."""
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(self.url("/inloggen/")).read().decode()
        token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "login_view-current_step": "auth",  # the two-factor login's first step
                "auth-username": username,
                "auth-password": DEMO_PASSWORD,
            }
        ).encode()
        opener.open(urllib.request.Request(self.url("/inloggen/"), data=body)).read()
        cookies = {cookie.name: cookie.value for cookie in jar}
        if "sessionid" not in cookies:
            raise RuntimeError(f"inloggen als {username} mislukte")
        return "; ".join(f"{name}={value}" for name, value in cookies.items())
