"""Sections that higher apps add to the monitor's pages, without this app importing them (the mechanism is
``agreements.sections``): the location dashboard shows, for example, the programme's elaboration of the location."""

from agreements.sections import Section, render_sections

LOCATION_DASHBOARD: list[Section] = []  # called with location=

__all__ = ["LOCATION_DASHBOARD", "Section", "render_sections"]
