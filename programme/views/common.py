"""Small helpers shared by the programme's views."""

from collections.abc import Callable

from django.core.exceptions import ValidationError


def attempt(form, service: Callable, /, **kwargs):
    """Call a service; a refusal (ValidationError) becomes a form error (on its field where it names one) and
    the result None, so nothing typed is lost."""
    try:
        return service(**kwargs)
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, messages in error.message_dict.items():
                form.add_error(field if field in form.fields else None, messages)
        else:
            form.add_error(None, error.messages)
        return None
