"""What the steps of :func:`newsgraph.actors.resolve` share: the document's facts (``Context``), the
actor being built (``Cluster``), and the last step, clusters -> the ActorTable of records."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Actor, ActorTable, Mention
from ._coding import ORG_SECTORS, TRANSNATIONAL_PREFIX, Title, iso_country, slug
from ._dictionaries import Bundled, Entry, norm, private_body, split_code
from ._mentions import Cand
from ..nlp import doc_text, sentence_index, tokens

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["Cluster", "Context", "LookupEntry", "GROUP_SECTORS", "country_name", "strip_the", "tidy_name", "unique_id",
           "actor_table"]

LookupEntry = Callable[[str], "Entry | None"]

# Sectors of groups rather than organisations: an actor coded with one is a group.
GROUP_SECTORS = {"REB", "UAF", "CRM", "OPP", "CVL", "REF", "LAB", "AGR", "REL", "SOC", "ELI", "UNK"}


class Cluster:
    """Everything one actor is called in the document, before it becomes an Actor record."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.cands: list[Cand] = []
        self.entry: Entry | None = None
        self.iso: str | None = None
        self.iso_from_context = False  # the country came from the sentence, not the actor's own words
        self.sector: str | None = None
        self.code: str | None = None
        self.name: str | None = None
        self.titles: list[Title] = []
        self.gender: str | None = None
        self.extra: list[tuple[int, int, str]] = []  # (start, end, mention kind) beyond the names
        self.id = ""
        self.wikidata: str | None = None
        # a composite that names one person by an office or walk of life ("the New Jersey governor"):
        # a person once no named person took its mentions
        self.one_person = False
        # a person the bases hold as an armed group's own name or its leader's (``_people.code_person``):
        # the group's figure, whose country is the group's, never their sentences'
        self.armed_figure = False
        # an unnamed agents' group's noun and the words that say which ones, as its first phrase keys it
        # (sector, head lemma, plural, owner, modifiers), less the country (``_identity.merge_same_groups``)
        self.group_key: tuple | None = None

    def words(self) -> list[list[str]]:
        return [norm(c.text).split() for c in self.cands]


@dataclass(slots=True)
class Context:
    """The document and what the steps learn of it once the names are typed: which tokens an actor
    has claimed, the sentence of each token, and where the text names a country."""

    doc: Doc
    bundled: Bundled
    lookup_entry: LookupEntry
    published: dt.date | None
    claimed: set[int]
    sent_index: list[int]
    # where the text names a country (its name, a demonym, a capital or city): the context of actors
    # whose own words name none ("Kurds", "officials")
    iso_mentions: list[tuple[int, str]]
    iso_at: dict[int, str]
    # the dateline's country and the character offset where its story begins (``_dateline``)
    filed_from: tuple[str, int] | None = None
    # the one country the story's headline names (``_dateline.headline_country``)
    headline: str | None = None
    # the first token of each bare US body's name the story makes another state's (``_abroad``) -> its country
    abroad: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, cands: list[Cand], bundled: Bundled, lookup_entry: LookupEntry,
           published: dt.date | None, fuller: Mapping[int, Cand] | None = None) -> Context:
        """``fuller``: the longer name each short name stands for (``_others._fuller_names``)."""
        claimed = {i for c in cands for i in range(c.start, c.end)}
        sent_index = sentence_index(doc)
        named = sorted((c for c in cands if c.iso and c.kind in ("country", "demonym", "place")), key=lambda c: c.start)
        iso_mentions = [(c.start, c.iso) for k, c in enumerate(named)
                        if c.iso and not (k and _qualifies(doc, named[k - 1], c))]
        iso_at = {i: c.iso for c in cands if c.iso and c.kind in ("country", "demonym", "place")
                  for i in range(c.start, c.end)}
        for c in cands:  # a national organisation or armed group of the dictionary tells its country too
            # a short name the dictionary knows tells the country of the body the text named in full, not
            # of the dictionary's body ("the House" after "Canada's House of Commons" is not the US House);
            # one it does not know tells none, as before ("Commerce Minister" after "Department of Commerce")
            entry = c.entry if c.entry is None or not fuller or id(c) not in fuller else fuller[id(c)].entry
            if entry is not None and entry.kind != "person" and entry.codes:
                if private_body(entry.codes[0][0]):
                    # a company's or an NGO's home country places no one else in its sentence ("smashed
                    # the windows of a Toyota showroom" does not make the protesters Japanese)
                    continue
                iso, sector = split_code(entry.codes[0][0])
                if sector == "JRN":
                    # nor does an outlet's: the one who reports or is told ("according to Sky News",
                    # "told Reuters") says nothing of whom the sentence speaks
                    continue
                if iso and iso not in TRANSNATIONAL_PREFIX:
                    iso_mentions.append((c.start, iso))
        iso_mentions.sort()
        return cls(doc, bundled, lookup_entry, published, claimed, sent_index, iso_mentions, iso_at)


def _qualifies(doc: Doc, place: Cand, c: Cand) -> bool:
    """Whether a name only says where the place named right before it lies ("Tyre, Lebanon", "Newport
    News, Virginia"): the same country after a comma, one place and not two. Counted twice, the
    place's country outweighed a country the sentence names once: border officers who question a
    student from a Lebanese town in a sentence that names the US airport he landed at were Lebanese."""
    return (place.kind == "place" and place.iso == c.iso and c.start == place.end + 1
            and doc[place.end].text == ",")


def country_name(bundled: Bundled, iso: str | None) -> str | None:
    """A country's display name, else its code as given."""
    return bundled.country_names.get(iso, iso) if iso is not None else None


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def unique_id(cl: Cluster, used: dict[str, Cluster]) -> str:
    base = slug(cl.name or "actor")
    if cl.entry is not None and cl.kind != "person":
        base = slug(strip_the(cl.entry.name))
    aid, n = base, 2
    while aid in used:
        aid, n = f"{base}-{n}", n + 1
    used[aid] = cl
    return aid


def _public_kind(cl: Cluster) -> str:
    if cl.kind == "place":
        return "group"  # a city's people
    if cl.kind == "composite":
        if cl.one_person:
            return "person"
        return "organization" if cl.sector in ORG_SECTORS else "group"
    return cl.kind


_BLANKS = re.compile(r"\s+")
_BEFORE_POSSESSIVE = re.compile(r" (?=['\u2019]s\b)")


def tidy_name(text: str) -> str:
    """A name as a reader writes it: one space between words. Masked page furniture is blanked in place
    (offsets stay offsets into the text as read), so a name that spans it, or a line break, would
    otherwise keep the run of blanks ("Trump <blanks>'s campaign")."""
    if "  " not in text and "\n" not in text and " '" not in text and " \u2019" not in text and (
            text == text.strip()):
        return text  # nearly every name: no regular expression run
    return _BEFORE_POSSESSIVE.sub("", _BLANKS.sub(" ", text).strip())


def actor_table(doc, clusters: list[Cluster]) -> ActorTable:
    """The records: an Actor per cluster that has a mention, and its mentions, in the order of the text."""
    actors: list[Actor] = []
    mentions: list[Mention] = []
    toks, text = tokens(doc), doc_text(doc)  # spans' offsets and text without a Span per mention
    for cl in clusters:
        if not cl.extra:
            continue
        # each mention's character offsets, read once for its name and its record
        spans = [(s, e, kind, toks[s].idx, toks[e - 1].idx + len(toks[e - 1])) for s, e, kind in cl.extra]
        names = [text[a:b] if e > s else "" for s, e, k, a, b in spans if k in ("name", "demonym")]
        aliases: list[str] = []
        name = tidy_name(cl.name or cl.id)
        for n in names:
            n = tidy_name(strip_the(n))
            if n != name and n not in aliases:
                aliases.append(n)
        actors.append(Actor(id=cl.id, name=name, kind=_public_kind(cl), aliases=aliases,
                            country=iso_country(cl.iso), sector=cl.sector, code=cl.code, mentions=len(cl.extra),
                            wikidata=cl.wikidata))
        for s, e, kind, start, end in spans:
            mentions.append(Mention(cl.id, (start, end), (s, e), text[start:end], kind))
    mentions.sort(key=lambda m: m.tokens)
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.actor, m.tokens[0])
    actors.sort(key=lambda a: first.get(a.id, 0))
    return ActorTable(actors=actors, mentions=mentions)
