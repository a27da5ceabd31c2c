from django.urls import path

from . import views

app_name = "tempotafels"
urlpatterns = [
    path("", views.tempotafel_list, name="list"),
    path("nieuw/", views.tempotafel_create, name="create"),
    path("agenda/", views.meeting_agenda, name="agenda"),
    path("<int:pk>/", views.tempotafel_detail, name="detail"),
    path("<int:pk>/wijzigen/", views.tempotafel_update, name="update"),
    path("<int:pk>/tempomakers/", views.tempotafel_team, name="team"),
    path("<int:pk>/aanpak/", views.tempotafel_approach, name="approach"),
    path("<int:pk>/beeindigen/", views.tempotafel_end, name="end"),
    path("<int:pk>/geschiedenis/", views.tempotafel_history, name="history"),
    path("<int:pk>/agenda.ics", views.meeting_calendar, name="calendar"),
    path("<int:pk>/bijeenkomsten/nieuw/", views.meeting_create, name="meeting_create"),
    path("<int:pk>/acties/nieuw/", views.action_create, name="action_create"),
    path("<int:pk>/acties/export/", views.action_export, name="action_export"),
    path("bijeenkomsten/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("bijeenkomsten/<int:pk>/wijzigen/", views.meeting_update, name="meeting_update"),
    path("acties/<int:pk>/wijzigen/", views.action_update, name="action_update"),
    path("acties/<int:pk>/afvinken/", views.action_done, name="action_done"),
]
