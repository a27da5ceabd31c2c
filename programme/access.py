"""Who reads the programme's means (one place; the menu only mirrors it). The view decorators themselves are
``accounts.access``'s.

Budget, capacity and the flexibele schil's decisions are the core team's work (``core_team_required``); the
Directeurenoverleg, which discusses capacity and means, reads them (role ``bestuur``). Anyone with a role in
the deal asks for capacity (``role_required()``). Everyone with a role in the deal reads the location
programme, except a private or societal tempomaker who sees only their own tafel.
"""

from accounts.models import Role

MEANS_READERS = (Role.KERNTEAM, Role.BESTUUR)


def reads_location_programme(user) -> bool:
    if not user.is_authenticated or user.sees_only_own_tempotafels:
        return False
    return user.is_active and (bool(user.roles) or user.is_staff)
