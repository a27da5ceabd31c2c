"""Agreement data for the agreement tests: a deal with periods, statuses and history, built in bulk."""

from agreements.models import Agreement, AgreementStatus, Organisation, Period, Phase, Pillar, TrafficLight
from tests.factories import AgreementFactory, AgreementStatusFactory, PeriodFactory, PillarFactory

COLOURS = [TrafficLight.GROEN, TrafficLight.GEEL, TrafficLight.ROOD]


def periods(count: int, *, open_last: bool = True) -> list[Period]:
    """``count`` consecutive half years from 2021-h1; all closed except (optionally) the last."""
    result = []
    for index in range(count):
        is_last = index == count - 1
        state = Period.State.OPEN if (is_last and open_last) else Period.State.CLOSED
        result.append(PeriodFactory(year=2021 + index // 2, half=index % 2 + 1, state=state))
    return result


def bulk_deal(*, agreements: int, period_list: list[Period], with_statuses_in_last: bool = True) -> None:
    """``agreements`` agreements over six pillars, each with a status in every period (bulk inserts)."""
    pillars = [PillarFactory(number=n, name=f"Pijler {n}") for n in range(1, 7)]
    organisation = Organisation.objects.get_or_create(name="Gemeente Arnhem", defaults={"kind": "gemeente"})[
        0
    ]
    start = (Agreement.objects.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    created = Agreement.objects.bulk_create(
        Agreement(
            number=n,
            pillar=pillars[n % 6],
            title=f"Afspraak over woningbouw nummer {n}",
            lead_organisation=organisation,
        )
        for n in range(start, start + agreements)
    )
    statuses = []
    for index, period in enumerate(period_list):
        if period == period_list[-1] and not with_statuses_in_last:
            continue
        statuses += [
            AgreementStatus(
                agreement=a,
                period=period,
                colour=COLOURS[(a.number + index) % 3],
                phase=Phase.IN_UITVOERING,
                needs_attention=a.number % 7 == 0,
                progress="Voortgang",
            )
            for a in created
        ]
    AgreementStatus.objects.bulk_create(statuses, batch_size=2000)


def agreement_13(pillar: Pillar, **kwargs) -> Agreement:
    return AgreementFactory(number=13, pillar=pillar, title="Betaalbare huur in de middenhuur", **kwargs)


__all__ = ["AgreementStatusFactory", "agreement_13", "bulk_deal", "periods"]
