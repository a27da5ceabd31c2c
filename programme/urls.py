from django.urls import path

from .views import budget, locations, requests

app_name = "programme"

urlpatterns = [
    path("", budget.overview, name="overview"),
    path("werkbudget.xlsx", budget.export, name="export"),
    path("verplichtingen/nieuw/", budget.commitment_create, name="commitment_create"),
    path("verplichtingen/<int:pk>/", budget.commitment_detail, name="commitment_detail"),
    path("verplichtingen/<int:pk>/correctie/", budget.commitment_correct, name="commitment_correct"),
    path("verplichtingen/<int:pk>/besteding/", budget.spending_create, name="spending_create"),
    path("flexibele-schil/", requests.request_list, name="requests"),
    path("flexibele-schil/aanvragen/", requests.request_create, name="request_create"),
    path("flexibele-schil/<int:pk>/", requests.request_detail, name="request_detail"),
    path(
        "flexibele-schil/<int:pk>/<str:action>/",
        requests.request_decide,
        name="request_decide",
    ),
    path("locaties/", locations.programme, name="locations"),
    path("locaties/<int:location_pk>/", locations.elaboration_history, name="elaborations"),
    path(
        "locaties/<int:location_pk>/uitwerking/<str:period_code>/",
        locations.elaboration_edit,
        name="elaboration_edit",
    ),
    path("gebiedsontwikkelingen/", locations.developments, name="developments"),
    path("mijlpalen/<int:pk>/", locations.milestone_update, name="milestone_update"),
]
