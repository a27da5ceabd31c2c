"""The progress page of a background job, its status for the page's script, and its generated file."""

from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render

from accounts.audit import Kind, Result, record

from .models import Job
from .recovery import recover_if_silent


def _job(request, pk) -> Job:
    recover_if_silent(Job.objects.filter(pk=pk))  # a dead worker's job ends here, with the Dutch explanation
    return get_object_or_404(Job.objects.for_user(request.user).defer("file"), pk=pk)


def job_detail(request, pk):
    return render(request, "jobs/job_detail.html", {"job": _job(request, pk)})


def job_status(request, pk):
    """The status for the page's script. When a job with a result page is done, the script goes there: the
    outcome is then told once more, as a message on that page."""
    job = _job(request, pk)
    if job.state == Job.State.DONE and job.result_url and not job.announced:
        if Job.objects.filter(pk=job.pk, announced=False).update(announced=True):
            messages.success(request, job.stage)
    response = JsonResponse(job.as_status())
    response["Cache-Control"] = "no-store"
    return response


def job_file(request, pk):
    job = get_object_or_404(Job.objects.for_user(request.user), pk=pk, state=Job.State.DONE)
    if not job.has_file:
        raise Http404
    response = HttpResponse(bytes(job.file), content_type=job.file_type)
    response["Content-Disposition"] = f'attachment; filename="{job.file_name}"'
    # The file leaves the app here (a factsheet or report PDF may name people): written to the audit trail.
    record(request, Kind.EXPORT, Result.SUCCESS, detail=f"{job.title} ({job.file_name})")
    return response
