"""Errors as ``application/problem+json`` (RFC 9457), in Dutch, as the API Design Rules ask: every 4xx and 5xx
the API gives, DRF's own (401, 403, 404, 405, 429) and addresses that do not exist under ``/api/v1``."""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.renderers import JSONRenderer
from rest_framework.views import exception_handler

PROBLEM_TYPE = "application/problem+json"
TITLES = {
    400: "Ongeldig verzoek",
    401: "Niet geauthenticeerd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
    429: "Te veel verzoeken",
    500: "Interne fout",
}
DETAILS = {
    401: "Deze gegevens vragen een API-sleutel: Authorization: Bearer <sleutel>.",
    403: "U hebt geen toegang tot deze gegevens.",
    404: "Deze resource bestaat niet of is niet voor u zichtbaar.",
    405: "Deze API is alleen-lezen: gebruik GET.",
}


class ProblemJSONRenderer(JSONRenderer):
    media_type = PROBLEM_TYPE


def problem(status_code: int, detail: str, instance: str) -> dict:
    return {
        "type": f"https://developer.overheid.nl/kennisbank/apis/problem-json#{status_code}",
        "title": TITLES.get(status_code, "Fout"),
        "status": status_code,
        "detail": detail,
        "instance": instance,
    }


def _detail(exc, status_code: int) -> str:
    if isinstance(exc, exceptions.Throttled):
        wait = int(exc.wait or 1)
        return f"Te veel verzoeken. Probeer het over {wait} seconde{'n' if wait != 1 else ''} opnieuw."
    if isinstance(exc, exceptions.ValidationError):
        return "; ".join(f"{field}: {' '.join(map(str, errors))}" for field, errors in _flat(exc.detail))
    if status_code in DETAILS and not isinstance(exc, exceptions.AuthenticationFailed | Http404):
        return DETAILS[status_code]
    text = str(getattr(exc, "detail", "") or exc)
    return text if text and not text.startswith("No ") else DETAILS.get(status_code, "")


def _flat(detail):
    if isinstance(detail, dict):
        return [(field, errors if isinstance(errors, list) else [errors]) for field, errors in detail.items()]
    return [("verzoek", detail if isinstance(detail, list) else [detail])]


def problem_exception_handler(exc, context):
    """DRF's handler, with a problem+json body (its headers, such as Retry-After and WWW-Authenticate, kept)."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    request = context["request"]
    response.data = problem(response.status_code, _detail(exc, response.status_code), request.path)
    response.content_type = PROBLEM_TYPE
    return response


@login_not_required
def not_found(request, *args, **kwargs) -> JsonResponse:
    """An address under /api/v1 that does not exist (the catch-all route)."""
    body = problem(status.HTTP_404_NOT_FOUND, "Dit adres bestaat niet in de API.", request.path)
    return JsonResponse(body, status=404, content_type=PROBLEM_TYPE)
