"""The register upload as the core team does it: a register row, uploading a file, confirming its preview."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.register import HEADERS
from jobs.models import Job
from tests.jobs.follow import started_job

URL = reverse("agreements:register_import")


def row(number=3, pillar=3, title="Circulair bouwen", **overrides) -> list:
    values = {
        "nummer": number,
        "pijler": pillar,
        "titel": title,
        "tekst": "Meer circulaire woningen.",
        "schaalniveau": "Regionaal",
        "soort": "Bouwproductie",
        "termijn": 2026,
        "landt_in": "",
        "trekker": "Portaal",
        "betrokken_organisaties": "Portaal; Gemeente Arnhem",
    }
    values.update(overrides)
    return [values[h] for h in HEADERS]


def upload(client, data: bytes, name="register.xlsx"):
    """Upload ``data``; checking it runs as a background job (at once in tests). Returns the preview the
    job's progress page leads to, the job's page when the check failed, or the form when it refused."""
    response = client.post(URL, {"file": SimpleUploadedFile(name, data), "action": "preview"})
    if response.status_code != 302:
        return response
    job = started_job(response)
    return client.get(job.result_url if job.state == Job.State.DONE else response["Location"])


def confirm(client, preview):
    """Press "Wijzigingen opslaan" on ``preview`` (the form carries the staged upload's id, if any)."""
    staged = preview.context["upload_id"]
    return client.post(URL, {"action": "confirm", **({"upload": staged} if staged else {})})
