from django.urls import path

from . import views

urlpatterns = [
    path("trips/<int:pk>/", views.TripDetail.as_view()),
    path("mine/trips/<int:pk>/", views.MyTripDetail.as_view()),
    path("trips/<int:pk>/rename/", views.rename_trip),
    path("mine/trips/<int:pk>/rename/", views.rename_my_trip),
    path("trips/remove/", views.remove_trip),
    path("staff/trips/<int:pk>/", views.staff_delete_trip),
    path("airports/<int:pk>/", views.airport),
]
