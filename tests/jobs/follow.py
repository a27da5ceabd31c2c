"""Following a background job from the response that started it, as the browser's progress page does."""

from django.urls import resolve, reverse

from jobs.models import Job


def started_job(response) -> Job:
    """The job whose progress page ``response`` (the POST that started it) redirects to."""
    assert response.status_code == 302, response.status_code
    match = resolve(response["Location"])
    assert match.view_name == "jobs:detail", response["Location"]
    return Job.objects.get(pk=match.kwargs["pk"])


def job_file(client, response):
    """The file the job started by ``response`` made (jobs run at once in tests)."""
    job = started_job(response)
    assert job.state == Job.State.DONE, (job.state, job.error)
    return client.get(reverse("jobs:file", args=[job.pk]))


def through_job(client, url: str):
    """GET ``url``; when the page first has a background job make it (a redirect to the job's progress page;
    jobs run at once in tests), check the job is done and GET the page it leads to."""
    response = client.get(url)
    if response.status_code == 302 and resolve(response["Location"]).view_name == "jobs:detail":
        job = started_job(response)
        assert job.state == Job.State.DONE, (job.state, job.error)
        response = client.get(job.result_url)
    return response
