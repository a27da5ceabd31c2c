"""The dashboard pages (region, subregion, municipality, location), chart-table downloads and yearly completions."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from accounts.access import core_team_required
from agreements.exports import spreadsheet_response
from agreements.periods import chosen_period, period_choice
from caching.pages import cached_page

from .charts import charts_for
from .completions import completion_totals, record_yearly_completions
from .dashboard import Dashboard, build_dashboard
from .forms import CompletionsForm
from .models import Location, Municipality, Subregion
from .sections import LOCATION_DASHBOARD, render_sections


def _render_dashboard(request, dashboard: Dashboard, sections=()):
    """The dashboard page, or with ``?download=csv|xlsx&chart=<id>`` the table of one chart."""
    charts = charts_for(dashboard)
    fmt = request.GET.get("download")
    if fmt:
        chart = next((c for c in charts if c.id == request.GET.get("chart")), None)
        if chart is None or fmt not in ("csv", "xlsx"):
            raise Http404("Deze grafiek of dit formaat bestaat niet.")
        filename = f"dashboard-{dashboard.slug}-{chart.id}"
        return spreadsheet_response(filename, chart.headers, chart.rows, fmt=fmt, sheet_title=chart.title)
    context = {
        **period_choice(request),
        "dashboard": dashboard,
        "charts": {chart.id: chart for chart in charts},
        "may_record_completions": request.user.is_kernteam,
        "sections": sections,
    }
    return render(request, "monitor/dashboard.html", context)


@cached_page
def dashboard(request):
    return _render_dashboard(request, build_dashboard(period=chosen_period(request)))


@cached_page
def subregion_dashboard(request, slug):
    return _render_dashboard(
        request,
        build_dashboard(subregion=get_object_or_404(Subregion, slug=slug), period=chosen_period(request)),
    )


@cached_page
def municipality_dashboard(request, cbs_code):
    municipality = get_object_or_404(Municipality.objects.select_related("subregion"), cbs_code=cbs_code)
    return _render_dashboard(
        request, build_dashboard(municipality=municipality, period=chosen_period(request))
    )


@cached_page
def location_dashboard(request, pk):
    location = get_object_or_404(Location.objects.select_related("municipality__subregion"), pk=pk)
    sections = render_sections(LOCATION_DASHBOARD, request, location=location)
    dashboard = build_dashboard(location=location, period=chosen_period(request), user=request.user)
    return _render_dashboard(request, dashboard, sections)


@core_team_required
def completions(request):
    """The core team records homes completed per municipality per year and chooses the realised source."""
    municipalities = list(Municipality.objects.all())
    form = CompletionsForm(request.POST or None, municipalities=municipalities, year=request.GET.get("jaar"))
    if request.method == "POST" and form.is_valid():
        record_yearly_completions(**form.cleaned_values())
        messages.success(request, f"Opleveringen {form.cleaned_data['year']} en de bron zijn opgeslagen.")
        return redirect(f"{request.path}?jaar={form.cleaned_data['year']}")
    context = {"form": form, "totals": completion_totals()}
    return render(request, "monitor/dashboard_completions.html", context)
