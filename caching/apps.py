from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "caching"
    verbose_name = "Cache"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from .versioning import watch_writes

        connection_created.connect(watch_writes, dispatch_uid="caching.watch_writes")
