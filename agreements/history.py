"""Field-level change history of an agreement and its statuses (who, when, which field, old → new).

Built from django-simple-history's records with ``diff_against``, in a fixed number of queries."""

from dataclasses import dataclass, field

from .models import Agreement, AgreementStatus, Organisation, Period, Pillar

HIDDEN_FIELDS = {"id", "version", "updated_at", "updated_by", "agreement", "period"}
TYPE_LABELS = {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class ChangeEntry:
    when: object
    who: str
    subject: str
    action: str
    changes: list[FieldChange] = field(default_factory=list)


def _display(model_field, value, names: dict[tuple[type, int], str]) -> str:
    if value in (None, ""):
        return "—"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if model_field.is_relation:
        return names.get((model_field.related_model, value), f"#{value}")
    return str(value)


def _entries(records: list, subject_of, names: dict[tuple[type, int], str]) -> list[ChangeEntry]:
    """``records`` oldest first; each is compared with the previous record of the same object."""
    previous: dict[int, object] = {}
    entries = []
    for record in records:
        model = record.instance_type
        before = previous.get(record.id)
        if before is not None:
            pairs = [(c.field, c.old, c.new) for c in record.diff_against(before).changes]
        else:
            pairs = [(f.name, None, getattr(record, f.attname)) for f in model._meta.concrete_fields]
        changes = []
        for name, old, new in pairs:
            if name in HIDDEN_FIELDS:
                continue
            model_field = model._meta.get_field(name)
            old_text, new_text = _display(model_field, old, names), _display(model_field, new, names)
            if old_text != new_text:
                changes.append(FieldChange(str(model_field.verbose_name), old_text, new_text))
        previous[record.id] = record
        if changes or record.history_type != "~":
            who = str(record.history_user) if record.history_user else "onbekend (systeem)"
            entries.append(
                ChangeEntry(
                    record.history_date, who, subject_of(record), TYPE_LABELS[record.history_type], changes
                )
            )
    return entries


def change_log(agreement: Agreement) -> list[ChangeEntry]:
    """Every recorded change of ``agreement`` and of its statuses, newest first (five queries)."""
    agreement_records = list(
        agreement.history.select_related("history_user").order_by("history_date", "history_id")
    )
    status_records = list(
        AgreementStatus.history.filter(agreement_id=agreement.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    lead_ids = {r.lead_organisation_id for r in agreement_records if r.lead_organisation_id}
    names = {(Organisation, o.pk): str(o) for o in Organisation.objects.filter(pk__in=lead_ids)}
    names |= {(Pillar, p.pk): str(p) for p in Pillar.objects.all()}
    periods = {p.pk: p.label for p in Period.objects.filter(pk__in={r.period_id for r in status_records})}
    entries = _entries(agreement_records, lambda r: "Afspraak", names)
    entries += _entries(status_records, lambda r: f"Status {periods.get(r.period_id, '')}", names)
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries
