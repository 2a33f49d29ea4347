"""Hand-made records for the tests that need no model: a builder per record with the defaults the tests
share (a span over the whole text unless given), the cast of the Khalilzad story (the envoy, the United
States, the Taliban) and whole results built from it: an envoy resigns, a deal, a quote; hostile text.

No tests here: test modules import these (``from factories import ...``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsgraph.records import Actor, Agreement, Commitment, Document, Event, Quote, Result, Role, Timex

__all__ = ["actor", "event", "role", "quote", "timex", "when", "envoy", "usa", "taliban", "ENVOY_TITLE",
           "RESIGN", "HOSTILE_NAME", "HOSTILE_TEXT", "store_result", "resign_result", "hostile_result",
           "quotes_by_text", "country_of", "actor_name", "holders", "old_store", "rules_events"]

ENVOY_TITLE = "Special Representative for Afghanistan Reconciliation"
RESIGN = "US envoy Zalmay Khalilzad resigned on Monday after talks with the Taliban."
HOSTILE_NAME = '<script>alert("name")</script>Evil & Co'
HOSTILE_TEXT = ('The <b>mayor</b> <img src=x onerror=alert(1)> met <script>alert("text")</script> officials '
                "on Tuesday; he said \"</blockquote><script>alert('q')</script>\".")


# -- one builder per record ----------------------------------------------------------------------
def actor(id: str, name: str, kind: str = "person", **fields: Any) -> Actor:
    return Actor(id=id, name=name, kind=kind, **fields)


def when(value: str, text: str | None = None, source: str | None = "timex") -> dict[str, Any]:
    """An event's ``date``: {value, text, source}; ``source=None`` leaves the key out."""
    date: dict[str, Any] = {"value": value, "text": text}
    if source is not None:
        date["source"] = source
    return date


def event(id: str, event: str, text: str, *, span: tuple[int, int] | None = None, **fields: Any) -> Event:
    """An event told by ``text``, its span the whole text unless given."""
    return Event(id=id, event=event, span=span if span is not None else (0, len(text)), text=text, **fields)


def role(actor: str, title: str, text: str, *, span: tuple[int, int] | None = None, **fields: Any) -> Role:
    return Role(actor=actor, title=title, span=span if span is not None else (0, len(text)), text=text, **fields)


def quote(speaker: str | None, text: str, *, span: tuple[int, int] | None = None, **fields: Any) -> Quote:
    return Quote(speaker=speaker, text=text, span=span if span is not None else (0, len(text)), **fields)


def timex(text: str, value: str, *, start: int = 0, type: str = "DATE", **fields: Any) -> Timex:
    """A timex whose text begins at character ``start``."""
    return Timex(text=text, type=type, value=value, span=(start, start + len(text)), **fields)


# -- the cast ------------------------------------------------------------------------------------
def envoy(**fields: Any) -> Actor:
    values: dict[str, Any] = dict(aliases=["Khalilzad"], country="USA", sector="GOV", code="USAGOV", mentions=3)
    return actor("zalmay-khalilzad", "Zalmay Khalilzad", "person", **{**values, **fields})


def usa(**fields: Any) -> Actor:
    values: dict[str, Any] = dict(aliases=["US"], country="USA", mentions=2)
    return actor("united-states", "United States", "country", **{**values, **fields})


def taliban(**fields: Any) -> Actor:
    values: dict[str, Any] = dict(country="AFG", sector="REB", mentions=2)
    return actor("taliban", "Taliban", "group", **{**values, **fields})


# -- stores --------------------------------------------------------------------------------------
def old_store(path: Path, version: int) -> sqlite3.Connection:
    """A store file at schema ``version``, its first migrations applied as an older newsgraph applied them,
    open for the test to fill (the caller commits and closes it): what a migration must carry forward."""
    from newsgraph.store._schema import MIGRATIONS

    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
               "applied_at TEXT NOT NULL)")
    for number, description, sql in MIGRATIONS[:version]:
        db.executescript(sql)
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (number, description))
    return db


# -- whole results -------------------------------------------------------------------------------
def store_result(text: str, *, published: str = "2021-10-19", source: str = "a.txt",
                 event_date: str = "2021-10-18") -> Result:
    """The envoy resigned (RETREAT, on ``event_date``) and the US will concede in September: two
    actors, two events, a role, a quote and a timex, all over ``text``."""
    doc = Document(text=text, published=published, source=source)
    resigned = event("e1", "RETREAT", text, mode="resign", actor=["zalmay-khalilzad"], date=when(event_date, "Monday"))
    concede = event("e2", "CONCEDE", text, actor=["united-states"], modality="future", date=when("2021-09", "September"))
    office = role("zalmay-khalilzad", ENVOY_TITLE, text, country="USA", end="2021-10-19", status="former")
    said = quote("zalmay-khalilzad", "the right time", cue="tell")
    return Result(document=doc, actors=[envoy(), usa()], events=[resigned, concede], roles=[office], quotes=[said],
                  timexes=[timex("Monday", event_date)])


def resign_result(*, source: str = "a.txt", published: str = "2021-10-19", text: str = RESIGN) -> Result:
    """An article whose first sentence is Khalilzad's resignation (RETREAT/resign) on 2021-10-18."""
    full = text + " The deal signed in February 2020 bound the Taliban. The US will withdraw in September."
    start = full.index("resigned")
    resign = event("e1", "RETREAT", text, mode="resign", actor=["zalmay-khalilzad"], date=when("2021-10-18", "Monday"),
                   cameo="0831", trigger={"text": "resigned", "span": [start, start + len("resigned")]}, confidence=0.8)
    s2 = full.index("The deal")
    deal_sentence = "The deal signed in February 2020 bound the Taliban."
    signed = event("e2", "SUPPORT", deal_sentence, span=(s2, s2 + len(deal_sentence)), actor=["united-states"],
                   recipient=["taliban"], date=when("2020-02", "February 2020"),
                   trigger={"text": "signed", "span": [s2 + 9, s2 + 15]})
    s3 = full.index("The US will")
    w = "The US will withdraw in September."
    withdraw = event("e3", "RETREAT", w, span=(s3, s3 + len(w)), mode="withdraw", actor=["united-states"],
                     modality="future", date=when("2021-09", "September"),
                     trigger={"text": "withdraw", "span": [s3 + 12, s3 + 20]})
    talks = event("e4", "CONSULT", text, actor=["taliban"], recipient=["zalmay-khalilzad"],
                  date=when("2021-10-18", "Monday", "sentence"), negated=True, modality="reported",
                  trigger={"text": "talks", "span": [text.index("talks"), text.index("talks") + 5]})
    office = role("zalmay-khalilzad", ENVOY_TITLE, text, country="USA", start="2018-09-05", end="2021-10-19",
                  status="former")
    said = quote("zalmay-khalilzad", "the right time", kind="direct", cue="tell")
    deal = Agreement(id="deal-2020", name="Doha agreement", text=deal_sentence, span=(s2, s2 + len(deal_sentence)),
                     parties=["taliban", "united-states"], date="2020-02",
                     commitments=[Commitment(party="taliban", text="not allow al Qaeda to attack US interests"),
                                  Commitment(party="united-states", text="withdraw its troops", kind="promise")])
    return Result(document=Document(text=full, published=published, source=source, title="Envoy resigns",
                                    url="https://example.org/envoy"),
                  actors=[envoy(), taliban(), usa()], events=[resign, signed, withdraw, talks], roles=[office],
                  quotes=[said], agreements=[deal],
                  timexes=[timex("Monday", "2021-10-18", start=text.index("Monday"))])


def hostile_result() -> Result:
    """Markup and script in the article's text, title, url, actor names, quotes, roles and agreements."""
    evil = actor("evil-co", HOSTILE_NAME, "organization", aliases=["<i>Evil</i>"], mentions=1)
    mayor = actor("mayor", "<b>Mayor</b>", "person", mentions=1)
    ev = event("h1", "CONSULT", HOSTILE_TEXT, actor=["mayor"], recipient=["evil-co"], date=when("2021-10-19", "<script>"),
               trigger={"text": "met", "span": [HOSTILE_TEXT.index("met"), HOSTILE_TEXT.index("met") + 3]},
               context=["<script>alert('ctx')</script>"], mode="<script>alert('mode')</script>")
    office = role("evil-co", "<script>alert('title')</script>Chair", HOSTILE_TEXT, span=(0, 5))
    said = quote("evil-co", "</blockquote><script>alert('q')</script>", span=(0, 5))
    deal = Agreement(id="evil-deal", name="<script>alert('deal')</script>", text=HOSTILE_TEXT, span=(0, 5),
                     parties=["evil-co", "mayor"], date="2021-10-01",
                     commitments=[Commitment(party="evil-co", text="<img src=x onerror=alert('c')>")])
    doc = Document(text=HOSTILE_TEXT, published="2021-10-19", source="<script>alert('src')</script>",
                   title="<script>alert('title')</script>", url="javascript:alert('url')")
    return Result(document=doc, actors=[evil, mayor], events=[ev], roles=[office], quotes=[said], agreements=[deal])


def quotes_by_text(nlp, text: str, place: str | None = None) -> tuple[dict[str, Quote], Any]:
    """The quotes the pipeline's actors and quotes stages find in ``text``, by their words, and the actor
    table; ``place``: a word the entity recogniser is made to call a GPE wherever it stands."""
    from spacy.tokens import Span

    from newsgraph.actors import resolve
    from newsgraph.quotes import extract_quotes

    doc = nlp(text)
    if place is not None:
        tokens = [t for t in doc if t.text == place]
        doc.ents = [e for e in doc.ents if not any(e.start <= t.i < e.end for t in tokens)] + [
            Span(doc, t.i, t.i + 1, label="GPE") for t in tokens]
    table = resolve(doc)
    return {q.text: q for q in extract_quotes(doc, actors=table)}, table


def country_of(nlp, text: str, part: str, published: Any = None) -> str | None:
    """The country the actors stage gives the first actor whose name holds ``part`` (case aside); the
    test fails, listing the table, when no actor does. ``published``: the document's date (a date)."""
    import datetime as dt

    from newsgraph.actors import resolve

    table = resolve(nlp(text), published=published or dt.date(2019, 6, 1))
    hits = [a.country for a in table.actors if part.lower() in a.name.lower()]
    assert hits, [(a.name, a.country, a.sector) for a in table.actors]
    return hits[0]


def actor_name(table: Any, actor_id: str | None) -> str | None:
    """The name of the actor ``actor_id`` in ``table``, or None."""
    actor = table.get(actor_id) if actor_id else None
    return actor.name if actor else None


def holders(table: Any, text: str, words: str) -> list[Actor]:
    """The actors of ``table`` with a mention over the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    ids = {m.actor for m in table.mentions if m.span[0] <= start < m.span[1]}
    return [a for a in table.actors if a.id in ids]


def rules_events(nlp, text: str, named: dict[str, tuple[str, str, str | None]]) -> tuple[list[Event], Any]:
    """The rules' events of ``text`` (no learned model) over a table that names only ``named`` (words -> id,
    kind, country), and the table, which then holds the argument-only actors the events keep."""
    from newsgraph.events import code
    from newsgraph.records import ActorTable, Mention

    doc = nlp(text)
    actors, mentions = [], []
    for words, (ident, kind, iso) in named.items():
        start = text.index(words)
        span = doc.char_span(start, start + len(words))
        actors.append(Actor(ident, words, kind, country=iso))
        mentions.append(Mention(ident, (start, start + len(words)), (span.start, span.end), words))
    table = ActorTable(actors=actors, mentions=mentions)
    return code(doc, actors=table, timexes=[], published=None, decide=False, propose_with=False), table
