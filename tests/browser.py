"""Helpers for browser tests (the fixtures live in conftest.py)."""

from pathlib import Path

AXE_JS = None


def _axe_source() -> str:
    global AXE_JS
    if AXE_JS is None:
        import axe_playwright_python

        AXE_JS = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
    return AXE_JS


def assert_accessible(page, *, context: str = "") -> None:
    """Run axe-core on the page for WCAG 2.0/2.1 A and AA and fail with a readable list of violations."""
    page.evaluate(_axe_source())
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            resultTypes: ['violations'],
        })"""
    )
    violations = result["violations"]
    lines = [
        f"- {v['id']} ({v['impact']}): {v['help']} → {[n['target'] for n in v['nodes']][:5]}"
        for v in violations
    ]
    assert not violations, f"axe-core vindt WCAG-overtredingen op {context or page.url}:\n" + "\n".join(lines)
