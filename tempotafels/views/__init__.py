"""Views of the Tempotafels app, split by what they show: tafels, meetings, actions."""

from .actions import action_create, action_done, action_export, action_update
from .meetings import meeting_agenda, meeting_calendar, meeting_create, meeting_detail, meeting_update
from .tafels import (
    tempotafel_approach,
    tempotafel_create,
    tempotafel_detail,
    tempotafel_end,
    tempotafel_history,
    tempotafel_list,
    tempotafel_team,
    tempotafel_update,
)

__all__ = [
    "action_create",
    "action_done",
    "action_export",
    "action_update",
    "meeting_agenda",
    "meeting_calendar",
    "meeting_create",
    "meeting_detail",
    "meeting_update",
    "tempotafel_approach",
    "tempotafel_create",
    "tempotafel_detail",
    "tempotafel_end",
    "tempotafel_history",
    "tempotafel_list",
    "tempotafel_team",
    "tempotafel_update",
]
