"""A meeting: its agenda, documents, attendance and decisions; the core team prepares and records it."""

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import core_team_required
from accounts.audit import audited_download
from accounts.forms_flow import attempt
from agreements.uploads import UploadRefused

from .. import services
from ..forms import AgendaItemEditForm, AgendaItemForm, AttendanceForm, DocumentForm, MeetingForm, VersionForm
from ..models import AgendaItem, Body, Meeting, MeetingDocument
from ..models.meetings import ADOPTED
from .access import in_scope, meetings_with_items


def meeting_detail(request, pk):
    meeting = get_object_or_404(
        meetings_with_items(request.user).prefetch_related("present__user", "documents"), pk=pk
    )
    context = {
        "meeting": meeting,
        "may_prepare": request.user.is_kernteam,
        "is_member": Meeting.objects.with_documents_for(request.user).filter(pk=meeting.pk).exists(),
    }
    return render(request, "governance/meeting_detail.html", context)


@require_http_methods(["GET", "POST"])
@core_team_required
def meeting_create(request, kind):
    body = get_object_or_404(Body, kind=kind)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "expected_version"}
        meeting = attempt(form, services.schedule_meeting, by=request.user, body=body, **data)
        if meeting:
            messages.success(request, "De vergadering is gepland. Zet hieronder de agendapunten klaar.")
            return redirect(meeting)
    return render(request, "governance/meeting_form.html", {"form": form, "body": body})


@require_http_methods(["GET", "POST"])
@core_team_required
def meeting_update(request, pk):
    meeting = in_scope(Meeting, request, pk, "body")
    form = MeetingForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data}
        version = data.pop("expected_version") or 0
        if attempt(
            form, services.update_meeting, meeting=meeting, by=request.user, expected_version=version, **data
        ):
            messages.success(request, "De vergadering is opgeslagen.")
            return redirect(meeting)
    return render(
        request, "governance/meeting_form.html", {"form": form, "body": meeting.body, "meeting": meeting}
    )


@require_http_methods(["GET", "POST"])
@core_team_required
def agenda_item_create(request, pk):
    meeting = in_scope(Meeting, request, pk, "body")
    form = AgendaItemForm(request.POST or None)
    return _record_at_meeting(
        request,
        meeting,
        form,
        services.add_agenda_item,
        "governance/agendaitem_form.html",
        "Het agendapunt is toegevoegd.",
    )


def _record_at_meeting(request, meeting: Meeting, form, service, template: str, done: str):
    """A valid POST of ``form`` goes to ``service`` for ``meeting``; saved: back to the meeting with ``done``,
    refused or invalid: the form again with why."""
    if request.method == "POST" and form.is_valid():
        if attempt(form, service, meeting=meeting, by=request.user, **form.cleaned_data):
            messages.success(request, done)
            return redirect(meeting)
    return render(request, template, {"form": form, "meeting": meeting})


@require_http_methods(["GET", "POST"])
@core_team_required
def agenda_item_update(request, pk):
    """Edit an item until the minutes are adopted. When someone else saved it in between, the form comes back
    with the typed text, the saved text beside it and the new version: nothing is lost or overwritten."""
    item = in_scope(AgendaItem, request, pk, "meeting__body")
    if item.meeting.is_adopted:
        messages.error(request, ADOPTED)
        return redirect(item.meeting)
    form = AgendaItemEditForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if attempt(form, services.update_agenda_item, item=item, by=request.user, **data):
            messages.success(request, f"Agendapunt {item.number} is opgeslagen.")
            return redirect(f"{item.meeting.get_absolute_url()}#agendapunt-{item.number}")
    stored = AgendaItem.objects.get(pk=item.pk) if form.has_error(NON_FIELD_ERRORS, "conflict") else None
    if stored:
        form.data = form.data.copy()
        form.data["expected_version"] = stored.version  # a second save, after comparing, goes through
    context = {"form": form, "item": item, "meeting": item.meeting, "stored": stored}
    return render(request, "governance/agendaitem_edit.html", context, status=409 if stored else 200)


@require_http_methods(["GET", "POST"])
@core_team_required
def attendance(request, pk):
    meeting = in_scope(Meeting, request, pk, "body")
    initial = {"present": meeting.present.all(), "other_attendees": meeting.other_attendees}
    form = AttendanceForm(
        request.POST or None, meeting=meeting, initial={**initial, "expected_version": meeting.version}
    )
    return _record_at_meeting(
        request,
        meeting,
        form,
        services.record_attendance,
        "governance/attendance_form.html",
        "De aanwezigheid is vastgelegd.",
    )


@require_http_methods(["GET", "POST"])
@core_team_required
def document_add(request, pk):
    meeting = in_scope(Meeting, request, pk, "body")
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid() and _attach(request, form, meeting):
        messages.success(request, "Het vergaderstuk is toegevoegd.")
        return redirect(meeting)
    return render(request, "governance/document_form.html", {"form": form, "meeting": meeting})


def _attach(request, form, meeting) -> MeetingDocument | None:
    data = form.cleaned_data
    if data["kind"] != MeetingDocument.Kind.FILE:
        pillar = data["pillar"] if data["kind"] == MeetingDocument.Kind.FACTSHEET else None
        return attempt(
            form,
            services.attach_report,
            meeting=meeting,
            by=request.user,
            period=data["period"],
            pillar=pillar,
        )
    upload = data["file"]
    try:
        return attempt(
            form,
            services.attach_file,
            meeting=meeting,
            by=request.user,
            title=data["title"].strip(),
            file_name=upload.name,
            content=upload.read(),
        )
    except UploadRefused as refusal:
        form.add_error("file", refusal.message)
        return None


@audited_download("document van een vergadering")
def document_download(request, pk):
    """An uploaded document, always as an attachment (never shown inline), to the body's members and the core
    team (guests see only the agenda items shared with them, not the documents)."""
    document = get_object_or_404(
        MeetingDocument.objects.filter(
            kind=MeetingDocument.Kind.FILE, meeting__in=Meeting.objects.with_documents_for(request.user)
        ),
        pk=pk,
    )
    response = HttpResponse(bytes(document.content), content_type=document.content_type)
    response["Content-Disposition"] = f'attachment; filename="document-{document.pk}.{_extension(document)}"'
    return response


def _extension(document: MeetingDocument) -> str:
    return "pdf" if document.content_type == "application/pdf" else "xlsx"


@require_POST
@core_team_required
def adopt(request, pk):
    """Vaststellen: from now on the meeting's decisions never change."""
    meeting = in_scope(Meeting, request, pk)
    form = VersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Het formulier is onvolledig verstuurd; laad de pagina opnieuw.")
    elif attempt(form, services.adopt_minutes, meeting=meeting, by=request.user, **form.cleaned_data):
        messages.success(request, "De besluitenlijst is vastgesteld. Correcties worden nieuwe besluiten.")
    for error in form.non_field_errors():
        messages.error(request, error)
    return redirect(meeting)
