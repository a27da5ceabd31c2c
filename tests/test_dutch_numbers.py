"""Every number a user reads is written the Dutch way by one function (agreements.formatting.format_number):
37.667 with a dot between the thousands, 41,9 with a decimal comma, and "onbekend" where the figure is unknown,
never 0."""

import pytest

from agreements.formatting import format_number
from agreements.uploads.checks import check_size
from agreements.uploads.refusal import UploadRefused


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (37667, "37.667"),
        (1234567, "1.234.567"),
        (-2500, "-2.500"),
        (41.9, "41,9"),
        (41.96, "42,0"),  # one decimal, rounded
        (14412.0, "14.412"),  # a whole float has no decimals
        (0, "0"),
        (None, "onbekend"),
    ],
)
def test_numbers_are_written_the_dutch_way(value, text):
    assert format_number(value) == text


def test_a_fixed_number_of_decimals_and_grouping_whatever_the_setting(settings):
    settings.USE_THOUSAND_SEPARATOR = False
    assert format_number(41.0, decimals=1) == "41,0"
    assert format_number(1234.5, decimals=2) == "1.234,50"
    assert format_number(37667) == "37.667"


def test_the_size_refusal_says_megabytes_with_a_decimal_comma(settings):
    settings.UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    with pytest.raises(UploadRefused) as refused:
        check_size(12_900_000)
    assert refused.value.message == "Het bestand is te groot (12,3 MB); de grens is 10 MB."
