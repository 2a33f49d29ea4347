"""Who held an office on a date: the holders the store's reports and the knowledge base's dated terms
give, ranked by evidence, with the reports behind the answer, the reports against it, and the knowledge
base's terms beside it.

The one function the CLI (``newsgraph who``), the web page (``/who``) and the API (``/api/who``) call.

**Which reports.** A role record speaks of the office when its title is the office (``office_key``:
"House Speaker", "Speaker of the House" and "Speaker" of the House are one office); a less specific
title ("Secretary" for "Secretary of State") counts at a third of its weight, and only for a person some
report gives the full title. Its country is the one the record gives (an organisation "United States
government" says the United States), else the holder's: a report of another country's office, or of a
subdivision's ("Kansas Secretary of State"), is left out. Without ``country`` (nor a country in the
title), the answer is for the country whose reports give the office most support on that date; the other
countries' leading holders are listed apart.

**What a report says of the date** (``D``), by its status and dates, each weighed by how near the time
it speaks of lies to ``D`` (``nearness``: 1 on the day, 1/2 at 60 days, 1/5 at 120):

- start and end dates that hold ``D`` (or a start before ``D`` with the holder still in office at
  publication after ``D``): for, with weight 1; a start after ``D`` or an end before it: against, 1;
  an end after ``D`` alone: for, by nearness to the end;
- ``current`` (or ``acting``, 0.8) at publication: for, by nearness to the publication day, or to the
  time the sentence speaks of when it speaks only of a past at least a year earlier ("in 1981,
  President Reagan ...");
- ``then-``: for, by nearness to the time the sentence speaks of (its own date); without one, as
  ``former``;
- ``former`` at publication: against when published on or before ``D``; for, at 0.3, when after;
- ``incoming`` at publication: against when published after ``D``; for, at 0.5, when before.

**Aliases.** The reports' holders are the store's identities, joined further for this answer when they
are one person: the same Wikidata id; the same first and last name with no two different middle
initials ("Hillary Clinton", "Hillary Rodham Clinton"; "John Kerry", "John F. Kerry"; never "George W."
and "George H. W."); two names of one knowledge-base term; a surname alone ("Boehner") with the one
holder of that surname. A holder is a person whose name reads as one (no comma, no digit).

**Between two reports.** A holder reported in office (``current``, a start with the holder still in
office, ``then-`` at its time) before ``D`` and again after it, the two at most four years apart, with no
other holder reported in office between them, is the holder between: one report more, for, with weight 1.

**The knowledge base weighed** (``use_kb``, the default; ``data/actors/offices.json``, see
:mod:`newsgraph.roles._offices`). Its terms of the office and country are matched to the holders (the
same Wikidata id, else a name of the one the other's) and weigh in three ways:

- a term that holds the date is ``KB_WEIGHT`` for its person, as much as one report on the day: half of
  it when the date lies in a start or end year of a term known by its years; for a term whose source
  knows no end (Phoenix), a half of that, halving again ``OPEN_YEARS`` after the start. A person no report
  names is a holder of its own, on the knowledge base's weight alone;
- a report that puts its holder in office at a time (``current``, ``then-``) is set aside (weight 0)
  when the knowledge base knows a change of holder between that time and the date (a successor's start,
  a term's end not followed by the same person's next term): far reports of a predecessor say nothing
  of a day after the change;
- a holder whose terms do not hold the date, one of which ended before it, has ``KB_WEIGHT`` against
  (on a date the term's source still knows of: later the person may have come back unseen). A term that
  began after the date says nothing: a source may list only a person's later terms (the world leaders
  of 2021-2022, Vladimir Putin's presidency from 2012).

The last two only for an office of one seat (no two people's terms overlap: not senators). Far from
every report the knowledge base decides; near the date, two reports on the day outweigh one term (a
store of later news than the source, or a term the source has wrong).

**Ranking.** A holder's score is its support less what is against it, the reports' and the knowledge
base's summed; each holder says where its support comes from (``support_from``: "reports", "knowledge
base" or "both") and what the knowledge base says of it (``kb_readings``). The knowledge base's terms that
hold ``D`` are also shown beside (``kb``), each matched to a holder where one is the same person. With
``use_kb=False`` the reports alone rank the holders, the terms still shown beside.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import QueryError
from ..roles._offices import Term, generic_of, kb_sources, kb_terms, office_key, plain, subdivisions
from ..roles._titles import NAME_PARTICLES, NAME_SUFFIXES, country_code, is_title_head
from ..time._period import period
from ._identity import name_key

__all__ = ["answer_who", "check_day", "check_country", "nearness", "one_seat", "NEAR_DAYS", "KB_WEIGHT"]

NEAR_DAYS = 60  # a report this many days from the date counts half
BETWEEN = 1.0  # the weight of a holder's reports on both sides of the date, none of another between
BETWEEN_DAYS = 4 * 366  # the farthest apart those two reports may lie (a presidential term)
KB_WEIGHT = 1.0  # a knowledge-base term that surely holds the date weighs as much as a report on the day
KB_UNSURE = 0.5  # the share of it when the date lies in a start or end year of a term known by its years
KB_OPEN = 0.5  # the share of it for a term its source leaves open without knowing it goes on (Phoenix),
OPEN_YEARS = 4  # which halves again this many years after the term's start (a common term's length)
_OPEN_UNKNOWN = {"phoenix"}  # sources whose open end says no end is known, not "still in office then"
SEAT_MARGIN_DAYS = 14  # two people's terms overlapping by this much (a year for years only): several seats
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_THEN = re.compile(r"\bthen[-–\s]+(?:[A-Z][\w.'’]*\s+){0,2}$")
# short forms of first names that stand for one given name only ("Ted" and "Steve" stand for several)
_NICKNAMES = {"dick": "richard", "rick": "richard", "bill": "william", "bob": "robert", "jim": "james",
              "joe": "joseph", "mike": "michael", "chuck": "charles", "tom": "thomas"}
_NAME = re.compile(r"^[^\W\d_][\w.'’\-\]\[]*(?: [\w.'’\-]+){0,5}$")


def check_day(value: str, name: str = "on") -> dt.date:
    """A YYYY-MM-DD date that is on the calendar, else a :class:`QueryError` with the reason."""
    m = _DATE.match((value or "").strip())
    if not m:
        raise QueryError(f"{name} {value!r} is not a date (expected YYYY-MM-DD)")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a date on the calendar (expected YYYY-MM-DD)") from None


def check_country(value: str | None) -> str | None:
    """An ISO 3166 alpha-3 code for a country code, name or demonym; a :class:`QueryError` when it
    names none."""
    if value is None or not value.strip():
        return None
    code = country_code(value.strip())
    if code is None:
        raise QueryError(f"country {value!r} is not a country (give a name or an ISO 3166 code such as USA)")
    return code


def nearness(days: float) -> float:
    """The weight of a report that speaks of a time ``days`` away from the date asked about."""
    return 1.0 / (1.0 + (days / NEAR_DAYS) ** 2)


@dataclass(slots=True)
class _Report:
    rec: dict[str, Any]
    holder: str  # identity id
    country: str | None
    generic: bool  # a less specific title than the office asked about
    weight: float = 0.0  # > 0 for the holder on the date, < 0 against
    reading: str = ""
    at: dt.date | None = None  # the day the report puts the holder in office ("current" at publication)
    between: bool = False  # read from two of the holder's reports around the date, not one report


@dataclass(slots=True)
class _Holder:
    ids: list[str]
    names: dict[str, float] = field(default_factory=dict)  # name -> support, to choose the one shown
    wikidata: str | None = None
    countries: dict[str | None, float] = field(default_factory=dict)
    reports: list[_Report] = field(default_factory=list)
    kb_for: float = 0.0  # the knowledge base's weight for the holder on the date
    kb_against: float = 0.0  # and against (a term of the office that ends before it)
    kb_readings: list[str] = field(default_factory=list)

    @property
    def support(self) -> float:
        return sum(r.weight for r in self.reports if r.weight > 0) + self.kb_for

    @property
    def against(self) -> float:
        return -sum(r.weight for r in self.reports if r.weight < 0) + self.kb_against

    @property
    def score(self) -> float:
        return self.support - self.against


def _days(a: dt.date, b: dt.date) -> int:
    return abs((a - b).days)


def _day(value: Any) -> dt.date | None:
    p = period(value) if isinstance(value, str) else None
    return p[0] if p and p[0] == p[1] else (p[0] + (p[1] - p[0]) / 2 if p else None)


def _sentence_time(timexes: list[dict[str, Any]], span: tuple[int, int], published: dt.date | None) -> dt.date | None:
    """The past time a sentence speaks of, when it speaks only of one: the middle of its first date that
    ended a year or more before publication; None when a date of the sentence is near publication."""
    times = []
    for t in timexes:
        s = t.get("span") or [0, 0]
        if t.get("type") != "DATE" or not (span[0] <= s[0] < span[1]):
            continue
        p = period(t.get("value"))
        if p is None:
            continue
        if published is not None and p[1] >= published - dt.timedelta(days=31):
            return None  # the sentence speaks of now (or later)
        times.append(p)
    if not times or published is None:
        return None
    first = times[0]
    if (published - first[1]).days < 365:
        return None
    return first[0] + (first[1] - first[0]) / 2


def _context(text: str, title: str, surname: str) -> str:
    """The words before the title where it stands next to the holder's surname ('' when not found)."""
    low, t = text.lower(), title.lower()
    best, best_gap = "", None
    for m in re.finditer(re.escape(t), low):
        near = low.find(surname.lower(), max(0, m.start() - 60), m.end() + 60) if surname else -1
        gap = abs(near - m.end()) if near >= 0 else 10_000
        if best_gap is None or gap < best_gap:
            best, best_gap = text[max(0, m.start() - 60):m.start()], gap
    return best


def _subdivision_office(prefix: str, country: str | None) -> bool:
    """A title right after one of the country's subdivisions: "Kansas Secretary of State"."""
    words = re.findall(r"[A-Z][\w.'’-]*", prefix.split(",")[-1].split(";")[-1])
    tail = prefix.rstrip()
    names = subdivisions(country or "USA")
    for k in (1, 2, 3):
        if len(words) >= k and " ".join(words[-k:]).lower() in names and tail.endswith(words[-1]):
            return True
    return False


def _read(rep: _Report, on: dt.date, published: dt.date | None, then: bool, when: dt.date | None) -> None:
    """What one report says of ``on``: its signed weight and how it reads."""
    rec = rep.rec
    status = rec.get("status") or "current"
    start, end = period(rec.get("start")), period(rec.get("end"))
    pub = published.isoformat() if published else "an unknown date"
    if start and on < start[0]:
        rep.weight, rep.reading = -1.0, f"took office {rec['start']}, after the date"
        return
    if end and on > end[1]:
        rep.weight, rep.reading = -1.0, f"left office {rec['end']}, before the date"
        return
    if start and end:
        rep.weight, rep.reading = 1.0, f"in office {rec['start']} to {rec['end']}"
        return
    if start and status in ("current", "acting") and published and on <= published:
        rep.weight, rep.reading = 1.0, f"in office since {rec['start']}, still on {pub}"
        rep.at = published
        return
    if end and not then:  # in office until its end ("resigned on Tuesday"), the nearer the surer
        rep.weight, rep.reading = nearness(_days(on, end[1])), f"in office until {rec['end']}"
        if rep.generic:
            rep.weight *= 1 / 3
        return
    if then and when is not None:
        rep.weight = nearness(_days(on, when))
        rep.reading = f"then-{rec.get('title')}, in a sentence about {when.isoformat()}"
        rep.at = when
    elif published is None:
        rep.weight, rep.reading = 0.0, "no date to read it by"
    elif status in ("current", "acting"):
        at = when if when is not None else published
        rep.weight = nearness(_days(on, at)) * (0.8 if status == "acting" else 1.0)
        rep.reading = f"{status} on {pub}" if when is None else f"{status}, in a sentence about {at.isoformat()}"
        rep.at = at
    elif status in ("incoming", "nominee"):  # a nominee is not in office yet either, and may never be
        if on < published:
            rep.weight, rep.reading = -nearness(_days(on, published)), f"{status} on {pub}, after the date"
        else:
            rep.weight = (0.5 if status == "incoming" else 0.25) * nearness(_days(on, published))
            rep.reading = f"{status} on {pub}"
    else:  # former, then- without a date
        word = "then-" if then else status
        if on >= published:
            rep.weight, rep.reading = -nearness(_days(on, published)), f"{word} on {pub}, on or before the date"
        else:
            rep.weight, rep.reading = 0.3 * nearness(_days(on, published)), f"{word} on {pub}, after the date"
    if rep.generic:
        rep.weight *= 1 / 3
        rep.reading += f" (title '{rec.get('title')}')"


def _tokens(name: str) -> tuple[list[str], set[str]]:
    """A person's name words without a title before it ("Ayatollah"), initials, suffixes and accents;
    and the initials."""
    words = [w for w in name_key(plain(name)).replace("[", " ").replace("]", " ").split() if w not in NAME_SUFFIXES]
    while len(words) > 2 and (is_title_head(words[0]) or words[0] in ("mr", "mrs", "ms", "dr")):
        words = words[1:]
    return [w for w in words if len(w) > 1], {w for w in words if len(w) == 1}


def _close(a: str, b: str) -> bool:
    """Two spellings of one surname: equal, or (six letters or more) one letter apart ("Zelenskiy")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def same_person(a: str, b: str) -> bool:
    """Two names of one person: the same first name and surname (a letter apart at most, accents and a
    title before the name aside), and no two different middle initials; or the one's words the first of
    the other's ("Abiy Ahmed", "Abiy Ahmed Ali"); or the same words in another order ("Trump Donald").
    A common English short form of a first name is that name ("Dick" Richard, "Bill" William)."""
    (wa, ia), (wb, ib) = _tokens(a), _tokens(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    if sorted(wa) == sorted(wb):  # the family name first ("Trump Donald", "Moon Jae-in")
        return not (ia and ib and ia != ib)
    if _NICKNAMES.get(wa[0], wa[0]) != _NICKNAMES.get(wb[0], wb[0]):
        return False
    if ia and ib and ia != ib:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return _close(wa[-1], wb[-1]) or long_[:len(short)] == short


def _person_name(name: str) -> bool:
    if "," in name or any(c.isdigit() for c in name) or not _NAME.match(name.strip()):
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES or w.split("-")[0].lower() in NAME_PARTICLES
               or not w[:1].isalpha() for w in name.split())


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _report_row(rep: _Report, names: dict[str, str]) -> dict[str, Any]:
    rec = rep.rec
    return {"actor": rep.holder, "actor_name": names.get(rep.holder, rep.holder), "title": rec.get("title"),
            "organization": rec.get("organization"), "country": rep.country, "status": rec.get("status"),
            "start": rec.get("start"), "end": rec.get("end"), "published": rec.get("published"),
            "document": rec.get("document"), "document_title": rec.get("document_title"),
            "text": rec.get("text"), "span": rec.get("span"), "weight": round(rep.weight, 4),
            "reading": rep.reading}


def answer_who(store: Any, title: str, *, on: str, country: str | None = None, use_kb: bool = True) -> dict[str, Any]:
    """Who held the office ``title`` on the day ``on`` (YYYY-MM-DD), by the store's reports.

    Returns ``{"title", "on", "office", "country", "answer", "holders", "reports", "conflicting",
    "kb", "other_countries"}``: ``holders`` ranked by evidence (each with its score, support, against,
    names and whether the knowledge base names it), ``answer`` the first of them (None when no report
    supports anyone), ``reports`` the reports behind the answer, ``conflicting`` those against it (the
    answer's reports that put it out of office, and other holders' reports for them), ``kb`` the
    knowledge base's terms that hold the date. Raises :class:`QueryError` for an impossible date, an
    empty title or an unknown country."""
    day = check_day(on)
    if not title or not title.strip():
        raise QueryError("give an office title, e.g. 'Secretary of State'")
    asked = office_key(title.strip())
    wanted = check_country(country)
    if wanted and asked.country and wanted != asked.country:
        raise QueryError(f"the title {title!r} names {asked.country}, the country asked is {wanted}")
    wanted = wanted or asked.country
    head = asked.key.split(" of ")[0].split(" to ")[0].split()[-1] if asked.key else ""
    if not head:
        raise QueryError(f"{title!r} names no office")

    rows = store.db.execute(
        "SELECT r.record, r.document_id, r.actor_id, d.published, d.title AS document_title, "
        "a.name, a.kind, a.country AS actor_country, a.wikidata FROM roles r "
        "JOIN documents d ON d.id = r.document_id LEFT JOIN actors a ON a.id = r.actor_id "
        "WHERE r.title LIKE ?", (f"%{head}%",)).fetchall()
    timexes: dict[str, list[dict[str, Any]]] = {}
    identities: dict[str, dict[str, Any]] = {}
    reports: list[_Report] = []
    for row in rows:
        rec = json.loads(row["record"])
        key = office_key(rec.get("title") or "", rec.get("organization"))
        generic = key.key != asked.key and generic_of(key.key, asked.key)
        if key.key != asked.key and not generic:
            continue
        name = row["name"] or row["actor_id"]
        if row["kind"] not in ("person", None) or not _person_name(name):
            continue
        identities[row["actor_id"]] = {"name": name, "country": row["actor_country"], "wikidata": row["wikidata"]}
        org = rec.get("organization") or ""
        org_country = country_code(org[:-len(" government")]) if org.lower().endswith(" government") else None
        rep_country = key.country or org_country or rec.get("country") or row["actor_country"]
        rec.update(document=row["document_id"], published=row["published"], document_title=row["document_title"])
        rep = _Report(rec=rec, holder=row["actor_id"], country=rep_country, generic=generic)
        published = check_published(row["published"])
        surname = name.split()[-1] if name.split() else ""
        prefix = _context(rec.get("text") or "", rec.get("title") or "", surname)
        if _subdivision_office(prefix, rep_country):
            continue
        then = bool(_THEN.search(prefix)) and (rec.get("status") == "former")
        doc = row["document_id"]
        if doc not in timexes:
            timexes[doc] = [json.loads(t[0]) for t in store.db.execute(
                "SELECT record FROM timexes WHERE document_id = ? AND type = 'DATE'", (doc,))]
        span = tuple(rec.get("span") or (0, 0))
        when = _sentence_time(timexes[doc], (int(span[0]), int(span[1])), published)
        if not then and rec.get("status") not in ("current", "acting", None):
            when = None  # "former" and "incoming" read by publication
        _read(rep, day, published, then, when)
        reports.append(rep)

    # which country: the one asked, else the one whose reports support the office most on the date
    by_country: dict[str | None, float] = defaultdict(float)
    for rep in reports:
        if rep.weight > 0 and not rep.generic:
            by_country[rep.country] += rep.weight
    chosen = wanted
    if chosen is None and by_country:
        known = {c: w for c, w in by_country.items() if c is not None}
        chosen = max(known, key=lambda c: (known[c], c)) if known else None

    holders = _holders(reports, identities, chosen, day)
    people = _kb_people(asked.key, chosen, holders) if use_kb and chosen is not None else []
    seat = one_seat([t for p in people for t in p.terms])
    _set_aside(holders, day, people, seat)
    _between(holders, day)
    holders += _weigh_kb(holders, day, people, seat)
    names = {i: h_name for h in holders for i in h.ids for h_name in [_shown(h)]}
    for rep in reports:
        names.setdefault(rep.holder, identities.get(rep.holder, {}).get("name", rep.holder))

    kb = _kb(asked.key, chosen, day, holders)
    ranked = sorted(holders, key=lambda h: (-h.score, -h.support, -len(h.reports), _shown(h)))
    ranked = [h for h in ranked if h.support > 0 and (h.kb_for > 0 or any(not r.generic for r in h.reports))]
    kb_named = {k["actor"] for k in kb if k.get("actor")}

    out_holders = [_holder_row(h, names, kb_named, kb) for h in ranked]
    answer = ranked[0] if ranked else None
    behind = sorted((r for r in answer.reports if r.weight > 0), key=lambda r: -r.weight) if answer else []
    conflicting = []
    if answer is not None:
        conflicting = [r for r in answer.reports if r.weight < 0]
        conflicting += [r for h in ranked[1:] for r in h.reports if r.weight >= 0.1]
        conflicting.sort(key=lambda r: -abs(r.weight))
    others = []
    if wanted is None:
        for c, _support in sorted(by_country.items(), key=lambda kv: -kv[1]):
            if c == chosen or c is None:
                continue
            hs = sorted(_holders(reports, identities, c, day), key=lambda h: -h.score)
            if hs and hs[0].score > 0:
                others.append({"country": c, "actor": hs[0].ids[0], "name": _shown(hs[0]),
                               "score": round(hs[0].score, 4)})
    return {"title": title.strip(), "on": day.isoformat(), "office": asked.key, "country": chosen,
            "country_asked": wanted, "answer": out_holders[0] if out_holders else None, "holders": out_holders,
            "reports": [_report_row(r, names) for r in behind],
            "conflicting": [_report_row(r, names) for r in conflicting],
            "kb": kb, "other_countries": others, "use_kb": use_kb}


def check_published(value: Any) -> dt.date | None:
    p = period(value) if isinstance(value, str) else None
    return p[0] if p else None


def _holders(reports: list[_Report], identities: dict[str, dict[str, Any]], country: str | None,
             day: dt.date) -> list[_Holder]:
    """The reports' holders for one country, joined where they are one person."""
    kept = []
    sure: set[str] = set()  # holders with a report of the country
    for rep in reports:
        c = rep.country or identities.get(rep.holder, {}).get("country")
        if country is not None and c is not None and c != country:
            continue
        if c is not None:
            sure.add(rep.holder)
        kept.append((rep, 1.0 if c is not None or country is None else 0.5))
    union = _Union()
    ids = list(dict.fromkeys(rep.holder for rep, _ in kept))
    for i in ids:
        union.find(i)
    by_wikidata: dict[str, str] = {}
    for i in ids:
        q = identities[i].get("wikidata")
        if q:
            if q in by_wikidata:
                union.join(by_wikidata[q], i)
            by_wikidata.setdefault(q, i)
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            qa, qb = identities[a].get("wikidata"), identities[b].get("wikidata")
            if qa and qb and qa != qb:
                continue
            if same_person(identities[a]["name"], identities[b]["name"]):
                union.join(a, b)
    # two names of one knowledge-base term of this office
    for term, _sure in _terms_for(reports, country):
        keys = {name_key(x) for x in term.names}
        hits = [i for i in ids if name_key(identities[i]["name"]) in keys]
        for a in hits[1:]:
            if not (_tokens(identities[a]["name"])[1] and _tokens(identities[hits[0]]["name"])[1]
                    and _tokens(identities[a]["name"])[1] != _tokens(identities[hits[0]]["name"])[1]):
                union.join(hits[0], a)
    # a surname alone joins the one holder of that surname
    for i in ids:
        words, _ = _tokens(identities[i]["name"])
        if len(words) == 1:
            full = {union.find(j) for j in ids if j != i and len(_tokens(identities[j]["name"])[0]) >= 2
                    and _tokens(identities[j]["name"])[0][-1] == words[0]}
            if len(full) == 1:
                union.join(full.pop(), i)
    groups: dict[str, _Holder] = {}
    for rep, factor in kept:
        root = union.find(rep.holder)
        h = groups.setdefault(root, _Holder(ids=[]))
        if rep.holder not in h.ids:
            h.ids.append(rep.holder)
        scaled = _Report(rec=rep.rec, holder=rep.holder, country=rep.country, generic=rep.generic,
                         weight=rep.weight * factor, reading=rep.reading, at=rep.at)
        h.reports.append(scaled)
        name = identities[rep.holder]["name"]
        h.names[name] = h.names.get(name, 0.0) + max(scaled.weight, 0.0) + 1e-6
        h.wikidata = h.wikidata or identities[rep.holder].get("wikidata")
        h.countries[rep.country] = h.countries.get(rep.country, 0.0) + abs(scaled.weight)
    for h in groups.values():  # the identity with most support names the holder
        h.ids.sort(key=lambda i: -sum(r.weight for r in h.reports if r.holder == i and r.weight > 0))
    # a report of no known country counts for a holder of the country only
    return [h for h in groups.values() if country is None or sure & set(h.ids)]


def _between(holders: list[_Holder], day: dt.date) -> None:
    """A holder reported in office before the day and again after it, with no other holder reported in
    office between the two reports, is the holder between: one report more, for, with weight
    ``BETWEEN``. Far from any report the nearness of single reports says little (a holder's many reports
    years away outweigh another's few nearer ones); the two reports around the day say more. The two lie
    at most ``BETWEEN_DAYS`` apart (a term can end and start again unseen over a longer gap)."""
    times = {id(h): sorted(r.at for r in h.reports if r.at is not None and r.weight > 0 and not r.generic)
             for h in holders}
    for h in holders:
        before = [t for t in times[id(h)] if t < day]
        after = [t for t in times[id(h)] if t > day]
        if not before or not after or (after[0] - before[-1]).days > BETWEEN_DAYS:
            continue
        first, last = before[-1], after[0]
        if any(first < t < last for o in holders if o is not h for t in times[id(o)]):
            continue
        rep = next(r for r in h.reports if r.at == last and r.weight > 0 and not r.generic)
        h.reports.append(_Report(rec=rep.rec, holder=rep.holder, country=rep.country, generic=False,
                                 weight=BETWEEN, between=True,
                                 reading=f"in office on {first.isoformat()} and on {last.isoformat()}, "
                                         "no other holder reported between"))


def _terms_for(reports: list[_Report], country: str | None):
    keys = set()
    for rep in reports:
        keys.add(office_key(rep.rec.get("title") or "", rep.rec.get("organization")).key)
    for key in keys:
        yield from kb_terms(key, country)


def _shown(h: _Holder) -> str:
    """The name a holder is shown by: the cleanest of its names with most support."""
    def rank(name: str) -> tuple[bool, bool, float, str]:
        return ("[" in name or "]" in name, len(name.split()) < 2, -h.names[name], name)
    return min(h.names, key=rank)


def _holder_row(h: _Holder, names: dict[str, str], kb_named: set[str], kb: list[dict[str, Any]]) -> dict[str, Any]:
    country = max(h.countries, key=lambda c: (h.countries[c], c or "")) if h.countries else None
    from_reports = sum(r.weight for r in h.reports)
    by_reports = any(r.weight > 0 for r in h.reports)
    support_from = "both" if by_reports and h.kb_for > 0 else "reports" if by_reports else "knowledge base"
    named = bool(h.ids and h.ids[0] in kb_named) or (not h.ids and h.kb_for > 0)
    return {"actor": h.ids[0] if h.ids else None, "ids": list(h.ids), "name": _shown(h), "names": sorted(h.names),
            "country": country, "wikidata": h.wikidata, "score": round(h.score, 4),
            "support": round(h.support, 4), "against": round(h.against, 4),
            "from_reports": round(from_reports, 4), "from_kb": round(h.kb_for - h.kb_against, 4),
            "support_from": support_from, "kb_readings": list(h.kb_readings),
            "reports": sum(1 for r in h.reports if r.weight > 0 and not r.between),
            "reports_against": sum(1 for r in h.reports if r.weight < 0),
            "kb": named}


@dataclass(slots=True)
class _Person:
    """One person's knowledge-base terms of the office (of its country), and the holder that is them."""
    names: list[str]
    wikidata: str | None
    terms: list[Term] = field(default_factory=list)
    holder: _Holder | None = None

    def same(self, names: tuple[str, ...], wikidata: str | None) -> bool:
        return _one_person(self.names, self.wikidata, names, wikidata)


def _one_person(names_a: Iterable[str], wikidata_a: str | None, names_b: Iterable[str], wikidata_b: str | None) -> bool:
    """Two records of one person: the same Wikidata id where both have one, else a name of the one the
    other's (:func:`same_person`, or the same name key)."""
    if wikidata_a and wikidata_b:
        return wikidata_a == wikidata_b
    return any(same_person(a, b) or name_key(a) == name_key(b) for a in names_a for b in names_b)


def _kb_people(key: str, country: str, holders: list[_Holder]) -> list[_Person]:
    """The knowledge base's terms of the office, one row per person, each matched to the holder that is
    the same person (the same Wikidata id, else a name of one the other's)."""
    people: list[_Person] = []
    for term, _sure in kb_terms(key, country):
        person = next((p for p in people if p.same(term.names, term.wikidata)), None)
        if person is None:
            person = _Person(names=list(term.names), wikidata=term.wikidata)
            people.append(person)
        person.terms.append(term)
        person.names += [n for n in term.names if n not in person.names]
        person.wikidata = person.wikidata or term.wikidata
    for p in people:
        p.holder = next((h for h in holders if _one_person(h.names, h.wikidata, p.names, p.wikidata)), None)
    return people


def _bounds(term: Term) -> tuple[dt.date | None, dt.date | None, bool]:
    return term.bounds(kb_sources().get(term.source, {}).get("known_until"))


def one_seat(terms: list[Term], same: Callable[[Term, Term], bool] | None = None) -> bool:
    """An office one person holds at a time by the knowledge base: no two people's terms overlap by
    ``SEAT_MARGIN_DAYS`` or more (a year when one is known by its years only). Senators, members and
    the like are many at once, and a change of one says nothing of the others."""
    same = same or (lambda a, b: _one_person(a.names, a.wikidata, b.names, b.wikidata))
    spans = [(first, last, exact, t) for t in terms for first, last, exact in [_bounds(t)]
             if first is not None and last is not None]
    for i, (a0, a1, ea, ta) in enumerate(spans):
        for b0, b1, eb, tb in spans[i + 1:]:
            margin = SEAT_MARGIN_DAYS if ea and eb else 366
            if (min(a1, b1) - max(a0, b0)).days > margin and not same(ta, tb):
                return False
    return True


def _changes(people: list[_Person]) -> list[tuple[dt.date, dt.date, str]]:
    """The days (as the span a start or end value covers: a year for the world leaders) the knowledge
    base changes the office's holder: every start and end of a term that does not run on into another
    term of the same person (a second term, a new Congress); with what changes."""
    out = []
    for p in people:
        for t in p.terms:
            start, end = period(t.start) if t.start else None, period(t.end) if t.end else None
            if start and not any(o is not t and o.end and _touch(period(o.end), start) for o in p.terms):
                out.append((start[0], start[1], f"{p.names[0]} took office {t.start}"))
            if end and not any(o is not t and o.start and _touch(period(o.start), end) for o in p.terms):
                out.append((end[0], end[1], f"{p.names[0]} left office {t.end}"))
    return out


def _touch(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date]) -> bool:
    return a is not None and a[0] <= b[1] + dt.timedelta(days=1) and b[0] <= a[1] + dt.timedelta(days=1)


def _set_aside(holders: list[_Holder], day: dt.date, people: list[_Person], seat: bool) -> None:
    """A report that puts its holder in office at a time (``current`` at publication, ``then-`` at its
    sentence's time) speaks of the date only as far as nothing changed between: when the knowledge base
    knows a change of holder between that time and the date (a successor taking office, the holder
    leaving), the report says nothing of the date and its weight is 0. Only for an office of one seat."""
    if not people or not seat:
        return
    changes = _changes(people)
    for h in holders:
        for r in h.reports:
            if r.at is None or r.weight <= 0:
                continue
            lo, hi = min(r.at, day), max(r.at, day)
            change = next((c for c in changes if lo < c[0] and c[1] < hi), None)
            if change is not None:
                r.weight = 0.0
                r.reading += f"; set aside: {change[2]}, between it and the date (knowledge base)"


def _term_weight(term: Term, sure: bool, day: dt.date) -> float:
    """A term's weight for the holder on ``day``: ``KB_WEIGHT``; a half of it in a start or end year of a
    term known by its years; for a term whose source knows no end (Phoenix: Horst Köhler's German
    presidency never ends in it), a half of that, less the farther the day from the start (half again
    at ``OPEN_YEARS``): a start alone says less of each year after it."""
    w = KB_WEIGHT * (1.0 if sure else KB_UNSURE)
    if term.end is None and term.source in _OPEN_UNKNOWN:
        start = period(term.start) if term.start else None
        years = (day - start[0]).days / 365.25 if start else 0.0
        w *= KB_OPEN / (1.0 + (max(years, 0.0) / OPEN_YEARS) ** 2)
    return w


def _weigh_kb(holders: list[_Holder], day: dt.date, people: list[_Person], seat: bool) -> list[_Holder]:
    """The knowledge base's weight on each holder: for, a term of the person that holds the date
    (``_term_weight``); against, when no term of theirs holds it, a term that ended before it (an
    office of one seat only, a date its source knows). A person with a term that holds the date and no
    report in the store is a holder of its own (returned), its support the knowledge base's alone."""
    new: list[_Holder] = []
    for p in people:
        holding = [(t, sure) for t in p.terms for sure in [_holds(t, day)] if sure is not None]
        h = p.holder
        if holding:
            t, sure = max(holding, key=lambda ts: _term_weight(ts[0], ts[1], day))
            if h is None:
                h = p.holder = _Holder(ids=[], names={n: 0.0 for n in p.names}, wikidata=p.wikidata,
                                       countries={t.country: 0.0})
                new.append(h)
            h.kb_for = _term_weight(t, sure, day)
            h.kb_readings.append(f"in office {t.start or '?'} to {t.end or 'an open end'} ({t.source})"
                                 + ("" if sure else ", in a year of change"))
        elif h is not None and seat:
            # a term that ended before the date, within what its source knows (after that the person
            # may have come back unseen); a term that began after it says nothing: the sources list
            # some people's later terms only (the world leaders of 2021-2022 from their current term)
            ended = [t for t in p.terms if t.end and (period(t.end) or (day, day))[1] < day
                     and day <= (period(kb_sources().get(t.source, {}).get("known_until")) or (day, day))[1]]
            if ended:
                t = max(ended, key=lambda t: (period(t.end) or (day, day))[1])
                h.kb_against = KB_WEIGHT
                h.kb_readings.append(f"left office {t.end}, before the date ({t.source})")
    return new


def _holds(term: Term, day: dt.date) -> bool | None:
    """Whether a term holds the day (:meth:`Term.holds`, by its source's date)."""
    return term.holds(day, kb_sources().get(term.source, {}).get("known_until"))


def _kb(key: str, country: str | None, day: dt.date, holders: list[_Holder]) -> list[dict[str, Any]]:
    """The knowledge base's terms of the office that hold the day, one per person, each matched to
    the holder that is the same person."""
    sources = kb_sources()
    out: dict[str, dict[str, Any]] = {}
    for term, sure in kb_terms(key, country, day):
        person = term.wikidata or name_key(term.names[0])
        match = None
        for h in holders:
            if not h.ids:  # the knowledge base's own holder, no identity of the store
                continue
            if (h.wikidata and term.wikidata and h.wikidata == term.wikidata) or any(
                    same_person(n, t) or name_key(n) == name_key(t) for n in h.names for t in term.names):
                match = h.ids[0]
                break
        row = out.get(person)
        if row is None:
            row = out[person] = {"name": term.names[0], "names": list(term.names), "wikidata": term.wikidata,
                                 "country": term.country, "title": term.title, "terms": [], "actor": match,
                                 "sure": sure}
        row["sure"] = row["sure"] and sure
        row["terms"].append({"start": term.start, "end": term.end, "source": term.source,
                             "known_until": sources.get(term.source, {}).get("known_until")})
    # one person named by two sources (no Wikidata id in one) is one row
    rows: list[dict[str, Any]] = []
    for row in out.values():
        same = next((r for r in rows if any(same_person(a, b) or name_key(a) == name_key(b)
                                            for a in r["names"] for b in row["names"])), None)
        if same is None:
            rows.append(row)
        else:
            same["terms"] += row["terms"]
            same["names"] += [n for n in row["names"] if n not in same["names"]]
            same["wikidata"] = same["wikidata"] or row["wikidata"]
            same["actor"] = same["actor"] or row["actor"]
            same["sure"] = same["sure"] and row["sure"]
    return rows
