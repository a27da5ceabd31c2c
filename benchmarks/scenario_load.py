"""Throughput under load: the twelve main pages against the plain login page, on SQLite and PostgreSQL.

For each database the scenario prepares a fresh database with the demo data (``migrate`` +
``seed_demo_data``), starts gunicorn with 2 sync workers on a loopback port (DEBUG off), logs in as the core
team through the login form, and then, with 16 concurrent connections for a bounded time each:

- the plain login page (anonymous GET) — the baseline;
- a mix of the twelve main pages, requested round-robin by four logged-in core-team members (pages are
  cached per user and data version, see caching/pages.py);
- the same mix with a unique query string on every request, so that no page comes from the cache (cold).

It reports requests/s (baseline: the login page's), p50/p95/p99 latency and the number of errors (any status
but 200, or a broken connection). Targets: mix ≥ 0.5 x the plain page's requests/s, p95 < 300 ms, 0 errors.
Then one connection requests every page 15 times, from the cache and cold (unique query string): the median
per page, against the plain 69-row template page (``/benchmark/basislijn/``, see scenario_dashboard, also
cold) — targets: agreement list ≤ 3x, every page ≤ 5x.

Environment: ``BENCH_LOAD_SECONDS`` (default 20, per measurement), ``BENCH_CONNECTIONS`` (16),
``BENCH_POSTGRES_URL`` (default ``postgres://postgres@127.0.0.1:5433/woondeal_bench_load``; the database is
dropped and recreated; when PostgreSQL is unreachable only SQLite runs, and the reason is printed).
The load generator is asyncio in this process (one connection per request, as gunicorn's sync workers close
every connection): it shares the machine's cores with the server, so compare ratios, not absolute numbers.
"""

import asyncio
import os
import statistics
import tempfile
import time

from benchmarks.load_server import AppServer, postgres_ready

SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "20"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5433/woondeal_bench_load")
MEDIAN_REPEAT = 15
PLAIN_PAGE = "/inloggen/"
TEMPLATE_PAGE = "/benchmark/basislijn/"
MIX = {
    "startpagina": "/",
    "afsprakenlijst": "/afspraken/",
    "afspraak": "/afspraken/1/",
    "gefilterde lijst": "/afspraken/?light=rood_of_geel",
    "dashboard regio": "/monitor/dashboard/",
    "dashboard gemeente": "/monitor/dashboard/gemeente/GM0202/",
    "locaties": "/monitor/locaties/",
    "tempotafels": "/tempotafels/",
    "rapportages": "/rapportages/",
    "periodeoverzicht": "/afspraken/overzicht/",
    "imports": "/monitor/imports/",
    "factsheets": "/rapportages/factsheets/",
}


async def fetch(port: int, path: str, cookie: str) -> tuple[int, float]:
    """One GET on a new connection; (status, seconds). Status 0 means the connection broke."""
    start = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        headers = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if cookie:
            headers += f"Cookie: {cookie}\r\n"
        writer.write(f"{headers}\r\n".encode())
        await writer.drain()
        data = await reader.read()
        writer.close()
        status = int(data[9:12]) if data.startswith(b"HTTP/1.") else 0
    except (OSError, ValueError):
        status = 0
    return status, time.perf_counter() - start


def cold(path: str, n: int) -> str:
    """``path`` with a query parameter no view reads: the page is built, not taken from the cache."""
    return f"{path}{'&' if '?' in path else '?'}koud={n}"


async def hammer(
    port: int, paths: list[str], cookies: list[str], seconds: float, *, bust: bool = False
) -> dict:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    counter = iter(range(10**9))

    async def connection():
        nonlocal errors
        while time.perf_counter() < deadline:
            n = next(counter)
            path = paths[n % len(paths)]
            status, elapsed = await fetch(port, cold(path, n) if bust else path, cookies[n % len(cookies)])
            latencies.append(elapsed)
            errors += status != 200

    start = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(CONNECTIONS)))
    wall = time.perf_counter() - start
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "rps": len(latencies) / wall,
        "p50": cuts[49] * 1000,
        "p95": cuts[94] * 1000,
        "p99": cuts[98] * 1000,
        "errors": errors,
        "requests": len(latencies),
    }


def medians(port: int, cookie: str, *, bust: bool) -> dict[str, float]:
    async def median(path):
        timings = []
        for n in range(MEDIAN_REPEAT):
            status, elapsed = await fetch(port, cold(path, n) if bust else path, cookie)
            assert status == 200, (path, status)
            timings.append(elapsed)
        return statistics.median(timings) * 1000

    async def all_pages():
        return {name: await median(path) for name, path in {"basislijn": TEMPLATE_PAGE, **MIX}.items()}

    return asyncio.run(all_pages())


def measure(label: str, database_url: str) -> list[dict]:
    server = AppServer(database_url)
    try:
        server.prepare()
        server.start()
        cookies = [server.login(name) for name in ("kernteam", "kernteam2", "kernteam3", "kernteam4")]
        for path in MIX.values():  # warm up every worker's templates and connections
            for _ in range(4):
                asyncio.run(fetch(server.port, path, cookies[0]))
        plain = asyncio.run(hammer(server.port, [PLAIN_PAGE], [""], SECONDS))
        mix = asyncio.run(hammer(server.port, list(MIX.values()), cookies, SECONDS))
        mix_cold = asyncio.run(hammer(server.port, list(MIX.values()), cookies, SECONDS, bust=True))
        cached = medians(server.port, cookies[0], bust=False)
        cold_medians = medians(server.port, cookies[0], bust=True)
        peak = round(server.worker_peak_mb(), 1)
    finally:
        server.stop()
    rows = throughput(label, plain, mix, "", peak) + throughput(label, plain, mix_cold, " koud", peak)
    return rows + page_medians(label, cached, cold_medians, peak)


def _row(label, name, value, unit, baseline, peak) -> dict:
    return {
        "name": f"{label}: {name}",
        "value": round(value, 2),
        "unit": unit,
        "baseline": round(baseline, 2),
        "peak_mb": peak,
    }


def throughput(label: str, plain: dict, mix: dict, kind: str, peak: float) -> list[dict]:
    base = "basis inlogpagina"
    rows = [
        _row(label, f"mix{kind} req/s ({CONNECTIONS} verb., {base})", mix["rps"], "r/s", plain["rps"], peak)
    ]
    for q in ("p50", "p95", "p99"):
        rows.append(_row(label, f"mix{kind} {q} ({base} {q})", mix[q], "ms", plain[q], peak))
    errors = f"mix{kind} fouten van {mix['requests']} ({base})"
    return rows + [_row(label, errors, mix["errors"], "n", plain["errors"], peak)]


def page_medians(label: str, cached: dict, cold: dict, peak: float) -> list[dict]:
    base = cold["basislijn"]
    rows = [_row(label, f"mediaan {n} (basis 69-rijen-sjabloon)", cached[n], "ms", base, peak) for n in MIX]
    return rows + [
        _row(label, f"mediaan {n} koud (basis 69-rijen-sjabloon)", cold[n], "ms", base, peak) for n in MIX
    ]


def run() -> list[dict]:
    sqlite_dir = tempfile.mkdtemp(prefix="woondeal-load-db-")
    rows = measure("SQLite", f"sqlite:///{sqlite_dir}/load.sqlite3")
    reason = postgres_ready(POSTGRES_URL)
    if reason:
        print(f"scenario_load: PostgreSQL overgeslagen: {reason}")
    else:
        rows += measure("PostgreSQL", POSTGRES_URL)
    return rows


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.exit("Run with: python -m benchmarks --only load")
