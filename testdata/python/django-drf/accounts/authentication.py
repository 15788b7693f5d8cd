# ok: CLK101
from rest_framework import authentication

from .clerk import OPTIONS, as_httpx, sdk


class ClerkAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        state = sdk.authenticate_request(as_httpx(request), OPTIONS)
        if not state.is_signed_in:
            return None
        return (state.payload["sub"], None)
