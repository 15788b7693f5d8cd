# ok: CLK101
from .clerk import OPTIONS, as_httpx, sdk


class ClerkUserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        state = sdk.authenticate_request(as_httpx(request), OPTIONS)
        request.clerk_user_id = state.payload["sub"] if state.is_signed_in else None
        return self.get_response(request)
