from django.db import connection

from .versioning import current_token


class DataVersionMiddleware:
    """Reads the data version at the start of every page request of a logged-in user, before any data: a
    page cached under this version can then never hold data older than the version says."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.data_version = None
        if request.method in ("GET", "HEAD") and request.user.is_authenticated:
            request.data_version = current_token(connection)
        return self.get_response(request)
