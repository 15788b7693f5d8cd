import httpx
from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from django.conf import settings

sdk = Clerk(bearer_auth=settings.CLERK_SECRET_KEY)
OPTIONS = AuthenticateRequestOptions(authorized_parties=["https://trips.example.com"])


def forwarded(request):
    return httpx.Request(request.method, request.build_absolute_uri(), headers=dict(request.headers))
