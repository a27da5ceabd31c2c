"""The besluitenlijst of a governance meeting as PDF and Excel (governance owns the decisions; reports owns
the output pipeline, since governance may not import reports)."""
