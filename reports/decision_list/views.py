"""Downloads of a meeting's besluitenlijst, for whoever may read the meeting (through its scope)."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from agreements.exports import spreadsheet_response
from governance.views.access import meetings_with_items

from .builder import EXCEL_HEADERS, build_decision_list, decision_list_rows, render_decision_list_pdf


def _data(request, pk):
    meetings = meetings_with_items(request.user).prefetch_related("present__user")
    return build_decision_list(get_object_or_404(meetings, pk=pk))


def decision_list_pdf(request, pk):
    data = _data(request, pk)
    response = HttpResponse(render_decision_list_pdf(data), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{data.filename}.pdf"'
    return response


def decision_list_xlsx(request, pk):
    data = _data(request, pk)
    return spreadsheet_response(
        data.filename, EXCEL_HEADERS, decision_list_rows(data), sheet_title="Besluitenlijst"
    )
