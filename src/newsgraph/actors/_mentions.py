"""Name mentions: spaCy entities and dictionary matches, cleaned, typed and corrected by the document."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.strings import StringStore

from ..nlp import ARRAY_COLUMNS, doc_text, entities, lowers, span_text, token_array, tokens, word_positions
from ._agents import SPEAKER_NOUNS, THING_NOUNS, _role
from ._dictionaries import Bundled, Entry, norm
from ._dictionaries import bundled as _bundled

__all__ = ["Cand", "collect", "person_evidence", "bare_surnames", "short_org_names"]

_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_QUOTES = set("\"'“”‘’«»`")
# Platforms a statement is posted on: named as the medium ("wrote on Twitter", "took to Facebook", "a
# video posted to YouTube") they are no actor (corpus/GUIDELINES.md, section 1); the company acting in
# politics ("Twitter suspended the account") is named otherwise and stays.
_PLATFORMS = frozenset({"twitter", "facebook", "youtube", "instagram", "snapchat", "tiktok", "reddit", "linkedin",
                        "weibo", "telegram", "whatsapp"})
# Laws, trade pacts, programmes, market indices and products that news names like a body ("NAFTA",
# "Obamacare", "the Dow"): the guidelines count none of them as an actor (corpus/GUIDELINES.md, section
# 1: "a law is not an actor"). A name whose last word says so ("the Paris Agreement") is no name either
# (:data:`_DOCUMENT_HEADS`), and one of an event ("the Iraq war") is left out later, by that word
# (actors/_political.py). "Brexit" stays a name: its supporters and critics are
# actors named by it ("Brexit supporters").
NO_ACTOR_NAMES = frozenset({"nafta", "usmca", "tpp", "obamacare", "medicare", "medicaid", "dow",
                            "nasdaq", "s&p 500", "ftse", "nikkei", "iphone", "iphones", "ipad", "ipads"})
# The last words of the names of laws, treaties and pacts ("the Intermediate-Range Nuclear Forces Treaty",
# "the Phase One Trade Deal", "the Patriot Act"), which the annotators never code as an actor
# (corpus/GUIDELINES.md, section 1: "a law is not an actor"; no train or dev annotated actor is such a
# name). The keep step drops such an actor (``_political.no_actor_name``) unless an event uses it, and the
# events do take a treaty for a party ("withdraw from the X Treaty"): the name is no candidate at all.
# Events, summits and wars are left to the keep step: their names end in words a body's name ends in too
# ("Democratic National Convention").
_DOCUMENT_HEADS = frozenset({"treaty", "treaties", "agreement", "accord", "accords", "pact", "act", "protocol",
                             "charter", "deal", "amendment"})
# The words that close a photo credit glued to a name by a slash ("REUTERS/Jane Roe", "Jane Roe/File Photo").
# Particles that begin a European surname: a word before one is the first name ("Marine Le Pen"). The
# Arabic "al" and "bin" are left out, as a title stands before them ("Sheikh Al Thani").
_SURNAME_PARTICLES = frozenset({"le", "la", "de", "du", "des", "di", "da", "del", "della", "van", "von", "der", "den",
                                "dos", "das"})
_CREDIT_WORDS = frozenset({"reuters", "ap", "afp", "getty", "file", "handout", "pool", "epa", "politico", "photo"})


@dataclass(slots=True)
class Cand:
    """One name in the text with what it was first taken for."""

    start: int
    end: int
    text: str
    label: str  # spaCy label, or DICT for a dictionary match
    kind: str | None = None  # person | country | demonym | organization | group | None (undecided)
    iso: str | None = None
    entry: Entry | None = None
    cluster: object = None
    titles: list = field(default_factory=list)
    sector: str | None = None  # the agent noun a group name modifies tells it: "Tamil refugees" -> REF
    phrase: str | None = None  # a group's name with the agent noun it modifies: "Republican senators"


# Columns of ``token_array`` and part-of-speech ids as it holds them (``pos == _PROPN`` is ``pos_ == "PROPN"``:
# a part of speech is a symbol, whose id every string store gives alike).
_COL = {name: k for k, name in enumerate(ARRAY_COLUMNS)}
_PROPN = StringStore().as_int("PROPN")
_NOUN = StringStore().as_int("NOUN")
_NOT_RUN_START = [StringStore().as_int(p) for p in ("PRON", "DET", "AUX")]
_DET = StringStore().as_int("DET")
_OPENING_POS = frozenset(StringStore().as_int(p) for p in ("AUX", "VERB", "ADV", "SCONJ", "INTJ"))


def _clean(doc, start: int, end: int, toks: list, pos: list[int]) -> tuple[int, int]:
    """``toks``: the shared token list (``tokens``; indexing the Doc makes a new Token each time); ``pos``:
    the tokens' part-of-speech ids (the ``token_array`` column; ``pos_`` is a string-store read)."""
    while start < end:
        t = toks[start]
        if not (pos[start] == _DET or t.is_punct or t.text in _QUOTES):
            break
        start += 1
    # "Say Mexico demanded": a sentence-opening verb or adverb the tagger took into the name
    if end - start > 1 and pos[start] in _OPENING_POS and toks[start].is_sent_start:
        start += 1
    for i in range(start + 1, end):  # "CBS News ‘Face The Nation": stop at an opening quote
        t = toks[i]
        if t.is_quote or t.text in _QUOTES:  # the flag first: cheaper to read than the text
            end = i
            break
    while end > start:
        t = toks[end - 1]
        if not (t.is_punct and t.text != "." or t.tag_ == "POS" or t.text in _QUOTES):
            break
        end -= 1
    return start, end


def _surface(toks: list, text: str, start: int, end: int) -> str:
    """The name's text without a possessive ending; ``toks`` and ``text`` are the document's shared token
    list and text (the span's text without a call per name)."""
    last = toks[end - 1]
    text = text[toks[start].idx:last.idx + len(last)]
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _dictionary_extension(doc, start: int, end: int, lookup_entry, agents: dict[str, str],
                          toks: list, low: list[str]) -> int:
    """Where a name ends when a one-word entity and the capitalised words spaCy left untagged after it
    make an organisation or group the dictionaries know ("Islamic" + "State", also where spaCy tagged
    "State" an entity of its own); else ``end``. A name the entity already is stays, and a longer
    name that ends inside another entity is none, and so is an office ("German" + "Chancellor",
    "U.S." + "Trade Representative": a title the next name's person holds)."""
    if end - start != 1:  # (the test first: most names are not one word)
        return end
    if end >= len(toks) or not (toks[end].is_title or toks[end].is_upper) or toks[end].is_punct:
        return end  # (the loop below would stop at the word after the name: most names)
    if lookup_entry(span_text(doc, start, end)) is not None:
        return end
    sent_end = toks[start].sent.end
    best = end
    for stop in range(end + 1, min(end + 3, sent_end) + 1):
        t = toks[stop - 1]
        if not (t.is_title or t.is_upper) or t.is_punct:
            break
        # an entity after the word ("State" tagged ORG) goes in only whole
        whole = not t.ent_type_ or stop == len(doc) or toks[stop].ent_iob_ != "I"
        entry = lookup_entry(span_text(doc, start, stop))
        if low[stop - 1] in agents:
            break
        if whole and entry is not None and entry.kind in ("organization", "group"):
            best = stop
    return best


def _dictionary_prefix(doc, start: int, end: int, lookup_entry, toks: list, covered: set[int]) -> int:
    """Where a name starts when capitalised words spaCy left untagged before an entity make, with it, an
    organisation or group the dictionaries know ("Doctors Without" + "Borders", of which the tagger takes
    only the last word for a body, "Reporters Without" + "Borders"); else ``start``. Only untagged words:
    a name or a place before the entity stays its own mention ("U.S." + "Navy"). The body then has the
    dictionary's country, not the one its sentence names ("Doctors" read as doctors of the country the
    sentence is about)."""
    if start == 0 or toks[start].is_sent_start:
        return start
    before = toks[start - 1]  # most entities: no capitalised untagged word before them, no look-up
    if not (before.is_title or before.is_upper) or before.is_punct or before.ent_type_:
        return start
    if lookup_entry(span_text(doc, start, end)) is not None:
        return start
    best = start
    for first in range(start - 1, max(start - 3, 0) - 1, -1):
        t = toks[first]
        if not (t.is_title or t.is_upper) or t.is_punct or t.ent_type_ or first in covered:
            break
        entry = lookup_entry(span_text(doc, first, end))
        if entry is not None and entry.kind in ("organization", "group"):
            best = first
        if t.is_sent_start:
            break
    return best


def collect(doc, bundled: Bundled, lookup_entry) -> list[Cand]:
    """Candidate name mentions: spaCy's entities plus dictionary matches among capitalised tokens."""
    cands: list[Cand] = []
    covered: set[int] = set()
    taken = 0  # the end of the last name that took in the entities after it
    # the shared token list, lower-case words and text, handed to the helpers each name calls (a call
    # to fetch them per name and helper cost more than the few words they read)
    toks, low, text = tokens(doc), lowers(doc), doc_text(doc)
    arr = token_array(doc)
    pos = arr[:, _COL["POS"]]
    pos_ids = pos.tolist()
    for ent in entities(doc):
        label = ent.label_  # (read once: a string-store look-up)
        if label not in _LABELS or ent.start < taken:
            continue
        start, end = _clean(doc, ent.start, ent.end, toks, pos_ids)
        if label == "PERSON" and lookup_entry(span_text(doc, start, end)) is None:
            # "Archbishop Desmond Tutu": the title is no part of the name; but a capitalised surname
            # particle after the word makes the word a first name ("Marine Le Pen", "Major Van Dyke")
            while end - start > 1 and low[start].strip(".") in bundled.agents and toks[start + 1].is_title and not (
                    end - start > 2 and low[start + 1] in _SURNAME_PARTICLES and toks[start + 2].is_title):
                start += 1
            # a title of two words before a name of two words or more: "Crown Prince Hussein bin Abdullah"
            # (an honorific the agent dictionary holds no sector for stays: "Ayatollah", "Sheikh", which the
            # roles stage would read as an office, and the title words before it as a longer one)
            while end - start > 3 and toks[start + 1].is_title and toks[start + 2].is_title and (
                    f"{low[start]} {low[start + 1]}" in bundled.agents):
                start += 2
        if start >= end:
            continue
        if label == "PERSON":
            end = _hyphened_end(toks, end)
        if _no_actor_here(doc, start, end, lookup_entry, toks, low):
            covered.update(range(ent.start, ent.end))  # nor a dictionary match of its words
            continue
        earlier = _dictionary_prefix(doc, start, end, lookup_entry, toks, covered) if label == "ORG" else start
        if earlier < start:
            start, label = earlier, "DICT"
        longer = _dictionary_extension(doc, start, end, lookup_entry, bundled.agents, toks, low)
        if longer > end:
            # "Islamic State" tagged NORP "Islamic" and nothing: the dictionary's longer name is the mention
            end, label, taken = longer, "DICT", longer
        cands.append(Cand(start, end, _surface(toks, text, start, end), label))
        covered.update(range(min(ent.start, start), max(ent.end, end)))
    # dictionary matches spaCy missed: capitalised runs, longest first, at most four tokens. The tokens a
    # run may start on (capitalised, no punctuation, no pronoun, determiner or auxiliary: a few in a
    # hundred) are picked from the document's columns at once, and only they are visited.
    startable = ((arr[:, _COL["IS_TITLE"]] | arr[:, _COL["IS_UPPER"]]) == 1) & (arr[:, _COL["IS_PUNCT"]] == 0)
    for p in _NOT_RUN_START:  # (numpy.isin costs more than three comparisons here)
        startable &= pos != p
    run_starts = numpy.flatnonzero(startable).tolist()
    k, resume = 0, 0  # the next run start to visit; the token after the last run read
    for sent in doc.sents:
        sent_end = sent.end
        while k < len(run_starts) and run_starts[k] < sent_end:
            i = run_starts[k]
            k += 1
            if i < resume or i in covered:
                continue
            t = toks[i]
            hit = 0
            for n in range(min(4, sent_end - i), 0, -1):
                last = toks[i + n - 1]
                if not covered.isdisjoint(range(i, i + n)) or not (last.is_title or last.is_upper):
                    continue
                surface = text[t.idx:last.idx + len(last)]  # the span's text, without making a Span
                key = norm(surface)
                if len(key) < 2:
                    continue
                if key in bundled.countries or key in bundled.demonyms:
                    if n == 1 and _inside_longer_name(toks, i, key, bundled, covered):
                        break
                    hit = n
                elif n > 1 or pos_ids[i] == _PROPN:
                    entry = lookup_entry(surface)
                    if entry is not None and entry.kind != "person":
                        hit = n
                if hit:
                    break
            if hit and _no_actor_here(doc, i, i + hit, lookup_entry, toks, low):
                resume = i + hit
            elif hit:
                cands.append(Cand(i, i + hit, span_text(doc, i, i + hit), "DICT"))
                covered.update(range(i, i + hit))
                resume = i + hit
    cands.sort(key=lambda c: c.start)
    return cands


# Words a hyphen joins to a name that make a modifier, not a longer name: "Bush-era", "Roe-led"
_NAME_AFFIXES = frozenset({"era", "led", "run", "like", "ism", "ite", "ites", "type", "free", "made"})


def _hyphened_end(toks: list, end: int) -> int:
    """Where a person's name ends that spaCy cut at a hyphen: "Moon Jae-in", "Kim Jong-un" tagged "Moon Jae",
    "Kim Jong", whose last syllable, joined by a hyphen with no space, is the given name's (a Korean given
    name of two syllables); else ``end``. Only a lower-case syllable of letters follows: "Jay Roe-Doe" is
    one word to the tagger, and "Roe-led" or "Roe-era" would be no name's."""
    if end + 2 > len(toks) or toks[end].text != "-" or toks[end - 1].whitespace_ or toks[end].whitespace_:
        return end
    last = toks[end + 1]
    if last.is_lower and last.is_alpha and len(last) <= 4 and last.lower_ not in _NAME_AFFIXES and (
            toks[end - 1].is_title and len(toks[end - 1]) <= 4):
        return end + 2
    return end


def _inside_longer_name(toks: list, i: int, key: str, bundled: Bundled, covered: set[int]) -> bool:
    """Whether a one-word town of the gazetteer at token ``i`` ends a longer proper name the entity
    tagger left untagged ("the Rio Grande Valley", "the Jordan River Valley": "Valley" is Anguilla's
    capital): a capitalised proper noun that is no name of its own stands right before it. A country's
    own name ("East Syria") is no town and stays."""
    if key not in bundled.places or i == 0 or i - 1 in covered:
        return False
    before = toks[i - 1]
    return before.pos_ == "PROPN" and before.is_title and not before.is_sent_start and (
        norm(before.text) not in bundled.countries and norm(before.text) not in bundled.agents)


def _no_actor_here(doc, start: int, end: int, lookup_entry, toks: list | None = None,
                   low: list[str] | None = None) -> bool:
    """Whether the name at tokens [start, end) is, by its place in the text, page furniture or a medium
    rather than a party (corpus/GUIDELINES.md, section 1: photo credits and bylines are no actors):

    - a platform a statement is posted on ("said on Twitter", "took to Facebook");
    - a photo credit glued to a name by a slash ("REUTERS/Jane Roe", "Jane Roe/File Photo", "X/Handout");
    - a reporter's credit: a name followed by "reported from" and a place that ends the sentence, or by
      "contributed to this report" ("Jane Roe reported from Ruritania.");
    - a related-story link in parentheses ("( Also on OUTLET: Headline with names )");
    - an outlet's credit in a dateline, in parentheses at the head of a line ("CITY, STATE (Wire) -",
      "CITY (Network) The president ...");
    - an outlet that owns a quoted programme's title ("said on Network's 'Sunday Show'"): the show is
      the medium, and a programme is no actor;
    - the name of a law, a trade pact, a programme, a market index or a product (:data:`NO_ACTOR_NAMES`:
      "NAFTA", "Medicare", "the Dow"), or a law's, a treaty's or a pact's name by its last word ("the Phase
      One Trade Deal", "the Intermediate-Range Nuclear Forces Treaty": :func:`_document_name`);
    - a common noun for things (craft, barracks, settlements) that the entity tagger takes for a name
      because it opens its sentence ("Warplanes struck the town");
    - a verb of an idiom that opens its sentence, which the entity tagger takes for a name (for the body
      one of whose short names it spells: "Fed up with ..." read as the Federal Reserve) while the tagger
      reads it as a verb before a particle or a preposition (:func:`_opening_phrasal_verb`);
    - the make or model of an aircraft ("a Black Hawk helicopter", "the V-22 Osprey aircraft"), which the
      tagger reads as a person or a body (:func:`_model_of_aircraft`).

    Only the tokens next to the name are read, so the check costs the same for any document. ``toks``
    and ``low`` are the shared token list and lower-case words (``tokens``, ``lowers``) when the caller
    holds them."""
    if toks is None or low is None:
        toks, low = tokens(doc), lowers(doc)  # the shared lists: indexing the Doc makes a new Token each time
    first, last = toks[start], toks[end - 1]
    n = len(toks)
    if end - start <= 2 and norm(span_text(doc, start, end)) in NO_ACTOR_NAMES:
        return True
    if _stance_modifier(toks, low, start, end):
        return True
    if _document_name(toks, low, start, end):
        return True
    if end - start == 1 and first.is_sent_start and low[start] in THING_NOUNS:
        return True  # "Warplanes struck ...": a common noun for things, capitalised as it opens the sentence
    if end - start == 1 and _opening_phrasal_verb(toks, start, n):
        return True
    if _model_of_aircraft(toks, start, end, lookup_entry, low):
        return True
    if end - start == 1 and low[start] in _PLATFORMS:
        prep = toks[start - 1] if start > 0 else None
        # "to" only under a verb ("posted to YouTube", "took to Twitter"; not "access to YouTube")
        if prep is not None and (low[start - 1] in ("on", "via", "through")
                                 or low[start - 1] == "to" and prep.head.pos_ in ("VERB", "AUX")):
            return True
    # the credit word on the slash's other side ("REUTERS/" before a photographer), or the name's own
    # word before a slash ("REUTERS" in "REUTERS/Jane Roe"); a slash is its own lower case
    if start > 1 and low[start - 1] == "/" and low[start - 2] in _CREDIT_WORDS:
        return True
    if end + 1 < n and low[end] == "/" and (low[end + 1] in _CREDIT_WORDS or low[end - 1] in _CREDIT_WORDS):
        return True
    if "/" in low[start] or "/" in low[end - 1]:
        if {w.lower() for t in (first, last) for w in t.text.split("/")} & _CREDIT_WORDS:
            return True
    if end + 2 < n and _reporting_credit(doc, end, low):
        return True
    if end + 1 < n and toks[end].tag_ == "POS" and (toks[end + 1].is_quote or toks[end + 1].text in _QUOTES) and (
            _outlet(lookup_entry(span_text(doc, start, end)))):
        return True  # a programme's credit, "NBC's 'Meet the Press'": the show, named by its outlet
    if _related_link(doc, start, low):
        return True
    if start > 0 and end < n and low[start - 1] == "(" and low[end] == ")":
        text = doc_text(doc)
        line = text.rfind("\n", 0, toks[start - 1].idx) + 1
        if toks[start - 1].idx - line <= 40 and _outlet(lookup_entry(span_text(doc, start, end))):
            return True
    return False


def _document_name(toks: list, low: list[str], start: int, end: int) -> bool:
    """Whether the name at [start, end) is a law's, a treaty's or a pact's: two words or more, the last a
    capitalised :data:`_DOCUMENT_HEADS` word that the entity tagger does not read as a person's ("the
    Paris Agreement", "the Joint Comprehensive Plan of Action"; not "Gov. Nathan Deal")."""
    if end - start < 2:
        return False
    last = toks[end - 1]
    if low[end - 1] == "action":  # "Plan of Action"; "Heritage Action" is a body
        return end - start >= 3 and low[end - 3] == "plan" and low[end - 2] == "of"
    return low[end - 1] in _DOCUMENT_HEADS and last.is_title and last.ent_type_ != "PERSON"


_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBG"})
_STANCE_WORDS = ("pro", "anti")


def _stance_modifier(toks: list, low: list[str], start: int, end: int) -> bool:
    """Whether the name at [start, end) is a stance before the noun it modifies ("Pro-Brexit campaigners",
    "Anti-Brexit lawmakers"), which the entity tagger may take for a body's name: the people the noun
    names hold the stance, and they are the actor (a group in the text's words), not a body "Pro-Brexit"."""
    if low[start] in _STANCE_WORDS:
        if end - start < 3 or low[start + 1] != "-":
            return False
    elif not low[start].startswith(("pro-", "anti-")):
        return False
    last = toks[end - 1]
    head = last.head
    if not (last.dep_ in ("amod", "compound", "nmod") and head.i >= end and head.pos_ == "NOUN" and head.i - end <= 2):
        return False
    # only where the agent phrases read the noun's phrase as the actor (an agent or speaker noun, an argument
    # of its verb): "an attack by pro-Russian rebels", "a pro-Romney group" keep the name, else no actor is left
    lower = head.lower_
    return (lower in _bundled().agents or lower in SPEAKER_NOUNS) and _role(head)


def _opening_phrasal_verb(toks: list, start: int, n: int) -> bool:
    """The one word at ``start`` opens its sentence, the tagger reads it as a verb and a particle or a
    preposition follows it ("Fed up with the delays, ...", "Backed by the army, ..."): a participle's clause
    set before the sentence's subject, whose capital letter only marks where the sentence begins. A body's
    short name that opens a sentence is read as a proper noun and is followed by its verb ("Fed raises
    rates")."""
    first = toks[start]
    if not first.is_sent_start or first.tag_ not in _VERB_TAGS or start + 1 >= n:
        return False
    return toks[start + 1].tag_ in ("RP", "IN")


# Aircraft nouns after a make or model's name; no "bomber", "fighter" (people too), nor "drone",
# "missile" or "rocket" (whose owner comes before them: "a U.S. drone", "Hamas rockets").
_AIRCRAFT = frozenset({"helicopter", "helicopters", "aircraft", "jet", "jets", "plane", "planes", "airplane",
                       "airplanes", "airliner", "airliners", "jetliner", "jetliners"})
# the words of an armed force's name, whose aircraft are the force ("Air Force cargo planes")
_FORCE_WORDS = frozenset({"air", "force", "forces", "navy", "army", "military", "marine", "marines", "guard"})


def _model_of_aircraft(toks, start: int, end: int, lookup_entry, low: list[str] | None = None) -> bool:
    """A name that ends in, or comes right before, an aircraft noun and that the dictionary does not know,
    with no state and no armed force in it: the make or model ("Black Hawk helicopter", "an Osprey
    aircraft"), not the aircraft's owner ("Israeli jets", "Air Force planes", "Boeing jets")."""
    last = toks[end - 1]
    if low is not None:  # the caller's lower-case words: most names leave at these two tests
        if low[end - 1] not in _AIRCRAFT and (end >= len(toks) or low[end] not in _AIRCRAFT):
            return False
    nxt = toks[end] if end < len(toks) else None
    if last.lower_ in _AIRCRAFT:
        words = toks[start:end - 1]
    elif nxt is not None and nxt.lower_ in _AIRCRAFT and last.dep_ == "compound":
        words = toks[start:end]
    else:
        return False
    if not words or any(t.ent_type_ in ("GPE", "NORP") or t.lower_ in _FORCE_WORDS for t in words):
        return False
    return lookup_entry(" ".join(t.text for t in words)) is None


_CREDIT_NOUNS = frozenset({"report", "article", "story"})


def _related_link(doc, start: int, low: list[str] | None = None) -> bool:
    """The name stands inside a parenthesised link to another story, "( Also on OUTLET: headline )", at
    most sixteen words after its opening: the headline's names are no parties to this story."""
    if low is None:
        low = lowers(doc)  # the words as the document's shared list ("(" and ")" are their own lower case)
    if "also" not in low[max(0, start - 16):start]:  # most names: one scan of a list slice
        return False
    for i in range(start - 1, max(-1, start - 17), -1):
        if low[i] == ")":
            return False
        if low[i] == "also" and i > 0 and low[i - 1] == "(" and i + 1 < len(low) and low[i + 1] == "on":
            return True
    return False


def _reporting_credit(doc, end: int, low: list[str] | None = None) -> bool:
    """The words after a name make it a reporter's credit: "reported from" a place that ends its
    clause within four words ("... reported from Ruritania.", "X reported from A, Y from B"), or "contributed to this report"
    ("contributed reporting"). A report with a content goes on ("reported from the capital that ...")."""
    if low is None:
        low = lowers(doc)  # the words as the document's shared list: a Token's lower_ is a string-store read
    verb, nxt = low[end], low[end + 1]
    if verb == "reported" and nxt == "from":
        for w in low[end + 3:min(len(low), end + 7)]:
            if w in ("that", "on", "in", "about"):
                return False
            if w in (".", ","):  # (their own lower case)
                return True
        return False
    if verb == "contributed":
        if nxt == "reporting":
            return True
        return nxt == "to" and end + 3 < len(low) and low[end + 2] == "this" and low[end + 3] in _CREDIT_NOUNS
    return False


def _outlet(entry: Entry | None) -> bool:
    return entry is not None and entry.kind != "person" and bool(entry.codes) and entry.codes[0][0][3:6] == "JRN"


def person_evidence(cands: list[Cand]) -> tuple[set[str], set[str]]:
    """Names spaCy tagged PERSON somewhere in the document, and the single words of those names; a
    hyphenated surname counts as one word, in its two normalised words ("Jay Roe-Doe": "roe doe"), as
    the tagger often takes it alone for an organisation. Not a particle and a surname ("al-Roe": its
    first part has fewer than three letters), which the text shortens to the surname itself."""
    names: set[str] = set()
    words: set[str] = set()
    for c in cands:
        if c.label == "PERSON":
            key = norm(c.text)
            names.add(key)
            parts = key.split()
            if len(parts) > 1:
                words.add(parts[-1])
                last = c.text.split()[-1].split("-")
                if len(parts) > 2 and len(last) == 2 and min(len(last[0]), len(last[1])) >= 3:
                    words.add(" ".join(parts[-2:]))
            else:
                words.add(key)
    return names, words


def bare_surnames(doc, cands: list[Cand], pnames: set[str]) -> list[Cand]:
    """A person's surname standing alone where spaCy tagged nothing ('Tester said'): a mention. The
    surname is a full name's last word, or a one-word name spaCy tagged PERSON elsewhere in the
    document; the word may be tagged a common noun, as the tagger reads a surname that opens a
    sentence ('Tester on Friday rejected ...')."""
    surnames = {p.split()[-1] for p in pnames}
    if not surnames:
        return cands
    covered = {i for c in cands for i in range(c.start, c.end)}
    toks = tokens(doc)
    found = [i for i in _lone_proper_nouns(doc, nouns=True) if i not in covered and toks[i].lower_ in surnames]
    # a misread word only where a full name gives the surname ("Brexit" tagged PERSON once is no name)
    found += _misread_surnames(doc, {p.split()[-1] for p in pnames if " " in p}, covered)
    extra = [Cand(i, i + 1, toks[i].text, "PERSON") for i in found]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


# Labels spaCy gives a surname it reads as a thing ("May" a month, "Romney" a product, "Trump" a
# title of a work): no actor is read from such an entity, so the surname is otherwise lost.
_THING_LABELS = frozenset({"DATE", "TIME", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
# Parts of speech the tagger gives a surname it reads as another word ("May said" a modal, "Trump then
# pointed" a verb); a surname tagged a noun or a proper noun is :func:`_lone_proper_nouns`'s.
_MISREAD_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "INTJ"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# words before a month's name that make it a date ("in May", "early May", "last May")
_DATE_BEFORE = frozenset({"early", "late", "mid", "last", "next", "this", "of"})


def _misread_surnames(doc, surnames: set[str], covered: set[int]) -> list[int]:
    """The title-case words that are a surname of the document's persons and that the tagger read as
    another word (:data:`_MISREAD_POS`) or as a one-word entity of a thing (:data:`_THING_LABELS`,
    the possessive aside), standing alone: no proper noun next to them, nor a hyphen ("anti-Roe
    rallies": the surname modifies). A surname tagged a date is a month where a preposition, a
    determiner or a date word comes before it or a number after it ("in May", "May 5")."""
    low = lowers(doc)
    toks = tokens(doc)
    n = len(low)
    out = []
    for i in word_positions(doc, surnames):  # the surnames' tokens only, in the order of the text
        if i in covered:
            continue
        t = toks[i]
        if not t.is_title:
            continue
        label = t.ent_type_
        if label:
            if label not in _THING_LABELS or t.ent_iob_ != "B":
                continue
            if i + 1 < n and toks[i + 1].ent_iob_ == "I" and not (
                    low[i + 1] in _POSSESSIVE and (i + 2 == n or toks[i + 2].ent_iob_ != "I")):
                continue  # a longer entity: a title or a date of several words
        elif t.pos_ not in _MISREAD_POS:
            continue
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < n else None
        if prev is not None and (prev.pos_ == "PROPN" or prev.text == "-"):
            continue
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text == "-"):
            continue
        if label in ("DATE", "TIME") and (
                prev is not None and (prev.pos_ in ("ADP", "DET") or low[i - 1] in _DATE_BEFORE)
                or nxt is not None and nxt.like_num):
            continue
        out.append(i)
    return out


def short_org_names(doc, cands: list[Cand], bundled: Bundled, pwords: set[str]) -> list[Cand]:
    """An organisation's first name word standing alone where spaCy tagged nothing ('Peabody' after
    'Peabody Energy'): a mention of the organisation, under its full name."""
    B = bundled
    firsts: dict[str, str] = {}
    for c in cands:
        words = c.text.split()
        if c.label == "ORG" and len(words) > 1 and len(words[0]) >= 4 and words[0][0].isupper():
            w = norm(words[0])
            if not (w in B.countries or w in B.demonyms or w in B.agents or w in pwords):
                firsts.setdefault(w, c.text)
    if not firsts:
        return cands
    covered = {i for c in cands for i in range(c.start, c.end)}
    toks = tokens(doc)
    extra = [Cand(i, i + 1, firsts[toks[i].lower_], "ORG") for i in _lone_proper_nouns(doc)
             if i not in covered and toks[i].lower_ in firsts]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _lone_proper_nouns(doc, *, nouns: bool = False) -> list[int]:
    """The proper nouns in title case that no entity holds and no proper noun stands next to ("Tester
    said"), picked from the document's columns: only such a word can be a bare surname or a short
    organisation name. ``nouns``: common nouns in title case too (a surname the tagger misreads)."""
    arr = token_array(doc)
    propn = arr[:, _COL["POS"]] == _PROPN
    head = propn | (arr[:, _COL["POS"]] == _NOUN) if nouns else propn
    alone = head & (arr[:, _COL["IS_TITLE"]] == 1) & (arr[:, _COL["ENT_TYPE"]] == 0)
    alone[1:] &= ~propn[:-1]
    alone[:-1] &= ~propn[1:]
    return numpy.flatnonzero(alone).tolist()
