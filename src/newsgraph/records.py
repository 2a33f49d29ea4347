"""Plain records of the output contract (DESIGN.md section 3).

Every stage produces these and nothing else crosses a stage or process boundary: no spaCy objects.
Field names are stable: add fields, never rename. ``to_dict`` gives the JSON form of the contract.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Self, TypedDict

__all__ = [
    "EventDate",
    "Place",
    "Trigger",
    "Document",
    "Rejected",
    "Timex",
    "Actor",
    "Mention",
    "Event",
    "Role",
    "Quote",
    "Commitment",
    "Agreement",
    "Result",
    "ActorTable",
    "document_id",
    "SECTIONS",
]

SECTIONS = ("document", "actors", "events", "roles", "quotes", "agreements", "timexes")


def document_id(text: str) -> str:
    """The document id: sha256 of its text exactly as read (so the same article is recognised again)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def short_id(*parts: object) -> str:
    """A stable 16-hex id from the parts (for events, agreements)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


@dataclass(slots=True)
class Document:
    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    published_inferred: bool = False
    url: str | None = None
    source: str | None = None  # where it was read from: a path, path:line, or "<stdin>"
    language: str | None = "en"
    # news or opinion (``ingest._kind``), with what decided it; None until the pipeline reads the document
    kind: str | None = None
    kind_evidence: list[str] = field(default_factory=list)
    # the input's own id, to join the output to the user's story ids (``ingest``: a JSON object's id field, a
    # text or HTML file's path as given, a WARC record's id, a feed item's guid); never the hash, which ``id`` is
    ref: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ref": self.ref,
            "title": self.title,
            "published": self.published,
            "published_inferred": self.published_inferred,
            "url": self.url,
            "source": self.source,
            "language": self.language,
            "kind": self.kind,
            "kind_evidence": list(self.kind_evidence),
        }


@dataclass(slots=True)
class Rejected:
    """An input that could not be read, with a one-line reason. Never silently dropped."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class Timex:
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2021-10-18, 2021-W42, P40Y, PRESENT_REF, ...
    span: tuple[int, int]
    mod: str | None = None  # START | MID | END | APPROX | LESS_THAN | MORE_THAN | ...

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "type": self.type, "value": self.value, "mod": self.mod,
                "span": list(self.span)}


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person | country | organization | group
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # PLOVER sector code: GOV, MIL, REB, JRN, ...
    code: str | None = None  # CAMEO-style: USAGOV
    mentions: int = 0
    wikidata: str | None = None  # the Wikidata id (Q-number) of the knowledge-base entry it matched

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "aliases": list(self.aliases), "kind": self.kind,
                "country": self.country, "sector": self.sector, "code": self.code,
                "wikidata": self.wikidata, "mentions": self.mentions}


@dataclass(slots=True)
class Mention:
    """One place in the text that refers to an actor (a name, a title noun or a pronoun)."""

    actor: str  # actor id
    span: tuple[int, int]  # character offsets
    tokens: tuple[int, int]  # token offsets [start, end) in the spaCy doc
    text: str
    kind: str = "name"  # name | title | pronoun | demonym


class EventDate(TypedDict):
    """An event's date: the TIMEX3 value (None for a bound known only by one side), the words it came
    from, how it was found (timex | sentence | narrative | document), its precision (day, month, year,
    ..., or before / after for a bound) and the first and last day it covers (ISO dates or None)."""

    value: str | None
    text: str | None
    source: str
    precision: str | None
    start: str | None
    end: str | None


class Place(TypedDict):
    """Where an event happened: the place's name, its country (ISO 3166 alpha-3) and coordinates."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None


class Trigger(TypedDict):
    """The word or words that tell an event, and their character offsets [start, end)."""

    text: str
    span: list[int]


@dataclass(slots=True)
class Event:
    id: str
    event: str  # PLOVER 2.0 type, upper case: RETREAT, SUPPORT, ...
    span: tuple[int, int]  # the sentence's character offsets
    text: str  # the sentence
    mode: str | None = None
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    date: EventDate | None = None
    location: Place | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted | reported | future | hypothetical | historical
    cameo: str | None = None
    context: list[str] = field(default_factory=list)
    confidence: float = 0.5
    trigger: Trigger | None = None
    # Other sentences of the document that tell the same fact (a headline and its lede): their spans.
    also: list[tuple[int, int]] = field(default_factory=list)
    # Which coder found it, for the later stages of the same run (not part of the output contract):
    # "word" (a trigger of the lexicon or the proposer), "target" (an event noun that names whom it is done
    # to and no actor: "sanctions on X") or "sentence" (the sentence coder).
    coder: str = "word"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "event": self.event, "mode": self.mode, "actor": list(self.actor),
                "recipient": list(self.recipient), "date": self.date, "location": self.location,
                "negated": self.negated, "modality": self.modality, "cameo": self.cameo,
                "context": list(self.context), "text": self.text, "span": list(self.span),
                "confidence": self.confidence, "trigger": self.trigger,
                "also": [list(s) for s in self.also]}


@dataclass(slots=True)
class Role:
    actor: str  # actor id
    title: str
    span: tuple[int, int]
    text: str  # the sentence
    organization: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    status: str = "current"  # current | former | acting | incoming

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "title": self.title, "organization": self.organization,
                "country": self.country, "start": self.start, "end": self.end,
                "status": self.status, "text": self.text, "span": list(self.span)}


@dataclass(slots=True)
class Quote:
    speaker: str | None  # actor id, or None when no speaker could be found
    text: str  # the quoted content
    span: tuple[int, int]  # offsets of the quoted content
    kind: str = "direct"  # direct | indirect | partial
    cue: str | None = None
    # The span of the quote this one goes on from: `"A," she said, "B."` is one statement in two
    # pieces, and B continues A (a chain for three pieces). None for a quote that stands alone.
    continues: tuple[int, int] | None = None
    # The speaker as the text names them, the cue's subject phrase ("a new poll", "a spokeswoman for
    # the senator", "he"), whether or not it is an actor. None when no phrase was found.
    speaker_text: str | None = None
    # Whom or what the text gives the quote to when that is no actor, in the text's own words: a
    # document, poll or piece of writing ("the report", "a new poll"), people it does not name, a name
    # no actor holds. None when the speaker is an actor (`speaker`) or the text names nobody (no
    # phrase, or an unresolved pronoun: "he", "it", "some"). A quote's speaker is thus `speaker` (an
    # actor id) or `attributed_to` (words), never both; documents make no actor (corpus guidelines).
    attributed_to: str | None = None
    # What the quote reports: "statement" (words said or written: every quote in quotation marks, and
    # reported speech), "question" ("asked whether ...", "declined to say if ..."), "request" ("asked
    # residents to stay indoors", "demanded that the minister resign"), "belief" ("X
    # believes / fears / knows that ..."), "finding" ("a poll showed", "investigators found that ...")
    # or "intention" ("X hopes / decided that ..."), by its cue and the clause it reports.
    attitude: str = "statement"

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_text": self.speaker_text, "attributed_to": self.attributed_to,
                "text": self.text, "kind": self.kind, "attitude": self.attitude, "cue": self.cue,
                "span": list(self.span), "continues": list(self.continues) if self.continues else None}


@dataclass(slots=True)
class Commitment:
    party: str | None  # actor id
    text: str
    kind: str = "obligation"  # obligation | promise | concession
    conditions: list[str] = field(default_factory=list)
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "text": self.text, "kind": self.kind,
                "conditions": list(self.conditions),
                "span": list(self.span) if self.span else None}


@dataclass(slots=True)
class Agreement:
    id: str
    text: str
    span: tuple[int, int]
    name: str | None = None
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    commitments: list[Commitment] = field(default_factory=list)
    # the other sentences of the document that speak of the same deal (its name, "the accord", "the deal
    # they signed"), as an event's ``also``
    also: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "parties": list(self.parties), "date": self.date,
                "commitments": [c.to_dict() for c in self.commitments], "text": self.text,
                "span": list(self.span), "also": [list(s) for s in self.also]}


@dataclass(slots=True)
class Result:
    """Everything newsgraph read from one document."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (not in the contract)
    # Where each actor is mentioned (not in the contract): the corpus scorer aligns actors by it.
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "roles": [r.to_dict() for r in self.roles],
            "quotes": [q.to_dict() for q in self.quotes],
            "agreements": [a.to_dict() for a in self.agreements],
            "timexes": [t.to_dict() for t in self.timexes],
        }

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None


@dataclass(slots=True)
class ActorTable:
    """What the actors stage hands to later stages: the canonical actors and every mention of them.

    ``by_token`` maps a token index of the spaCy doc to the id of the actor a mention covering that
    token refers to. Later stages look actors up through the methods, never through the actors
    stage's internals.
    """

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # id -> the name a group takes once the actor filters have judged it ("Republican senators" for the
    # group the text names only so, which the actors stage calls "Republican": the filters were trained on
    # that name); the pipeline renames the actors the filters keep (actors.name_by_phrase)
    phrase_names: dict[str, str] = field(default_factory=dict)
    # id -> actor, with the list's length it was built at: later stages only append to ``actors``
    # (the quotes stage adds speakers), so a length that differs is the one sign it is stale
    _by_id: tuple[int, dict[str, Actor]] = field(default=(-1, {}), init=False, repr=False, compare=False)
    # The token index (``by_token``, and ``shared``: token -> the actors of a description of a set, "the
    # two leaders", one span with a mention of each), made from the mentions by ``index``: when the table
    # is made, or, for a table ``unindexed`` makes, at the first read (None until then).
    _tokens: dict[int, str] | None = field(default=None, init=False, repr=False, compare=False)
    _shared: dict[int, list[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.index()

    @classmethod
    def unindexed(cls, actors: list[Actor], mentions: list[Mention]) -> Self:
        """A table of ``actors`` and ``mentions`` whose token index is made at its first read, from the
        mentions as they are then, not now: the actor filters make their tables so, and nothing after
        them reads the index (the pipeline hands on only the actors and the mentions)."""
        out = cls(actors=actors)
        out.mentions = mentions
        out._tokens = out._shared = None
        return out

    @property
    def by_token(self) -> dict[int, str]:
        return self._fill()[0] if self._tokens is None else self._tokens

    @by_token.setter
    def by_token(self, value: dict[int, str]) -> None:
        self._tokens = value

    @property
    def shared(self) -> dict[int, list[str]]:
        return self._fill()[1] if self._shared is None else self._shared

    @shared.setter
    def shared(self, value: dict[int, list[str]]) -> None:
        self._shared = value

    def index(self) -> None:
        """Make the token index from the mentions as they are now."""
        self._tokens, self._shared = self._made()

    def _fill(self) -> tuple[dict[int, str], dict[int, list[str]]]:
        # the halves of the index not yet made or set (an unindexed table's, at its first read)
        by_token, shared = self._made()
        if self._tokens is None:
            self._tokens = by_token
        if self._shared is None:
            self._shared = shared
        return self._tokens, self._shared

    def _made(self) -> tuple[dict[int, str], dict[int, list[str]]]:
        by_token: dict[int, str] = {}
        shared: dict[int, list[str]] = {}
        spans: dict[tuple[int, int], str] = {}
        mark = by_token.setdefault
        for m in self.mentions:
            for i in range(*m.tokens):
                mark(i, m.actor)
            first = spans.setdefault(m.tokens, m.actor)
            if first != m.actor:  # a second actor on the same span: the span names a set of them
                for i in range(m.tokens[0], m.tokens[1]):
                    members = shared.setdefault(i, [first])
                    if m.actor not in members:
                        members.append(m.actor)
        return by_token, shared

    # (the look-ups below read the index's fields, made or not, without the properties' call: the later
    # stages ask them for nearly every token)
    def at_token(self, i: int) -> str | None:
        """The actor id of the mention covering token ``i``, or None."""
        by_token = self._tokens
        return (self.by_token if by_token is None else by_token).get(i)

    def actors_at(self, i: int) -> list[str]:
        """Every actor the mention covering token ``i`` refers to: one, or each member of a set a
        description names ("the two leaders", "both countries"); empty where no mention covers it."""
        shared = self._shared
        members = (self.shared if shared is None else shared).get(i)
        if members:
            return list(members)
        by_token = self._tokens
        a = (self.by_token if by_token is None else by_token).get(i)
        return [] if a is None else [a]

    def in_tokens(self, start: int, end: int) -> list[str]:
        """Actor ids mentioned in tokens [start, end), in order of first mention, without repeats."""
        by_token = self._tokens
        get = (self.by_token if by_token is None else by_token).get
        seen: list[str] = []
        for i in range(start, end):
            a = get(i)
            if a is not None and a not in seen:
                seen.append(a)
        return seen

    def get(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        size, by_id = self._by_id
        if size != len(self.actors):
            by_id = {}
            for a in self.actors:
                by_id.setdefault(a.id, a)
            self._by_id = (len(self.actors), by_id)
        return by_id.get(actor_id)
