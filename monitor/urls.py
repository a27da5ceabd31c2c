from django.urls import path

from . import views

app_name = "monitor"
urlpatterns = [
    path("locaties/", views.location_list, name="locations"),
]
