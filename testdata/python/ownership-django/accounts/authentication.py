from django.contrib.auth import get_user_model
from rest_framework import authentication

from .clerk import OPTIONS, forwarded, sdk


class ClerkSessionAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        state = sdk.authenticate_request(forwarded(request), OPTIONS)
        if not state.is_signed_in:
            return None
        user, _ = get_user_model().objects.get_or_create(username=state.payload["sub"])
        return (user, None)
