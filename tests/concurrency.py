"""Two people pressing the same button at the same moment, for real: two threads, two database connections.

``simultaneously`` holds each request just before its first write until the other has reached its own, so
their transactions truly overlap. That is the moment at which SQLite without immediate transactions answers
the second writer "database is locked" and PostgreSQL makes it wait for the first one's row or unique key."""

import threading
from collections.abc import Callable

from django.db import connection
from django.test import Client

WRITES = ("UPDATE", "INSERT", "DELETE")
GATE_SECONDS = 1  # a database that takes its write lock at BEGIN keeps the other request waiting there


def simultaneously(*requests: Callable) -> list:
    """Run each request in its own thread and connection; returns what each returned, or the exception it
    raised (a server error). Each request is held at its first write (sessions aside) until all are there,
    or ``GATE_SECONDS`` passed."""
    gate = threading.Barrier(len(requests), timeout=GATE_SECONDS)
    results: list = [None] * len(requests)

    def run(index: int, request: Callable) -> None:
        held = False

        def hold_first_write(execute, sql, params, many, context):
            nonlocal held
            if not held and sql.lstrip().upper().startswith(WRITES) and "django_session" not in sql:
                held = True
                try:
                    gate.wait()
                except threading.BrokenBarrierError:
                    pass
            return execute(sql, params, many, context)

        try:
            with connection.execute_wrapper(hold_first_write):
                results[index] = request()
        except Exception as error:  # the server error a user would get; the test names it
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def logged_in(user) -> Client:
    """A client that answers a server error with its 500 page, as a browser gets it (the test client's own
    re-raising is shared between threads and would blame the wrong request)."""
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def no_server_error(responses: list) -> None:
    errors = [r for r in responses if isinstance(r, Exception) or r.status_code >= 500]
    assert not errors, f"server error: {errors[0]!r}"


def winner_and_loser(responses: list, *, won: int = 302) -> tuple:
    """The response that won (status ``won``) and the other one; fails on a server error."""
    no_server_error(responses)
    winners = [r for r in responses if r.status_code == won]
    assert len(winners) == 1, [r.status_code for r in responses]
    return winners[0], next(r for r in responses if r is not winners[0])
