"""CAMEO codes to PLOVER 2.0 types, by the CAMEO2PLOVER table of the PLOVER project (OEDA).

Read by ``scripts/build_cameo_verbs.py`` (which maps the CAMEO verb dictionary's codes) and by
``eval petrarch`` (which scores the unit-test records by PLOVER type as well as by CAMEO root).
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["TABLE", "plover_table", "to_plover"]

# where the table lies in the shared data folder
TABLE = Path("data/event-coding/openeventdata-PLOVER/CAMEO2PLOVER-2021.txt")


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode or "-") for every row of the table."""
    out: dict[str, tuple[str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([A-Za-z_]*))?", raw)
        if m:
            out.setdefault(m.group(1), (m.group(2), m.group(3) or "-"))
    return out


def to_plover(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The PLOVER (type, mode) of a CAMEO code: its own row, else its nearest coarser code's type
    without a mode. CAMEO 01 (public statements) has none; the table has no row for 02 (appeals), which
    PLOVER codes as REQUEST."""
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return ("REQUEST", "-")
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit is not None:
            return hit if n == len(code) else (hit[0], "-")
    return None
