"""One identity per real person or body across the documents of a store.

Each document's actor record (its id is local to the document) joins an identity, a row of ``actors``:

- **by Wikidata id**: the record carries the id an identity carries;
- **by a careful name match**: the same canonical name (a state's body named in a text's word for the state,
  "Syrian government", "U.S. military", by the state's name and the body's label, "Syria government"; a proper name: a word of it capitalised, and for
  a person two words or more, so "Joe" or "officials" never merge), a compatible kind (a person with a person, a
  country with a country, an organisation or group with either of those), no two different countries,
  no two different Wikidata ids, and no conflicting roles (offices of two different countries, or the
  same current office in two different organisations);
- else it starts an identity of its own.

An identity holds at most one record per document (a document's resolver already decided that two of its
actors are two). Where several identities qualify, the one matched by Wikidata id wins, else the oldest.
A user's split is recorded (``actor_splits``) and outlives the document: a record the user placed goes
back where the user placed it, whatever the rule says.

``merge_reason`` is the rule on plain profiles, shared by the SQLite store and the Parquet writer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

__all__ = ["Profile", "merge_reason", "name_key", "profile_of", "state_body_key", "IdentityIndex"]

_KIND_CLASS = {"person": "person", "country": "country", "organization": "body", "group": "body"}
_PUNCT = re.compile(r"[^\w\s'-]+")


def name_key(name: str) -> str:
    """The canonical form of a name: lower case, no dots or punctuation, hyphens as spaces, no 'the'."""
    key = " ".join(_PUNCT.sub(" ", name.replace(".", "").replace("’", "'")).replace("-", " ").lower().split())
    return key[4:] if key.startswith("the ") else key


@dataclass(slots=True)
class Profile:
    """What the rule reads of an actor record or of an identity."""

    name: str
    kind: str | None = None
    country: str | None = None
    wikidata: str | None = None
    # (title, country, organization, status) of each role it holds
    roles: frozenset[tuple[str, str | None, str | None, str | None]] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)  # canonical names (an identity: of every record)
    key: str = ""  # the canonical name a record is matched by, where not its name's (:func:`match_key`)

    def match_key(self) -> str:
        return self.key or name_key(self.name)

    def keys(self) -> frozenset[str]:
        return self.names or frozenset({self.match_key()})


def _proper(name: str, kind: str | None) -> bool:
    """A name that identifies: a word of it is capitalised (an unnamed agent, 'officials', 'top
    advisers', has none), and a person's has at least two words ('Joe', 'Brexit' do not)."""
    words = name.split()
    if not any(w[:1].isupper() for w in words):
        return False
    return kind != "person" or len(words) >= 2


def _roles_conflict(a: Iterable[tuple[str, str | None, str | None, str | None]],
                    b: Iterable[tuple[str, str | None, str | None, str | None]]) -> bool:
    a, b = list(a), list(b)
    countries_a = {r[1] for r in a if r[1]}
    countries_b = {r[1] for r in b if r[1]}
    if countries_a and countries_b and not countries_a & countries_b:
        return True  # offices of different countries only
    current: dict[str, set[str]] = {}
    for title, _c, org, status in a:
        if org and status in (None, "current", "acting"):
            current.setdefault(title.lower(), set()).add(org.lower())
    for title, _c, org, status in b:
        if org and status in (None, "current", "acting") and title.lower() in current \
                and org.lower() not in current[title.lower()]:
            return True  # the same office held now in two organisations
    return False


def merge_reason(record: Profile, identity: Profile) -> str | None:
    """Why ``record`` is the same person or body as ``identity`` ('wikidata' or 'name'), or None."""
    if record.wikidata and identity.wikidata:
        return "wikidata" if record.wikidata == identity.wikidata else None
    kind_a, kind_b = _KIND_CLASS.get(record.kind or ""), _KIND_CLASS.get(identity.kind or "")
    if kind_a is None or kind_a != kind_b:
        return None
    if not _proper(record.name, record.kind) or record.match_key() not in identity.keys():
        return None
    if record.country and identity.country and record.country != identity.country:
        return None
    if _roles_conflict(record.roles, identity.roles):
        return None
    return "name"


def state_body_key(name: str, ident: str, kind: str | None, country: str | None, sector: str | None) -> str | None:
    """The canonical name of a state's body that a document names in its own word for the state ("Syrian
    government", "U.S. military", "American military"): the name the actors stage gave the body before it
    took the text's words ("Syria government", "United States military"), which its record's id still spells
    ("syria-government", "united-states-military-2"). One state's government or military named in different
    words in two stories is then one identity, as it was under the stage's own name. None for any other
    record."""
    from ..actors._coding import SECTOR_LABELS, slug
    from ..actors._composites import state_body_name
    from ..actors._dictionaries import bundled

    label = SECTOR_LABELS.get(sector or "")
    if label is None or kind not in ("organization", "group") or not name_key(name).endswith(" " + label):
        return None
    composite = state_body_name(bundled(), country, sector)
    if composite is None or re.sub(r"-\d+$", "", ident) != slug(composite):
        return None
    return name_key(composite)


def profile_of(actor: dict[str, Any], roles: Iterable[dict[str, Any]] = ()) -> Profile:
    """The profile of an actor record (its contract dict) with the roles its document gives it."""
    name = actor.get("name") or actor.get("id") or ""
    key = state_body_key(name, actor.get("id") or "", actor.get("kind"), actor.get("country"), actor.get("sector"))
    return Profile(name=name, kind=actor.get("kind"), country=actor.get("country"), wikidata=actor.get("wikidata"),
                   roles=frozenset(_role_tuple(r) for r in roles), key=key or "")


def _role_tuple(role: dict[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    return ((role.get("title") or "").lower(), role.get("country"), role.get("organization"), role.get("status"))


def record_json(record: str | dict[str, Any]) -> dict[str, Any]:
    return json.loads(record) if isinstance(record, str) else record


class IdentityIndex:
    """Identities held in memory (the Parquet writer's): each record joins the first identity the rule
    accepts, by Wikidata id before name, else starts one. Ids are the first record's id, made unique."""

    def __init__(self) -> None:
        self.profiles: dict[str, Profile] = {}
        self.by_wikidata: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}

    def add(self, local_id: str, record: Profile, *, taken: set[str] | None = None) -> tuple[str, str | None]:
        """The identity of a record (``taken``: identities that already hold a record of its document),
        and why it joined (None: a new identity)."""
        for ident, reason in self._candidates(record):
            if ident not in (taken or ()):
                self._join(ident, record)
                return ident, reason
        ident = fresh_id(local_id, self.profiles.__contains__)
        self.remember(ident, record)
        return ident, None

    def remember(self, ident: str, record: Profile) -> None:
        """A record known to belong to identity ``ident`` (read back from what was written)."""
        if ident in self.profiles:
            self._join(ident, record)
            return
        self.profiles[ident] = Profile(name=record.name, kind=record.kind, country=record.country,
                                       wikidata=record.wikidata, roles=record.roles,
                                       names=frozenset({record.match_key()}))
        self._index(ident, record)

    def _candidates(self, record: Profile):
        seen = []
        if record.wikidata and record.wikidata in self.by_wikidata:
            seen.append(self.by_wikidata[record.wikidata])
        seen += self.by_name.get(record.match_key(), [])
        for ident in dict.fromkeys(seen):
            reason = merge_reason(record, self.profiles[ident])
            if reason:
                yield ident, reason

    def _join(self, ident: str, record: Profile) -> None:
        p = self.profiles[ident]
        self.profiles[ident] = Profile(name=p.name, kind=p.kind or record.kind, country=p.country or record.country,
                                       wikidata=p.wikidata or record.wikidata, roles=p.roles | record.roles,
                                       names=p.names | {record.match_key()})
        self._index(ident, record)

    def _index(self, ident: str, record: Profile) -> None:
        if record.wikidata:
            self.by_wikidata.setdefault(record.wikidata, ident)
        ids = self.by_name.setdefault(record.match_key(), [])
        if ident not in ids:
            ids.append(ident)


def fresh_id(base: str, taken) -> str:
    """``base`` when no identity has it, else ``base-2``, ``base-3`` ... (``taken``: id -> bool)."""
    ident, n = base or "actor", 2
    while taken(ident):
        ident, n = f"{base}-{n}", n + 1
    return ident
