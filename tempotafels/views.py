from django.shortcuts import get_object_or_404, render

from .models import Tempotafel


def tempotafel_list(request):
    tafels = Tempotafel.objects.prefetch_related("pillars", "tempomakers__user", "tempomakers__organisation")
    return render(request, "tempotafels/tempotafel_list.html", {"tafels": tafels})


def tempotafel_detail(request, pk):
    tafel = get_object_or_404(
        Tempotafel.objects.prefetch_related(
            "pillars", "agreements", "locations", "tempomakers__user", "tempomakers__organisation"
        ),
        pk=pk,
    )
    return render(request, "tempotafels/tempotafel_detail.html", {"tafel": tafel})
