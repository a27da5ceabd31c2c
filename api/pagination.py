"""Pages of at most ``pageSize`` items (default 50, at most 200): ``?page=2&pageSize=100``."""

from rest_framework import pagination


class Pages(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "pageSize"
    max_page_size = 200
    page_query_description = "Paginanummer, vanaf 1."
    page_size_query_description = "Aantal resultaten per pagina (standaard 50, hoogstens 200)."

    def get_paginated_response_schema(self, schema):
        """DRF's page schema in OpenAPI 3.1 terms (``null`` as a type, not 3.0's ``nullable``)."""
        link = {
            "type": ["string", "null"],
            "format": "uri",
            "description": "Adres van de {} pagina, of null.",
        }
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "description": "Aantal resultaten op alle pagina's samen."},
                "next": {**link, "description": link["description"].format("volgende")},
                "previous": {**link, "description": link["description"].format("vorige")},
                "results": schema,
            },
        }
