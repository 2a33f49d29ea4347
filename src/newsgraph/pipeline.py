"""The pipeline of DESIGN.md section 2, one direction: Document -> spaCy Doc -> records -> Result.

Each stage is a plain function in its own package that reads what earlier stages produced and adds
its own records:

    time.tag(text, published=, doc=)                          -> list[Timex]
    actors.resolve(doc, published=)                           -> ActorTable
    events.code(doc, actors=, timexes=, published=)           -> list[Event]
    roles.extract_roles(doc, actors=, timexes=, events=, published=)      -> list[Role]
    quotes.extract_quotes(doc, actors=)                       -> list[Quote]
    agreements.extract_agreements(doc, actors=, timexes=, events=, published=) -> list[Agreement]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import time as _clock
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ._defaults import HOME_COUNTRY
from ._heap import settle, startup_over
from .errors import InputError
from .ingest._furniture import mask as mask_furniture
from .ingest._headline import sentence_case
from .records import ActorTable, Document, Result

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path
    from typing import TypeAlias

    from spacy.language import Language
    from spacy.tokens import Doc

    from ._linear import LinearModel
    from .actors import Dictionary

    DictionariesArg: TypeAlias = Iterable[Dictionary | str | Path] | Dictionary | str | Path | None

__all__ = ["Extractor", "extract", "parse_date"]


def _as_read(records, read: str, original: str) -> None:
    """Each record's text in the words of the text as read, where the stages read it recased (a headline
    in sentence case, ``_readable``): a record's or an actor mention's ``text`` (and an event trigger's) at its ``span`` that
    differs from the original only in letter case is set back to the original's letters, so a record
    quotes its source verbatim. Masked furniture is left as the stages read it."""
    if read == original:
        return

    def restore(text, span):
        if not text or span is None:
            return text
        a, b = span[0], span[1]
        if read[a:b] == text and original[a:b] != text and original[a:b].lower() == text.lower():
            return original[a:b]
        return text

    for r in records:
        if hasattr(r, "span") and hasattr(r, "text"):
            r.text = restore(r.text, r.span)
        trigger = getattr(r, "trigger", None)
        if isinstance(trigger, dict) and "span" in trigger:
            trigger["text"] = restore(trigger.get("text"), trigger["span"])


def _readable(text: str) -> str:
    """The text as the stages read it: page furniture masked and a title-case headline in sentence case
    (both keep every offset)."""
    return sentence_case(mask_furniture(text))

# Characters per spaCy batch. The parser and NER precompute features for every token of a batch at once
# (about 5 KB a token), so this bounds a worker's working memory: 200,000 characters peaked near 840 MiB,
# 50,000 near 450 MiB, at the same speed (20,000 was 9% slower).
MAX_BATCH_CHARS = 50_000


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (YYYY-MM-DD, or a datetime string starting with one) as a date; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


# An invented text that runs every stage once (a role, an event, a quote, dates, an agreement), so that
# the stages' imports, tables and patterns load before the first real document.
WARM_UP = ("The foreign minister of Kenya resigned on Monday after talks with the rebels collapsed in Nairobi. "
           '"We will not negotiate under fire," President William Ruto said on Tuesday. '
           "The two sides signed a ceasefire agreement in Geneva in March 2021.")


class Extractor:
    """Holds the spaCy pipeline (loaded once) and runs the stages over documents."""

    def __init__(self, nlp: "Language | None" = None, *, model: str | None = None,
                 home_country: str | None = HOME_COUNTRY, dictionaries: "DictionariesArg" = None) -> None:
        """``home_country`` is the country whose politics the news reports (ISO alpha-3, a name or a
        demonym; None for none): its public named by its demonym ("Americans") and its capital taken
        for its people, which no record uses, are not actors (actors/_keep.py). ValueError for an
        unknown country. ``dictionaries`` are the user's actor dictionaries (paths of YAML, CSV or
        PETRARCH files, or :class:`newsgraph.actors.Dictionary` objects), consulted before the bundled
        ones for every document; a file that cannot be read is an InputError with its reason, raised
        before the model loads."""
        from .actors import load_dictionaries
        from .actors._keep import home_country as _home

        self.home_country = _home(home_country)
        self.dictionaries = load_dictionaries(dictionaries)
        if nlp is None:
            from .nlp import load_model

            nlp = load_model(model)
        self.nlp = nlp
        # The learned decisions (which actors are actors, which proposed events are events) can be
        # switched off (rule-only output, for baselines), and their candidates collected with their
        # features (for training).
        self.decide_actors = True
        self.decide_events = True
        # The learned trigger proposer: True for the shipped model, False for the lexicon alone, or a
        # model (the training script tries thresholds this way).
        self.propose_events: object = True
        # The learned modality model: True for the shipped one, False for the rules' reading, or a model.
        self.modality_events: object = True
        # The learned sentence coder: True for the shipped one, False for none, or a model.
        self.sentence_events: object = True
        self.collect: list | None = None
        # With ``collect``: whether the bare event nouns are collected too (a decider trained on them).
        self.collect_bare = False
        self.collect_modality: list | None = None
        self.collect_actors: list | None = None
        self.collect_sectors: list | None = None
        # The learned filling of the slots the rules leave empty: True for the shipped model, False for
        # none, or a model; ``collect_fillers`` receives its candidates (for training).
        self.fill_events: "LinearModel | bool" = True
        self.collect_fillers: list | None = None
        # The learned same-fact decision on pairs of events (events/_samefact.py): True for the shipped
        # model, False for none, or a model; ``collect_samefact`` receives its candidate pairs (for training).
        self.samefact_events: "LinearModel | bool" = True
        self.collect_samefact: list | None = None

    @property
    def rules_only(self) -> bool:
        """True when no learned component is applied."""
        return not (self.decide_actors or self.decide_events or self.propose_events or self.modality_events
                    or self.sentence_events)

    @rules_only.setter
    def rules_only(self, value: bool) -> None:
        self.decide_actors = self.decide_events = not value
        self.propose_events = self.modality_events = self.sentence_events = not value

    def warm(self) -> "Extractor":
        """Run every stage once on an invented text: the stages load their modules, tables and patterns
        lazily, at the first document, which then costs several times a later one. A server or a pool
        of workers warms its extractor before the first request or fork. The objects start-up made are then
        frozen out of the collector's walks (``_heap.startup_over``)."""
        self(Document(text=WARM_UP))
        # The bases' office holders by surname are read only for a dated document's lone surname that no
        # dictionary entry answers, which the warm-up text has none of; built here, the first such
        # document does not pay for them (0.15 s of CPU), nor does each worker of a pool after the fork.
        from .actors._dictionaries import bundled
        from .actors._people import _holder_index

        _holder_index()
        # So is the bundled persons' table of surnames spelt another way (Dictionary.lookup_spelling), read
        # at the first name of two capitalised words that no entry answers (about 0.07 s of CPU)
        bundled().actors.spellings()
        startup_over()  # what start-up made lives as long as the process: see _heap.py
        return self

    # -- one document -------------------------------------------------------------------------
    def __call__(self, document: Document) -> Result:
        return self.analyse(document, self._parse(document.text))

    def _parse(self, text: str) -> "Doc":
        from .nlp import doc_text

        masked = _readable(text)
        doc = self.nlp(masked)
        doc_text(doc, masked)
        return doc

    def parse(self, texts: Iterable[str]) -> Iterator["Doc"]:
        """spaCy docs of the texts as the pipeline reads them (page furniture masked), for ``analyse``;
        each doc keeps the masked text it was parsed from, so ``analyse`` does not mask it again."""
        from .nlp import doc_text

        for doc, masked in self.nlp.pipe(((m, m) for m in map(_readable, texts)), as_tuples=True):
            doc_text(doc, masked)
            yield doc

    def analyse(self, document: Document, doc: "Doc", *, nlp_seconds: float = 0.0) -> Result:
        """Run the stages after spaCy on an already parsed document."""
        timings: dict[str, float] = {"nlp": nlp_seconds}
        tick = _clock.perf_counter()

        def lap(stage: str) -> None:
            nonlocal tick
            now = _clock.perf_counter()
            timings[stage] = timings.get(stage, 0.0) + now - tick  # a stage may run twice ("roles")
            tick = now

        from .nlp import doc_text, index_sentences, known_text, release

        index_sentences(doc)  # shared by the stages, dropped again by release() below
        text = known_text(doc) or doc_text(doc, _readable(document.text))
        try:
            return self._stages(document, doc, text, timings, lap)
        finally:
            release(doc)
            settle()  # start-up is over: see _heap.py

    def _stages(self, document: Document, doc: "Doc", text: str, timings: dict[str, float], lap) -> Result:
        """The stages after spaCy; ``text`` is the document's text with its page furniture masked
        (``ingest._furniture``): the same length, so every offset is an offset into the text as read."""
        from . import actors as _actors
        from .actors._keep import keep as keep_actors
        from .actors._others import name_by_phrase
        from .actors._keep import VENUE_ACTS, keeper, setting_participants
        from .actors._people import code_speakers
        from .actors._publisher import publisher_names
        from .actors._sectors import fill_sectors, sector_model
        from .actors._political import event_named, left_to_rules, political, not_parties
        from . import agreements as _agreements
        from . import events as _events
        from . import quotes as _quotes
        from . import roles as _roles
        from .events._fillers import fill_slots
        from .events._owners import thing_owners
        from .events._samefact import fold_same_facts, samefact_model
        from .events._speakers import (act_authors, pair_parties, planned_story_recipients, speaking_actors,
                                       story_recipients)
        from . import time as _time
        from .ingest._kind import document_kind

        published = parse_date(document.published)
        if published is None:
            inferred = _time.infer_published(text)
            if inferred is not None:
                document.published = inferred.isoformat()
                document.published_inferred = True
                published = inferred
        if document.kind is None:  # the text as read: the model was trained on texts as the corpus gives them
            document.kind, document.kind_evidence = document_kind(document.text, document.title, document.url)
        lap("kind")
        timexes = _time.tag(text, published=published, doc=doc)
        lap("time")
        table = _actors.resolve(doc, published=published, text=document.text, title=document.title,
                                dictionaries=self.dictionaries)
        phrase_names = table.phrase_names  # the names groups take after the filters (name_by_phrase)
        lap("actors")
        dropped: list = []  # the candidates the decider drops
        events = _events.code(doc, actors=table, timexes=timexes, published=published,
                              decide=self.decide_events, collect=self.collect, propose_with=self.propose_events,
                              modality_with=self.modality_events, modality_collect=self.collect_modality,
                              sentence_with=self.sentence_events, dropped=dropped,
                              collect_bare=self.collect_bare)
        lap("events")
        roles = _roles.extract_roles(doc, actors=table, timexes=timexes, events=events, published=published)
        lap("roles")
        known = len(table.actors)
        quotes = _quotes.extract_quotes(doc, actors=table)
        code_speakers(table.actors[known:], published, doc, table)  # the persons the quotes stage added
        lap("quotes")
        # a speaker only the quotes stage names (a name followed by "North Korea's deputy foreign
        # minister, said") holds the office the text gives beside the name, as one the actors stage found does
        added = {a.id for a in table.actors[known:] if a.kind == "person"}
        if added:
            roles = sorted([*roles, *_roles.extract_roles(doc, actors=table, timexes=timexes, events=events,
                                                          published=published, only=added)],
                           key=lambda r: r.span)
            lap("roles")
        speaking_actors(events, quotes, doc)
        pair_parties(events, doc, table)
        act_authors(events, doc)
        thing_owners(events, doc, table)
        story = planned_story_recipients(events)  # from the rules' parties, given where the filler gives none
        ruled = {a for e in events for a in (*e.actor, *e.recipient)}
        # the slots the rules leave empty (events/_fillers.py)
        fills = (fill_slots(events, table, doc, quotes, model=self.fill_events, collect=self.collect_fillers)
                 if self.decide_events else [])
        story_recipients(events, plan=story)
        agreements = _agreements.extract_agreements(
            doc, actors=table, timexes=timexes, events=events, published=published
        )
        lap("agreements")
        # The actor filters come last. An actor that an event, role, quote or agreement uses stays, and
        # so, mostly, does every actor named in an event's sentence: the events stage attaches too few of
        # a sentence's parties to its events for a missing one to mean the name is no party (the PLOVER
        # records take even the place of an act as its target: "a curfew in Sudan"). An ordinary place
        # (a city, a province) where no act of force or restriction is done there is only where the
        # sentence's talks and statements happen ("talks in Lyon"), and is judged like any actor, as is a
        # state or a capital in which no event of the sentence is done ("talks in Geneva"); a group, a
        # named person and a body named only as a venue there are judged by the rules alone
        # (actors/_political.py). Of the others, those no mention of which is an argument of its sentence go (actors/_political.py),
        # and then those the learned filter judges junk (actors/_keep.py), which leaves alone an actor
        # one of whose names is the subject of a verb. A state or a capital of an event's sentence named
        # only as a setting ("bases in X", "traveled to X") goes there too, unless an event is done in it:
        # the filter reads the events' triggers for that. So does a city taken for its people named there only
        # where talks, statements or cooperation happen ("a summit in X"), not an act of force or a visit.
        # A city taken for its people that an event has only as its setting ("a meeting in X") leaves the
        # event's participants, and the table when no other record uses it (actors/_keep.py).
        settings = setting_participants(events, table, doc) if self.decide_actors else set()
        # the actors a role, a quote or an agreement uses: they stay whatever the events do
        records_use = {r.actor for r in roles} | {q.speaker for q in quotes if q.speaker} | {
            p for g in agreements for p in g.parties} | {c.party for g in agreements for c in g.commitments if c.party}
        if self.decide_actors:
            # A group named only by adjectives of things ("the anti-American protests", "the Republican
            # nomination") and a seat of government named only as a place ("a lunch at the White House")
            # are no parties, nor is whoever holds a post ("every new president", "a future president"):
            # they leave the table and the events they are participants of, whose act stays
            # (actors/_political.py, not_parties); one a quote, a role or an agreement uses stays.
            no_party = not_parties(table, doc) - records_use
            if no_party:
                for e in events:
                    e.actor = [a for a in e.actor if a not in no_party]
                    e.recipient = [a for a in e.recipient if a not in no_party]
                table = ActorTable.unindexed([a for a in table.actors if a.id not in no_party],
                                             [m for m in table.mentions if m.actor not in no_party])
        used = {a for e in events for a in (*e.actor, *e.recipient)} | records_use
        # A party only the filler gave an event keeps no actor the filters would drop: the filler's
        # guess is no evidence that a name the filters judge junk is an actor (on dev such parties were
        # all junk); the fill is undone below where its actor goes.
        used -= {a for _e, _slot, a in fills} - ruled - records_use
        # Nor does the party an event noun names as whom it is done to when it names no actor ("the attack
        # on the consulate in Benghazi", events.TARGET_ONLY_P): such a noun often names a site, not a party
        # (train, session 32: the places it kept were junk); it is undone below where its actor goes.
        targeted = {a for e in events if e.coder == "target" for a in (*e.actor, *e.recipient)}
        used -= targeted - {a for e in events if e.coder != "target" for a in (*e.actor, *e.recipient)} - records_use
        named = event_named(table, doc, [e for e in events if e.coder == "word"])
        # A state named in the sentence of a candidate the decider drops is judged as in an event's
        # sentence: it is still a party to what the sentence tells (the PLOVER records code it as the act's target:
        # "agreed to extend the mandate of the force in X"): the decider judges whether the corpus
        # annotators coded the event, not whether the state takes part in it.
        named |= {a.id for a in table.actors if a.kind == "country"} & event_named(table, doc, dropped)
        table = political(table, doc, keep=used | (named - left_to_rules(table, doc, named - used)))
        if self.collect_actors is not None or (self.decide_actors and keeper() is not None):
            table = keep_actors(table, doc, decide=self.decide_actors, collect=self.collect_actors,
                                keep=used, named=named - used, home=self.home_country,
                                acts={e.trigger["span"][0] for e in events if e.trigger and e.coder != "target"},
                                settings=settings, filled={a for _e, _slot, a in fills},
                                quoted=[q.span for q in quotes if q.kind != "indirect"],
                                publisher=publisher_names(document.url),
                                venues={e.trigger["span"][0] for e in events
                                        if e.trigger and e.event in VENUE_ACTS and e.mode != "visit"})
        if self.collect_sectors is not None or self.decide_actors:
            # the learned sector of the kept actors the rules leave with none (actors/_sectors.py)
            fill_sectors(table, doc, model=sector_model() if self.decide_actors else None,
                         collect=self.collect_sectors)
        kept = {a.id for a in table.actors}
        for e, slot, a in fills:
            if a not in kept and a in getattr(e, slot):
                getattr(e, slot).remove(a)
        if targeted - kept:
            for e in events:
                if e.coder == "target":
                    e.actor = [a for a in e.actor if a in kept]
                    e.recipient = [a for a in e.recipient if a in kept]
            # an event noun left with no party is a bare noun, no event (events._trigger_event)
            events = [e for e in events if e.coder != "target" or e.actor or e.recipient]
        name_by_phrase(table, phrase_names)  # "Republican senators": the filters judged "Republican"
        lap("filter")
        # one event per fact across the document, decided last, on the participants the records keep
        # (events/_samefact.py); it changes no actor
        if self.decide_events and (self.samefact_events is not False or self.collect_samefact is not None):
            sf_model = (samefact_model() if self.samefact_events is True else (self.samefact_events or None))
            events = fold_same_facts(events, doc, sf_model, self.collect_samefact)
        timings["actors"] += timings.pop("filter")  # the actors stage's time includes its filters
        _as_read([*events, *roles, *quotes, *agreements, *(c for a in agreements for c in a.commitments), *timexes,
                  *table.mentions], text, document.text)
        return Result(document=document, actors=table.actors, events=events, roles=roles,
                      quotes=quotes, agreements=agreements, timexes=timexes, timings=timings,
                      mentions=table.mentions)

    # -- many documents -----------------------------------------------------------------------
    def pipe(self, documents: Iterable[Document], *, batch_size: int = 32,
             max_chars: int = MAX_BATCH_CHARS) -> Iterator[Result]:
        """Results for documents in order, parsing in batches with ``nlp.pipe``.

        A batch closes at ``batch_size`` documents or ``max_chars`` characters, whichever comes first:
        spaCy's working memory grows with the text of a batch, so the cap keeps a worker's peak memory
        the same however long the run and however long-tailed the article lengths (one document longer
        than the cap is a batch of its own).
        """
        batch: list[Document] = []
        chars = 0
        for document in documents:
            if batch and (len(batch) >= batch_size or chars + len(document.text) > max_chars):
                yield from self._run_batch(batch)
                batch, chars = [], 0
            batch.append(document)
            chars += len(document.text)
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> Iterator[Result]:
        # A memory zone frees the strings spaCy adds while reading the batch, so a long run stays flat in
        # memory; the results are plain records and hold nothing of the docs.
        zone = getattr(self.nlp, "memory_zone", None)
        with zone() if zone is not None else contextlib.nullcontext():
            start = _clock.perf_counter()
            docs = list(self.parse(d.text for d in batch))
            per_doc = (_clock.perf_counter() - start) / max(1, len(batch))
            results = [self.analyse(document, doc, nlp_seconds=per_doc) for document, doc in zip(batch, docs)]
            del docs
        _release_memory()
        yield from results


def _release_memory() -> None:
    """Give the heap's free pages back to the system (glibc ``malloc_trim``) once a batch's arrays are freed,
    so a long-running worker's resident memory follows what it holds, not its largest batch so far."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to do
        return None


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    model: str | None = None,
    home_country: str | None = HOME_COUNTRY,
    dictionaries: "DictionariesArg" = None,
    ref: str | None = None,
) -> Result:
    """Read one English news text and return every record of the output contract.

    ``published`` (an ISO date) anchors relative time expressions; without it the date is inferred
    from the text where possible and flagged as inferred. ``home_country`` is the country whose
    politics the news reports, ``dictionaries`` the user's actor dictionaries consulted first (see
    :class:`Extractor`); a dictionary file is read again when it changes. ``ref`` is your own id for
    the text, kept as the document's ``ref``.
    """
    if not isinstance(text, str):
        raise InputError(f"extract() takes a str, not {type(text).__name__}")
    if not text.strip():
        raise InputError("empty text: nothing to read")
    pub = parse_date(published)
    document = Document(text=text, title=title, url=url, source=source,
                        published=pub.isoformat() if pub else None)
    if ref is not None:
        from .ingest import valid_ref

        document.ref = valid_ref(ref)
    return _default_extractor(model, home_country, dictionaries)(document)


_EXTRACTORS: dict[tuple, Extractor] = {}


def _dictionaries_key(dictionaries: list) -> tuple:
    """What tells one setting of ``dictionaries`` from another: a file by its path and its last change,
    a Dictionary object by itself (held in the key, so its identity is never another's)."""
    from pathlib import Path

    from .actors import Dictionary

    key: list = []
    for d in dictionaries:
        if isinstance(d, Dictionary):
            key.append(d)
        else:
            path = Path(d)
            try:
                key.append((str(path.resolve()), path.stat().st_mtime_ns))
            except OSError:  # missing: the extractor's loading says so, with the path
                key.append((str(path), None))
    return tuple(key)


def _default_extractor(model: str | None, home_country: str | None = HOME_COUNTRY,
                       dictionaries: "DictionariesArg" = None) -> Extractor:
    from .actors import dictionary_sources

    dictionaries = dictionary_sources(dictionaries)  # an iterator is read once, for the key and the extractor
    key = (model, home_country, _dictionaries_key(dictionaries))
    ex = _EXTRACTORS.get(key)
    if ex is None:
        # another setting shares the spaCy pipeline already loaded for the model
        loaded = next((e.nlp for (m, _h, _d), e in _EXTRACTORS.items() if m == model), None)
        ex = _EXTRACTORS[key] = Extractor(loaded, model=model, home_country=home_country, dictionaries=dictionaries)
    return ex

