from django.shortcuts import get_object_or_404
from rest_framework.decorators import api_view
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Airport, Trip


class TripDetail(APIView):
    def get(self, request, pk):
        # Any signed-in user reads any trip.
        # ruleid: CLK203
        trip = Trip.objects.get(pk=pk)
        return Response({"name": trip.name})

    def delete(self, request, pk):
        # ruleid: CLK203
        Trip.objects.filter(id=self.kwargs["pk"]).delete()
        return Response(status=204)


class MyTripDetail(APIView):
    def get(self, request, pk):
        # ok: CLK203
        trip = get_object_or_404(Trip, pk=pk, owner=request.user)
        return Response({"name": trip.name})

    def delete(self, request, pk):
        # ok: CLK203
        Trip.objects.filter(id=pk, owner=request.user).delete()
        return Response(status=204)


@api_view(["POST"])
def rename_trip(request, pk):
    trip = get_object_or_404(Trip, pk=pk)
    trip.name = request.data["name"]
    # ruleid: CLK203
    trip.save()
    return Response({"name": trip.name})


@api_view(["POST"])
def rename_my_trip(request, pk):
    trip = get_object_or_404(Trip, pk=pk)
    if trip.owner != request.user:
        raise PermissionDenied()
    trip.name = request.data["name"]
    # ok: CLK203
    trip.save()
    return Response({"name": trip.name})


@api_view(["POST"])
def remove_trip(request):
    # ruleid: CLK203
    Trip.objects.get(pk=request.data.get("trip_id")).delete()
    return Response(status=204)


@api_view(["DELETE"])
def staff_delete_trip(request, pk):
    if not request.user.is_staff:
        raise PermissionDenied()
    # ok: CLK203
    Trip.objects.filter(pk=pk).delete()
    return Response(status=204)


@api_view(["GET"])
def airport(request, pk):
    # Airports have no owner: shared reference data.
    # ok: CLK203
    return Response({"name": Airport.objects.get(pk=pk).name})
