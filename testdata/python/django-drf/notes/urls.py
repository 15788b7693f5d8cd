from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import NoteViewSet, OpenStats, OwnNoteViewSet, PublicCount, import_notes

router = DefaultRouter()
# ok: CLK101
router.register(r"notes", NoteViewSet)
# A project permission extending IsAuthenticated.
# ok: CLK101
router.register(r"own-notes", OwnNoteViewSet)

urlpatterns = [
    # ok: CLK101
    path("notes/count/", PublicCount.as_view()),
    # ruleid: CLK101
    path("stats/", OpenStats.as_view()),
    # ok: CLK101
    path("notes/import/", import_notes),
] + router.urls
