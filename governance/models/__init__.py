"""The governance cycle of the deal: bodies (BO, DO, Kernteam, NIER) and their members, meetings with agenda
items, documents and attendance, escalations of stalled agreements, decisions and their follow-up.

Who sees what is decided in one place per model: ``<Model>.objects.for_user(user)`` (see ``scope.py``)."""

from .bodies import Body, BodyMember
from .calendar import CalendarToken
from .decisions import Decision, Escalation, FollowUp
from .meetings import AgendaItem, Meeting, MeetingDocument

__all__ = [
    "AgendaItem",
    "Body",
    "BodyMember",
    "CalendarToken",
    "Decision",
    "Escalation",
    "FollowUp",
    "Meeting",
    "MeetingDocument",
]
