"""From clicking "Publiceren" to the progress page, on a real gunicorn (2 workers, DEBUG off).

Data: a period ready to publish (``report_world``: 69 agreements, six final factsheets, a monitor import),
in the benchmark's database. The clock runs from the POST of the confirmation page's form to the moment the
progress page it redirects to has arrived: what the user waits for before they see the job's stage and
percentage. Publishing itself runs on the worker (none runs here: the job waits in the queue, which does not
change what the click costs). The first click publishes; later clicks find the job already waiting and
show its progress page again. Baseline: the plain login page, median of 15 GETs on the same server.
Target: under 2 s (issue 19).
"""

import statistics
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

from benchmarks.load_server import DEMO_PASSWORD, AppServer

CLICKS = 5


def _database_url() -> str:
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    return f"postgres://{settings['USER']}{password}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def _opener(server: AppServer):
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(server.url("/inloggen/")).read().decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    body = {"csrfmiddlewaretoken": token, "username": "benchmark-kernteam", "password": DEMO_PASSWORD}
    opener.open(urllib.request.Request(server.url("/inloggen/"), data=urllib.parse.urlencode(body).encode()))
    return opener


def click_publish(server: AppServer, opener, code: str) -> float:
    """Seconds from the POST of "Publiceren" to the progress page (urllib follows the redirect)."""
    page = opener.open(server.url(f"/rapportages/{code}/publiceren/bevestigen/")).read().decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "confirmed": "ja"}).encode()
    start = time.perf_counter()
    with opener.open(
        urllib.request.Request(server.url(f"/rapportages/{code}/publiceren/"), data=body)
    ) as answer:
        landed, html = answer.geturl(), answer.read().decode()
    seconds = time.perf_counter() - start
    assert "/taken/" in landed and "data-job-status" in html, (landed, html[:500])
    return seconds


def run() -> list[dict]:
    from benchmarks.report_world import core_team_user, make_report_world

    user = core_team_user("benchmark-kernteam")
    user.set_password(DEMO_PASSWORD)
    user.save()
    period = make_report_world(user=user)
    server = AppServer(_database_url())
    try:
        server.start()
        plain = []
        for _ in range(15):
            start = time.perf_counter()
            urllib.request.urlopen(server.url("/inloggen/")).read()
            plain.append(time.perf_counter() - start)
        opener = _opener(server)
        clicks = [click_publish(server, opener, period.code) for _ in range(CLICKS)]
        peak = round(server.worker_peak_mb(), 1)
    finally:
        server.stop()
    base = statistics.median(plain) * 1000
    row = {"unit": "ms", "baseline": round(base, 2), "peak_mb": peak}
    return [
        {"name": "klik Publiceren → voortgangspagina (eerste)", "value": round(clicks[0] * 1000, 1), **row},
        {
            "name": f"klik Publiceren → voortgangspagina (mediaan {CLICKS - 1} herhaald)",
            "value": round(statistics.median(clicks[1:]) * 1000, 1),
            **row,
        },
    ]
