"""Two core-team members publish the same report at the same moment: it is published once, the other is told
so in Dutch, never a server error (SQLite and PostgreSQL). The report row does not exist yet, so both also
create it at the same moment."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from benchmarks.report_world import make_report_world
from jobs.models import Job
from reports.models import ProgressReport
from tests.concurrency import logged_in, no_server_error, simultaneously
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_simultaneous_publishes_of_one_report(kernteam):
    period = make_report_world(user=kernteam, monitor=False, numbers=12)
    ProgressReport.objects.filter(period=period).delete()  # nobody has written the summary yet
    url = reverse("reports:publish", args=[period.code])
    first, second = logged_in(kernteam), logged_in(UserFactory(kernteam=True))
    responses = simultaneously(
        lambda: first.post(url, {"confirmed": "ja"}), lambda: second.post(url, {"confirmed": "ja"})
    )
    no_server_error(responses)
    refusals = [str(m) for r in responses for m in get_messages(r.wsgi_request) if m.level_tag == "error"]
    # Publishing runs as a background job: the second click either finds the first job running (a message) or
    # runs its own job, which refuses (the job's Dutch error). Either way the other one is told why not.
    failed = Job.objects.filter(subject=f"publish:{period.code}", state=Job.State.FAILED)
    refusals += [job.error for job in failed]
    assert len(refusals) == 1, refusals
    assert Job.objects.filter(subject=f"publish:{period.code}", state=Job.State.DONE).count() == 1
    assert ProgressReport.objects.get(period=period).is_published
