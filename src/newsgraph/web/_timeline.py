"""The actor timeline as plain geometry for an inline SVG: x = date, one row per PLOVER type.

Pure Python (no web imports) so it is tested on its own. The template draws what ``layout`` returns;
every label reaches the page through Jinja's autoescaping.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..time._period import date_label, period

__all__ = ["period", "layout", "MODALITY_MARKS"]

# What each modality looks like on the plot (and in the legend): asserted marks are filled.
MODALITY_MARKS = {
    "asserted": "filled",
    "reported": "outlined",
    "future": "dashed outline",
    "hypothetical": "dotted outline",
    "historical": "pale",
}

_BOUND_WORDS = {"before": "before ", "after": "after "}
# the arrow of a bound: its length from the mark, and its head drawn back from the tip
_ARROWS = {"before": (-22, "m 5 -4 l -5 4 l 5 4"), "after": (22, "m -5 -4 l 5 4 l -5 4")}


def _bound(date: dict[str, Any]) -> str | None:
    """ "before" or "after" for a date known only by its last or its first day, else None."""
    if date.get("value"):
        return None
    if date.get("end") and not date.get("start"):
        return "before"
    if date.get("start") and not date.get("end"):
        return "after"
    return None


def _days(date: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The first and last day a mark covers: the value's period, or the one day a bound names."""
    p = period(date.get("value"))
    if p is not None:
        return p
    bound = _bound(date)
    day = date.get("end") if bound == "before" else date.get("start") if bound == "after" else None
    try:
        return (dt.date.fromisoformat(day), dt.date.fromisoformat(day)) if day else None
    except ValueError:
        return None


def _ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    days = (end - start).days
    out: list[tuple[dt.date, str]] = []
    if days <= 62:
        step = max(1, days // 6)
        d = start
        while d <= end:
            out.append((d, d.isoformat()))
            d += dt.timedelta(days=step)
        return out
    if days <= 3 * 366:
        months = days // 30
        step = max(1, months // 6)
        y, m = start.year, start.month
        d = dt.date(y, m, 1)
        if d < start:
            m += 1
        while True:
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            d = dt.date(y, m, 1)
            if d > end:
                return out
            out.append((d, d.strftime("%Y-%m")))
            m += step
    step = max(1, (end.year - start.year) // 6)
    for y in range(start.year + (start > dt.date(start.year, 1, 1)), end.year + 1, step):
        out.append((dt.date(y, 1, 1), str(y)))
    return out


def layout(events: list[dict[str, Any]], actor_id: str | None, *, width: int = 920, row_height: int = 36,
           left: int = 110, right: int = 45, top: int = 16, href: Any = None) -> dict[str, Any]:
    """Rows, marks, ticks and size of the timeline of ``actor_id``'s events.

    Each mark: x, y, side ("actor" | "recipient"), modality, negated, span (x of the period's first and
    last day, drawn as a bar for a week, a month or a year), bound ("before" | "after" | None: a date
    known only by a bound, drawn as an arrow from the mark at that day towards the open side: ``bound_dx``
    its length, ``arrow`` its head as SVG path steps), href and a title. Events without a usable date are
    returned in ``undated``.
    """
    dated: list[tuple[dict[str, Any], dt.date, dt.date]] = []
    undated: list[dict[str, Any]] = []
    for ev in events:
        p = _days(ev.get("date") or {})
        if p is None:
            undated.append(ev)
        else:
            dated.append((ev, *p))
    types = sorted({ev.get("event") or "?" for ev, _, _ in dated})
    if not dated:
        return {"width": width, "height": 0, "rows": [], "marks": [], "ticks": [], "undated": undated,
                "left": left, "top": top, "plot_right": width - right}
    lo = min(s for _, s, _ in dated)
    hi = max(e for _, _, e in dated)
    if (hi - lo).days < 20:
        pad = dt.timedelta(days=(20 - (hi - lo).days) // 2 + 1)
        lo, hi = lo - pad, hi + pad
    span_days = max(1, (hi - lo).days)
    plot_w = width - left - right

    def x(day: dt.date) -> float:
        return round(left + plot_w * (day - lo).days / span_days, 1)

    rows = [{"name": t, "y": top + i * row_height + row_height / 2} for i, t in enumerate(types)]
    row_y = {t: top + i * row_height + row_height / 2 for i, t in enumerate(types)}
    marks = []
    offsets: dict[str, list[tuple[float, int]]] = {}
    for ev, start, end in dated:
        side = "actor" if actor_id is None or actor_id in (ev.get("actor") or []) else "recipient"
        x0, x1 = x(start), x(end)
        cx = round((x0 + x1) / 2, 1)
        y = row_y[ev.get("event") or "?"]
        # Marks closer than a mark's width in one row are stacked above and below so each stays clickable.
        row = ev.get("event") or "?"
        placed = offsets.setdefault(row, [])
        level = 0
        for lv in (0, -1, 1, -2, 2):
            if all(abs(px - cx) >= 13 or pl != lv for px, pl in placed):
                level = lv
                break
        else:
            level = len(placed) % 5 - 2
        placed.append((cx, level))
        y = y + 7 * level
        modality = ev.get("modality") or "asserted"
        if modality not in MODALITY_MARKS:
            modality = "asserted"
        date = ev.get("date") or {}
        bound = _bound(date)
        title = " ".join(str(p) for p in (
            _BOUND_WORDS.get(bound or "", "") + (date_label(date) or "").lstrip("<>"), ev.get("event") or "",
            ev.get("mode") or "",
            f"({modality}{', negated' if ev.get('negated') else ''})",
            "as actor" if side == "actor" else "as recipient",
        ) if p)
        marks.append({
            "x": cx, "y": y, "x0": x0, "x1": x1, "ranged": x1 - x0 > 4, "side": side,
            "bound": bound, "bound_dx": _ARROWS[bound][0] if bound else 0, "arrow": _ARROWS[bound][1] if bound else "",
            "modality": modality, "negated": bool(ev.get("negated")), "title": title,
            "href": href(ev) if href else None, "event": ev,
        })
    ticks = [{"x": x(d), "label": label} for d, label in _ticks(lo, hi)]
    height = top + len(rows) * row_height + 28
    return {"width": width, "height": height, "rows": rows, "marks": marks, "ticks": ticks,
            "undated": undated, "left": left, "top": top, "plot_right": width - right,
            "axis_y": top + len(rows) * row_height + 4}
