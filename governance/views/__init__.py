from .calendars import body_calendar, calendar_links, calendar_renew, my_calendar
from .decisions import decision_create, follow_up_create, follow_up_done
from .escalations import (
    escalation_create,
    escalation_detail,
    escalation_list,
    escalation_schedule,
    escalation_withdraw,
)
from .meetings import (
    adopt,
    agenda_item_create,
    agenda_item_update,
    attendance,
    document_add,
    document_download,
    meeting_create,
    meeting_detail,
    meeting_update,
)
from .overview import body_detail, index

__all__ = [
    "adopt",
    "agenda_item_create",
    "agenda_item_update",
    "attendance",
    "body_calendar",
    "body_detail",
    "calendar_links",
    "calendar_renew",
    "decision_create",
    "document_add",
    "document_download",
    "escalation_create",
    "escalation_detail",
    "escalation_list",
    "escalation_schedule",
    "escalation_withdraw",
    "follow_up_create",
    "follow_up_done",
    "index",
    "meeting_create",
    "meeting_detail",
    "meeting_update",
    "my_calendar",
]
