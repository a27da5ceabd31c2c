from django.shortcuts import render

from .models import ProgressReport


def report_list(request):
    reports = ProgressReport.objects.filter(published_at__isnull=False).select_related("period")
    return render(request, "reports/progressreport_list.html", {"reports": reports})
