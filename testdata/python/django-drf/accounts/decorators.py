# ok: CLK101
from functools import wraps

from django.http import JsonResponse


def clerk_login_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.clerk_user_id:
            return JsonResponse({"error": "signed out"}, status=401)
        return view(request, *args, **kwargs)

    return wrapper
