"""The programme's means and places (seed chapter 3.2 and section 2.2.3): the werkbudget with its budget lines,
commitments and spending; the core team's capacity; the flexibele schil; and the location programme.

Money is stored exactly (``DecimalField``, two decimals) and summed in the database. Financial records are not
edited or deleted: a mistake is corrected by a new record that refers to it, with a reason.
"""

from .budget import BudgetLine, Commitment, Spending, WorkBudget
from .capacity import CapacityPosition, CapacityRequest, Formation
from .locations import Development, DiscussionRound, LocationElaboration, Milestone

__all__ = [
    "BudgetLine",
    "CapacityPosition",
    "CapacityRequest",
    "Commitment",
    "Development",
    "DiscussionRound",
    "Formation",
    "LocationElaboration",
    "Milestone",
    "Spending",
    "WorkBudget",
]
