"""Time expressions (TIMEX3): tagging and normalisation against the document date."""
from __future__ import annotations

import datetime as dt

from ..records import Timex

__all__ = ["tag", "infer_published"]


def tag(text: str, *, published: dt.date | None, doc=None) -> list[Timex]:
    return []


def infer_published(text: str) -> dt.date | None:
    return None
