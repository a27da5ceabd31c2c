"""With DEBUG on, Django answers an address that does not exist with its English technical page. A page that
is simply missing gets the Dutch 404 page in development too; a 404 raised inside a view (an object outside
the user's scope, say) keeps Django's debug page, which is what a developer needs there."""

from django.conf import settings
from django.urls import Resolver404, resolve

from accounts.views import page_not_found


class DutchNotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code == 404 and not _resolves(request.path_info):
            return page_not_found(request)
        return response


def _resolves(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True
