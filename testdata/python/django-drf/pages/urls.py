from django.urls import path, re_path

from . import views

urlpatterns = [
    # ok: CLK101
    path("dashboard/", views.dashboard),
    # ruleid: CLK101
    path("delete-account/", views.delete_account),
    # ok: CLK101
    path("notes/<int:pk>/rename/", views.rename),
    # ruleid: CLK101
    re_path(r"^legacy/(?P<pk>\d+)/$", views.legacy_update),
    # ok: CLK101
    path("settings/", views.SettingsView.as_view()),
]
