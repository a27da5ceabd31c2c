"""The app's URLs plus the plain 69-row template page that the load scenario's medians are compared with."""

from django.urls import include, path

from benchmarks.scenario_dashboard import baseline_view

urlpatterns = [path("benchmark/basislijn/", baseline_view), path("", include("woondeal.urls"))]
