"""Pin expiry, computed in one place for the NSC, TrustKit, the rules and the gate.

Android and TrustKit treat the expiration day itself as still valid: pins stop applying the day after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Expiry:
    date: dt.date
    days_left: int  # from the check date; negative once expired

    @property
    def expired(self) -> bool:
        return self.days_left < 0

    def within(self, days: int) -> bool:
        """Not expired yet, but expiring within `days` days of the check date (inclusive)."""
        return 0 <= self.days_left <= days


def expiry(date: dt.date | str | None, as_of: dt.date) -> Expiry | None:
    """The expiry of pins declared to expire on `date` (a date or ISO text) as seen on `as_of`; None when
    there is no date or it cannot be read."""
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            return None
    if date is None:
        return None
    return Expiry(date, (date - as_of).days)


def expired(date: dt.date | str | None, as_of: dt.date) -> bool:
    e = expiry(date, as_of)
    return e is not None and e.expired
