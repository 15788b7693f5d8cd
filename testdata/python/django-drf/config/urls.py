from django.urls import include, path

from catalog.urls import catalog_patterns
from pages import views as page_views

urlpatterns = [
    # ok: CLK101
    path("health/", page_views.health),
    path("api/", include("notes.urls")),
    path("pages/", include("pages.urls")),
    path("shop/", include(catalog_patterns)),
]
