"""The register of 69 demo agreements, with their lead and involved organisations."""

from accounts.models import User
from agreements.models import Agreement, Organisation, Pillar

from .base import upsert
from .register_data import AGREEMENTS, KNOWN_NUMBERS, pillar_of


def ensure_agreements(*, history_user: User) -> dict[int, Agreement]:
    pillars = {p.number: p for p in Pillar.objects.all()}
    organisations = {o.name: o for o in Organisation.objects.all()}
    agreements = {}
    for data in AGREEMENTS:
        values = {
            "pillar": pillars[pillar_of(data.number)],
            "title": data.title,
            "text": data.text,
            "scale": data.scale,
            "kind": data.kind,
            "horizon": data.horizon,
            "lands_in": data.lands_in,
            "lead_organisation": organisations[data.lead],
            "is_illustrative": data.number not in KNOWN_NUMBERS,
        }
        agreement = upsert(
            Agreement, lookup={"number": data.number}, values=values, history_user=history_user
        )
        agreement.organisations.set([organisations[name] for name in data.involved])
        agreements[data.number] = agreement
    return agreements
