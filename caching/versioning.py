"""Every statement that writes application data gives the data version a new random token.

Installed on every database connection (``connection_created``), so nothing can forget it: model saves,
``QuerySet.update()``, bulk inserts, deletes and raw SQL all go through it, in the web servers and the worker
alike. The new token is written in the same transaction as the change, so both commit (or roll back)
together. A random token, not a counter, so that a rolled-back transaction can never make an old key current
again.
"""

import re
import uuid

from django.conf import settings

TABLE = "caching_dataversion"
# Writes that change no page: sessions, job progress, the task queue and a database cache's own table.
IGNORED = {TABLE, "django_session", "jobs_job", "django_tasks_db_dbtaskresult"}
IGNORED |= {
    cache["LOCATION"] for cache in settings.CACHES.values() if cache["BACKEND"].endswith("DatabaseCache")
}
WRITE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE)\s+(?:TABLE\s+)?"?(\w+)"?', re.IGNORECASE
)


def watch_writes(sender, connection, **kwargs) -> None:
    if _bump_after_write not in connection.execute_wrappers:
        connection.execute_wrappers.append(_bump_after_write)


def _bump_after_write(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    match = WRITE.match(sql) if isinstance(sql, str) else None
    if match and match.group(1) not in IGNORED:
        bump(context["connection"])
    return result


def _table_exists(connection) -> bool:
    """False only while migrating a new database, before this app's table exists."""
    if not getattr(connection, "_data_version_table", False):
        connection._data_version_table = TABLE in connection.introspection.table_names()
    return connection._data_version_table


def bump(connection) -> None:
    if not _table_exists(connection):
        return
    token = uuid.uuid4().hex
    with connection.cursor() as cursor:
        cursor.execute(
            f'UPDATE "{TABLE}" SET "token" = %s, "changed_at" = CURRENT_TIMESTAMP WHERE "id" = 1', [token]
        )
        if cursor.rowcount == 0:  # the row was flushed away
            cursor.execute(
                f'INSERT INTO "{TABLE}" ("id", "token", "changed_at") VALUES (1, %s, CURRENT_TIMESTAMP)',
                [token],
            )


def current_token(connection) -> str | None:
    """The data version now; None when it cannot be read (then nothing is cached)."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT "token" FROM "{TABLE}" WHERE "id" = 1')
        row = cursor.fetchone()
    return row[0] if row else None
