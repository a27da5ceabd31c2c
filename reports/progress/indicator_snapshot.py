"""The indicators per area as published: the region, each subregion and each municipality, with their targets.

Frozen into the report's snapshot on publication (``DashboardSection.to_snapshot``), so that the public site,
the open data and the API show what the report showed, never the figures of a later import. Read from the
region's dashboard (its figures and the contributions of its subregions and municipalities): no recount.
A figure without data stays ``None`` ("onbekend"), never 0.
"""

from monitor.dashboard import Dashboard, TargetRow
from monitor.dashboard.builder import TARGET_CODES
from monitor.dashboard.targets import build_targets
from monitor.models import Municipality, Subregion, Target

# (key in the Indicator figures, label, unit); shares are percentages with one decimal
INDICATORS = [
    ("plans", "Plannen", "plannen"),
    ("homes", "Woningen in plannen", "woningen"),
    ("hard", "Harde plancapaciteit", "woningen"),
    ("soft", "Zachte plancapaciteit", "woningen"),
    ("in_aanbouw", "In aanbouw", "woningen"),
    ("opgeleverd", "Opgeleverd (in plannen)", "woningen"),
    ("soft_affordable", "Betaalbaar in de zachte plancapaciteit", "woningen"),
    ("affordable_soft_share", "Aandeel betaalbaar in de zachte plancapaciteit", "%"),
    ("circular", "Circulair gebouwd", "woningen"),
    ("circular_share", "Aandeel circulair gebouwd", "%"),
    ("conceptual", "Conceptueel gebouwd", "woningen"),
    ("conceptual_share", "Aandeel conceptueel gebouwd", "%"),
    ("flexible", "Flexwonen", "woningen"),
    ("flexible_share", "Aandeel flexwonen", "%"),
]


def _target(row: TargetRow) -> dict:
    return {
        "code": row.code,
        "label": row.label,
        "value": row.value,
        "unit": row.unit,
        "target": row.target_label,
        "progress": row.progress,
        "verdict": row.verdict,
    }


def _area(*, level: str, code: str, name: str, figures: dict, realised, targets: list[TargetRow]) -> dict:
    values = [
        {"code": key, "label": label, "value": figures.get(key), "unit": unit}
        for key, label, unit in INDICATORS
    ]
    values.append(
        {"code": "realised", "label": "Gerealiseerde woningen", "value": realised, "unit": "woningen"}
    )
    return {
        "level": level,
        "code": code,
        "name": name,
        "indicators": values,
        "targets": [_target(row) for row in targets],
    }


def indicator_areas(region: Dashboard) -> list[dict]:
    """Region, subregions, municipalities (in that order) with their indicators and targets (3 queries)."""
    targets = {t.code: t for t in Target.objects.filter(code__in=TARGET_CODES)}
    codes = {
        "subregio": dict(Subregion.objects.values_list("name", "slug")),
        "gemeente": dict(Municipality.objects.values_list("name", "cbs_code")),
    }
    areas = [
        _area(
            level="regio",
            code="regio",
            name=region.title,
            figures=region.figures,
            realised=region.realised,
            targets=region.targets,
        )
    ]
    for key, level in (("subregios", "subregio"), ("gemeenten", "gemeente")):
        rows = next((rows for id_, _, rows in region.contributions if id_ == key), [])
        for row in rows:
            own = build_targets(level=level, figures=row.figures, realised=row.realised, targets=targets)
            areas.append(
                _area(
                    level=level,
                    code=codes[level].get(row.name, ""),
                    name=row.name,
                    figures=row.figures,
                    realised=row.realised,
                    targets=own,
                )
            )
    return areas
