"""The factsheet's edit and detail pages, and a full set of texts a tempomaker writes."""

from django.urls import reverse


def edit_url(period, number=3):
    return reverse("reports:factsheet_edit", args=[period.code, number])


def detail_url(period, number=3):
    return reverse("reports:factsheet_detail", args=[period.code, number])


TEXTS = {
    "summary": "Drie pilots biobased bouwen zijn gestart.",
    "partners": "Talis, Portaal",
    "output": "Kennissessie",
    "outcome": "120 woningen",
    "next_actions": "Handreiking vaststellen",
}
