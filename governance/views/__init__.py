from .decisions import decision_create, follow_up_create, follow_up_done
from .escalations import escalation_create, escalation_detail, escalation_list, escalation_schedule
from .meetings import (
    adopt,
    agenda_item_create,
    attendance,
    document_add,
    document_download,
    meeting_create,
    meeting_detail,
    meeting_update,
)
from .overview import body_calendar, body_detail, index, my_calendar

__all__ = [
    "adopt",
    "agenda_item_create",
    "attendance",
    "body_calendar",
    "body_detail",
    "decision_create",
    "document_add",
    "document_download",
    "escalation_create",
    "escalation_detail",
    "escalation_list",
    "escalation_schedule",
    "follow_up_create",
    "follow_up_done",
    "index",
    "meeting_create",
    "meeting_detail",
    "meeting_update",
    "my_calendar",
]
