# ok: CLK101
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from accounts.clerk import sdk
from accounts.decorators import clerk_login_required
from notes.models import Note


def health(request):
    return JsonResponse({"ok": True})


@clerk_login_required
def dashboard(request):
    return JsonResponse({"notes": list(Note.objects.filter(owner=request.clerk_user_id).values())})


def delete_account(request):
    sdk.users.delete(user_id=request.POST["user_id"])
    return JsonResponse({"deleted": True})


def rename(request, pk):
    if request.clerk_user_id is None:
        return JsonResponse({"error": "signed out"}, status=401)
    Note.objects.filter(pk=pk, owner=request.clerk_user_id).update(body=request.POST["body"])
    return JsonResponse({"ok": True})


def legacy_update(request, pk):
    Note.objects.filter(pk=pk).update(body=request.POST["body"])
    return JsonResponse({"ok": True})


class SettingsView(LoginRequiredMixin, View):
    def post(self, request):
        Note.objects.filter(owner=request.clerk_user_id).delete()
        return JsonResponse({"ok": True})
