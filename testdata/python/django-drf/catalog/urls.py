from django.urls import path

from . import views

catalog_patterns = [
    # A template page: nothing to protect.
    # ok: CLK101
    path("", views.landing),
    # Public data (CLK101's public-data models).
    # ok: CLK101
    path("products/", views.product_list),
    # ruleid: CLK101
    path("dump/", views.note_dump),
]
