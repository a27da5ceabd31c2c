from django.urls import path

from . import views

app_name = "tempotafels"
urlpatterns = [
    path("", views.tempotafel_list, name="list"),
    path("<int:pk>/", views.tempotafel_detail, name="detail"),
]
