from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from agreements.models import Agreement, Period, Pillar
from monitor.models import Municipality
from tempotafels.models import Tempotafel


def home(request):
    """The start page: what this user works on, then the deal at a glance."""
    user = request.user
    own_pillars = user.tempomaker_pillar_ids | user.ambassador_pillar_ids
    pillars = Pillar.objects.prefetch_related(
        Prefetch("agreements", queryset=Agreement.objects.only("id", "number", "title", "pillar_id"))
    )
    context = {
        "period": Period.objects.current(),
        "pillars": pillars,
        "own_pillar_ids": own_pillars,
        "municipalities": Municipality.objects.select_related("subregion").prefetch_related("locations"),
        "tempotafels": Tempotafel.objects.for_user(user).prefetch_related("tempomakers__user", "pillars"),
        "own_tafel_ids": {t.tempotafel_id for t in user.tempomakers.all()},
    }
    return render(request, "accounts/home.html", context)


@login_not_required
@requires_csrf_token
def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


@login_not_required
@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@login_not_required
@requires_csrf_token
def server_error(request):
    return render(request, "500.html", status=500)
