# ok: CLK101
from rest_framework import viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Note


class NoteViewSet(viewsets.ModelViewSet):
    queryset = Note.objects.all()


class PublicCount(APIView):
    permission_classes = [AllowAny]

    def get(self, request):
        return Response({"count": Note.objects.count()})


class OpenStats(APIView):
    permission_classes = []

    def get(self, request):
        return Response({"notes": list(Note.objects.values("owner", "body"))})


@api_view(["POST"])
def import_notes(request):
    Note.objects.bulk_create([Note(owner=request.user, body=b) for b in request.data["bodies"]])
    return Response(status=201)


class IsOwner(IsAuthenticated):
    def has_object_permission(self, request, view, obj):
        return obj.owner == request.user


class OwnNoteViewSet(viewsets.ModelViewSet):
    queryset = Note.objects.all()
    permission_classes = [IsOwner]
