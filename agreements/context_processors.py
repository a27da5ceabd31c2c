"""Every page says so while demo data is loaded (one query, only when a page is rendered)."""

from django.utils.functional import SimpleLazyObject

from .models import Deal


def demo_data(request):
    return {"demo_data_loaded": SimpleLazyObject(lambda: Deal.objects.filter(demo_data=True).exists())}
