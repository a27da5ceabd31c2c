"""``Authorization: Bearer <sleutel>``: the user behind an API key, checked against its stored hash."""

from django.utils import timezone
from rest_framework import authentication, exceptions

from .models import ApiToken, ApiTokenUse, hash_key


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Geef de sleutel als: Authorization: Bearer <sleutel>.")
        token = (
            ApiToken.objects.active()
            .select_related("user")
            .filter(key_hash=hash_key(parts[1].decode(errors="replace")))
            .first()
        )
        if token is None:
            raise exceptions.AuthenticationFailed("Deze API-sleutel is onbekend of ingetrokken.")
        self._log(request, token)
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword

    @staticmethod
    def _log(request, token: ApiToken) -> None:
        now = timezone.now()
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        ApiTokenUse.objects.create(
            token=token, method=request.method, path=request.path[:500], ip=request.META.get("REMOTE_ADDR")
        )
