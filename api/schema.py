"""Completes the generated OpenAPI document for the API Design Rules: the ``API-Version`` header on every
success, and every error an operation can give, as ``application/problem+json``."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension

from .problems import DETAILS, PROBLEM_TYPE, TITLES

PROBLEM = {
    "type": "object",
    "description": "Een fout volgens RFC 9457 (application/problem+json).",
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
    },
    "required": ["type", "title", "status", "detail", "instance"],
}
VERSION_HEADER = {
    "description": "De volledige versie van de API (semantic versioning).",
    "schema": {"type": "string", "example": "1.0.0"},
}
ERRORS = {
    "401": "Zonder geldige sleutel (als de openbare site uit staat of de gegevens niet openbaar zijn).",
    "403": DETAILS[403],
    "404": DETAILS[404],
    "405": DETAILS[405],
    "429": "Te veel verzoeken per sleutel of per IP-adres; probeer het na Retry-After seconden opnieuw.",
}


def _problem_response(description: str) -> dict:
    return {
        "description": description,
        "content": {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def complete_for_api_design_rules(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM
    for item in result.get("paths", {}).values():
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            for code, response in responses.items():
                if code.startswith("2"):
                    response.setdefault("headers", {})["API-Version"] = VERSION_HEADER
            for code, description in ERRORS.items():
                responses.setdefault(code, _problem_response(f"{TITLES[int(code)]}. {description}"))
    return result


class ApiKeyScheme(OpenApiAuthenticationExtension):
    """``Authorization: Bearer <sleutel>``; operations on public data may also be called without it."""

    target_class = "api.authentication.ApiKeyAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "Een API-sleutel, uitgegeven door functioneel beheer aan een gebruiker.",
        }

    def get_security_requirement(self, auto_schema):
        if any(getattr(p, "public_when_site_is_on", False) for p in auto_schema.view.get_permissions()):
            return [{self.name: []}, {}]
        return {self.name: []}
