"""In production ``{% static %}`` gives hashed names from collectstatic; the PDF renderer must still read them."""

import pytest

from reports.pdf import BASE_URL, RefusedResource, StaticOnlyFetcher


def test_the_pdf_renderer_reads_collected_static_files_and_nothing_outside(settings, tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "progress_report.0123abcd.css").write_text("p { color: #154273; }")
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    fetcher = StaticOnlyFetcher()
    fetcher.fetch(f"{BASE_URL}static/css/progress_report.0123abcd.css")
    assert fetcher.refused == []
    with pytest.raises(RefusedResource):
        fetcher.fetch(f"{BASE_URL}static/css/../../etc/passwd")
    with pytest.raises(RefusedResource):
        fetcher.fetch(f"{BASE_URL}static/css/bestaat-niet.css")
