"""E-mail about factsheets: to the ambassador on submit, to the tempomakers on return, approval and reopening,
and reminders. Plain-text Dutch mails with a link to the factsheet (``settings.SITE_URL``)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.models import Role
from reports.models import Factsheet


def factsheet_url(factsheet: Factsheet) -> str:
    path = reverse("reports:factsheet_detail", args=[factsheet.period.code, factsheet.pillar.number])
    return settings.SITE_URL.rstrip("/") + path


def pillar_addresses(pillar_id: int, role: str) -> list[str]:
    users = get_user_model().objects.filter(
        is_active=True, memberships__role=role, memberships__pillar_id=pillar_id
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def tempomaker_addresses(factsheet: Factsheet) -> list[str]:
    return pillar_addresses(factsheet.pillar_id, Role.TEMPOMAKER)


def ambassador_addresses(factsheet: Factsheet) -> list[str]:
    return pillar_addresses(factsheet.pillar_id, Role.AMBASSADEUR)


def send_factsheet_mail(factsheet: Factsheet, *, template: str, subject: str, to: list[str], **extra) -> int:
    """One message per recipient (addresses are not shared); returns the number sent."""
    if not to:
        return 0
    context = {"factsheet": factsheet, "url": factsheet_url(factsheet), **extra}
    body = render_to_string(f"reports/email/{template}.txt", context)
    full_subject = f"Woondeal Monitor: {subject} (pijler {factsheet.pillar.number}, {factsheet.period.label})"
    messages = [EmailMessage(full_subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in to]
    return get_connection().send_messages(messages) or 0
