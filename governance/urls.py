from django.urls import path

from . import views

app_name = "governance"
urlpatterns = [
    path("", views.index, name="index"),
    path("agenda/", views.calendar_links, name="calendar_links"),
    path("agenda/vernieuwen/", views.calendar_renew, name="calendar_renew"),
    path("agenda/<str:token>/mijn-vergaderingen.ics", views.my_calendar, name="my_calendar"),
    path("agenda/<str:token>/<slug:kind>.ics", views.body_calendar, name="body_calendar"),
    path("overleg/<slug:kind>/", views.body_detail, name="body_detail"),
    path("overleg/<slug:kind>/vergaderingen/nieuw/", views.meeting_create, name="meeting_create"),
    path("vergaderingen/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("vergaderingen/<int:pk>/wijzigen/", views.meeting_update, name="meeting_update"),
    path("vergaderingen/<int:pk>/agendapunten/nieuw/", views.agenda_item_create, name="agenda_item_create"),
    path("vergaderingen/<int:pk>/aanwezigheid/", views.attendance, name="attendance"),
    path("vergaderingen/<int:pk>/stukken/nieuw/", views.document_add, name="document_add"),
    path("vergaderingen/<int:pk>/vaststellen/", views.adopt, name="adopt"),
    path("stukken/<int:pk>/", views.document_download, name="document_download"),
    path("agendapunten/<int:pk>/wijzigen/", views.agenda_item_update, name="agenda_item_update"),
    path("agendapunten/<int:pk>/besluit/", views.decision_create, name="decision_create"),
    path("besluiten/<int:pk>/opvolging/nieuw/", views.follow_up_create, name="follow_up_create"),
    path("opvolging/<int:pk>/afvinken/", views.follow_up_done, name="follow_up_done"),
    path("escalaties/", views.escalation_list, name="escalation_list"),
    path("escalaties/nieuw/", views.escalation_create, name="escalation_create"),
    path("escalaties/<int:pk>/", views.escalation_detail, name="escalation_detail"),
    path("escalaties/<int:pk>/agenderen/", views.escalation_schedule, name="escalation_schedule"),
    path("escalaties/<int:pk>/intrekken/", views.escalation_withdraw, name="escalation_withdraw"),
]
