"""The codes an annotation of the corpus may use: PLOVER 2.0 types and modes, sectors, kinds.

The tables follow the PLOVER 2.0 manual (event types, their modes, sector codes) and the output
contract (actor kinds, modalities, role statuses). Both the annotation tool and the corpus loader
check every record against them, so a typo in a mode is an error, never a silent miss.
"""

from __future__ import annotations

import re

__all__ = ["MODES", "TYPES", "SECTORS", "KINDS", "MODALITIES", "STATUSES", "COMMITMENT_KINDS",
           "QUOTE_KINDS", "DATE_VALUE", "check_date"]

MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                         "withhold", "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                          "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                          "crowd-control", "unconventional"}),
}
TYPES = tuple(MODES)

# PLOVER 2.0 sector codes, and IGO for international organisations (as CAMEO codes them).
SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
                     "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL",
                     "SOC", "IGO"})
KINDS = frozenset({"person", "country", "organization", "group"})
MODALITIES = ("asserted", "reported", "future", "hypothetical", "historical")
STATUSES = frozenset({"current", "former", "acting", "incoming", "nominee"})
COMMITMENT_KINDS = frozenset({"obligation", "promise", "concession"})
QUOTE_KINDS = frozenset({"direct", "partial", "indirect"})

DATE_VALUE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_COUNTRY = re.compile(r"[A-Z]{3}$")


def check_date(value: object, *, special: tuple[str, ...] = ("publication", "unknown")) -> str | None:
    """None when ``value`` is a valid annotated date, else the reason it is not."""
    if value in special:
        return None
    if not isinstance(value, str) or not DATE_VALUE.match(value):
        return f"date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or one of {', '.join(special)}"
    return None


def check_country(value: object) -> str | None:
    if value is None or (isinstance(value, str) and _COUNTRY.match(value)):
        return None
    return f"country {value!r} is not an ISO 3166 alpha-3 code or null"
