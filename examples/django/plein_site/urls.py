"""The host's URLs: plein's three endpoints."""

from django.urls import path

from plein_site import views

urlpatterns = [
    path("designs/check/", views.check),
    path("designs/report/", views.report),
    path("designs/calendar/", views.calendar),
]
