"""Small promises to newcomers: the UI says "u" everywhere, and the README lists exactly the demo accounts."""

import re
from pathlib import Path

from demo.people import DEMO_USERS

ROOT = Path(__file__).resolve().parent.parent
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
APPS = [
    "accounts",
    "agreements",
    "monitor",
    "tempotafels",
    "governance",
    "programme",
    "reports",
    "portal",
    "jobs",
]


def _sources():
    yield from (ROOT / "templates").rglob("*.html")
    yield from (ROOT / "templates").rglob("*.txt")
    yield from (ROOT / "static" / "js").glob("*.js")
    for app in APPS:
        yield from (ROOT / app).rglob("*.py")


def test_the_user_is_addressed_as_u_everywhere():
    informal = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if INFORMAL.search(line)
    ]
    assert not informal, "Spreek de gebruiker aan met ‘u’:\n" + "\n".join(informal)


def test_the_readme_lists_exactly_the_demo_accounts():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Demo accounts") :]
    section = section[: section.index("\n## ", 4)]
    mentioned = set(re.findall(r"`([a-z]+\d?)`", section))
    assert mentioned == {user.username for user in DEMO_USERS}
