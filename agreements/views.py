from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from .models import Agreement, AgreementStatus, Period, Pillar


def agreement_list(request):
    period = Period.objects.current()
    statuses = AgreementStatus.objects.filter(period=period)
    pillars = Pillar.objects.prefetch_related(
        Prefetch(
            "agreements", queryset=Agreement.objects.prefetch_related(Prefetch("statuses", queryset=statuses))
        )
    )
    return render(request, "agreements/agreement_list.html", {"pillars": pillars, "period": period})


def agreement_detail(request, number):
    agreement = get_object_or_404(
        Agreement.objects.select_related("pillar", "lead_organisation").prefetch_related(
            "organisations", "locations__municipality", "tempotafels"
        ),
        number=number,
    )
    statuses = agreement.statuses.select_related("period", "updated_by").order_by(
        "-period__year", "-period__half"
    )
    return render(request, "agreements/agreement_detail.html", {"agreement": agreement, "statuses": statuses})
