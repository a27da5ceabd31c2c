"""Every form shows its errors in the same summary (templates/_error_summary.html): announced as an alert, a
heading that says what did not happen, each field's error as a link to that field, the form's own errors as they
are; nothing at all when there is no error."""

from django import forms
from django.template.loader import render_to_string


class StatusLikeForm(forms.Form):
    colour = forms.ChoiceField(
        label="kleur", choices=[("groen", "Groen"), ("rood", "Rood")], widget=forms.RadioSelect
    )
    progress = forms.CharField(label="Voortgang")

    def clean(self):
        raise forms.ValidationError("Iemand anders heeft de status intussen gewijzigd.")


def test_field_errors_link_to_their_field_and_form_errors_are_listed():
    form = StatusLikeForm(data={})
    html = render_to_string(
        "_error_summary.html", {"form": form, "title": "De status is nog niet opgeslagen"}
    )
    assert 'role="alert" aria-labelledby="foutkop"' in html
    assert '<h2 id="foutkop">De status is nog niet opgeslagen</h2>' in html
    assert (
        '<a href="#id_colour_0">Kleur: Dit veld is verplicht.</a>' in html
    )  # a radio group: its first option
    assert '<a href="#id_progress">Voortgang: Dit veld is verplicht.</a>' in html
    assert "<li>Iemand anders heeft de status intussen gewijzigd.</li>" in html


def test_extra_errors_and_a_message_without_a_form():
    html = render_to_string(
        "_error_summary.html",
        {
            "errors": ["Precies één ambtelijk tempomaker."],
            "id": "teamfoutkop",
            "level": 3,
            "message": "Verbeter dit.",
        },
    )
    assert '<h3 id="teamfoutkop">Er ging iets mis</h3>' in html
    assert "<p>Verbeter dit.</p>" in html and "<li>Precies één ambtelijk tempomaker.</li>" in html


def test_nothing_without_errors():
    assert render_to_string("_error_summary.html", {"form": StatusLikeForm()}).strip() == ""
    valid = forms.Form(data={})
    assert valid.is_valid()
    assert render_to_string("_error_summary.html", {"form": valid}).strip() == ""
