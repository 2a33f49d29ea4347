"""Officeholders from titles before names, appositions and predicates; ends and successions.

Patterns, each general:

* a title before a person's name: `US Ambassador Zalmay Khalilzad`, `Secretary of State Antony Blinken`;
* an apposition: `Thomas West, the deputy special representative`, `the chief envoy, X,`;
* a predicate: `X is/was TITLE`, `X has served as A, B and C` (former), `X became/was named TITLE`;
* a post: `his departure from the post of TITLE`, `X's role as TITLE`;
* an end: `X resigned / tendered his resignation / is stepping down`, dated by the date the text says
  it takes effect (`comes into effect on Tuesday`, `effective Tuesday`, `ends Tuesday`) or else the
  resignation's own date, from the timexes (or the events stage's resignation event);
* a succession: `X would now fulfill the role of Y`, `X replaces / succeeds / takes over from Y`: X
  takes Y's role, acting when the text says acting, interim or now, else incoming.

A military rank gives way to an office the same person holds (`Gen. X, chairman of the Joint Chiefs`), and a
party label is no part of an elected office (`GOP Gov. X` holds Governor).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._parse import actor_of_phrase, verb_subject
from ..events._coding import CODING
from ..records import Role
from ._titles import (NAME_PARTICLES, NAME_SUFFIXES, NO_ROLE_WORDS, QUALIFIED_HEADS, STATUS_WORDS, country_code, expand_abbreviation, is_title_head,
                      is_title_word, normalise_title, singular_head)
from ..nlp import doc_text, labels, span_text, tokens, word_positions
from ..quotes._cues import SPEECH_VERBS as _SAYING
from ..quotes._marks import find_quote_spans
from ._offices import kb_sources, kb_terms, office_key

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..records import ActorTable, Event, Timex

__all__ = ["find_roles"]

_POST_NOUNS = {"post", "position", "office", "role", "job", "seat", "title", "portfolio"}
# verbs of leading a body and the office they tell: "who heads the council" is its head
_LEADING_VERBS = {"head": "head", "chair": "chair", "command": "commander", "direct": "director", "lead": "leader"}
_BODY_NOUNS = {"committee", "council", "party", "agency", "force", "department", "ministry", "organization",
               "organisation", "group", "office", "delegation", "commission", "institute", "center", "centre",
               "panel", "program", "programme", "bureau", "board", "foundation", "mission", "command", "unit",
               "regiment", "brigade", "division", "company", "firm", "campaign", "caucus", "union", "association",
               "network", "movement", "coalition", "alliance", "subcommittee", "service", "tank", "project"}
# the words that move a second office to another time: "a former envoy and later defence minister"
# the adverbs before an apposition that put its office in the past: "X, then CIA director, said"
_PAST_ADVERBS = frozenset({"then", "once", "formerly", "previously"})
_TIME_ADVERBS = {"later", "then", "now", "subsequently", "formerly", "once", "eventually", "currently", "onetime"}
_END_NOUNS = {"departure", "resignation", "exit", "ouster", "dismissal", "retirement", "firing", "removal"}
_END_VERBS = {"resign", "quit", "retire", "depart", "oust", "fire", "dismiss", "sack", "leave", "step"}
_SUCCEED_VERBS = {"fulfill", "fulfil", "fill", "assume", "replace", "succeed", "take", "step", "inherit"}
_EFFECT = re.compile(r"\b(effect|effective|ends?|last day|until|takes? over)\b", re.I)
_ACTING = re.compile(r"\b(acting|interim|now|temporar\w*|caretaker|for the time being)\b", re.I)
# verbs of staying in an office, which its holder holds now whatever the tense ("will continue to serve as")
_STAY_VERBS = frozenset({"remain", "stay", "continue"})
_BECOME_VERBS = {"become", "name", "appoint", "nominate", "elect", "confirm", "tap", "choose", "pick",
                 "install", "swear", "designate"}
_PREPS = {"for", "to", "of", "in", "on", "at"}
_CLITICS = {"'s", "\u2019s", "'", "\u2019"}
# nouns of a nomination: "the nominee for attorney general", "his pick for defense secretary" name the
# office after "for" or "as", held as a nominee (the corpus guidelines: nominated, awaiting confirmation)
_NOMINATION_NOUNS = {"nominee", "pick", "choice", "nomination", "appointee"}
_EXPECT_VERBS = {"expect", "hope", "seek", "want", "aim", "vie", "run", "campaign", "bid", "poise", "tip",
                 "favor", "favour", "tout", "consider", "likely", "possible"}


@dataclass(slots=True)
class _Ctx:
    doc: "Doc"
    actors: "ActorTable"
    timexes: "list[Timex]"
    events: "list[Event]"
    published: dt.date | None
    # read once per pass: the ids of the person actors (what ``actors.get(id).kind`` says; the table does not
    # change while the stage reads it), and each token's tag (``nlp.labels``)
    persons: frozenset[str] = frozenset()
    tags: "list[str]" = field(default_factory=list)


def _person(ctx: _Ctx, actor_id: str | None) -> bool:
    return actor_id in ctx.persons


def _office_named(ctx: _Ctx, m: Any) -> bool:
    """Whether a person's mention is an office in common nouns, not a name ("Indonesian captain", "Russian
    foreign minister": a person the actors stage names in the text's words): the words before or beside it
    are that office's ("a deputy Russian foreign minister") or another person's ("an Indonesian captain and a
    French co-pilot"), not a title of a named holder."""
    end = m.tokens[1] - 1
    return ctx.tags[end] == "NN" and _is_head(tokens(ctx.doc)[end])


def _country_of(ctx: _Ctx, tokens: "list[Token]") -> str | None:
    # a people or a place of two words first: "North Korean" is not "Korean"
    for a, b in zip(tokens, tokens[1:]):
        if b.i == a.i + 1 and a.ent_type_ in ("GPE", "NORP") and b.ent_type_ == a.ent_type_:
            code = country_code(f"{a.text} {b.text}")
            if code:
                return code
    for tok in tokens:
        aid = ctx.actors.at_token(tok.i)
        actor = ctx.actors.get(aid)
        if actor is not None and actor.country and actor.kind in ("country", "group"):
            return actor.country
        if tok.ent_type_ in ("GPE", "NORP") or tok.pos_ == "PROPN":
            code = country_code(tok.text)
            if code:
                return code
    return None


def _organization_of(ctx: _Ctx, tokens: "list[Token]") -> str | None:
    for tok in tokens:
        aid = ctx.actors.at_token(tok.i)
        actor = ctx.actors.get(aid)
        if actor is not None and actor.kind == "organization":
            return actor.name
    return None


def _word(tok: "Token") -> str:
    """A token's text as a title word: an abbreviation the tokenizer split from its full stop ("Col",
    ".") reads as the abbreviation, on both of its tokens."""
    doc = tok.doc
    if tok.text == "." and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        joined = doc[tok.i - 1].text + "."
        if expand_abbreviation(joined):
            return joined
    elif not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".":
        joined = tok.text + "."
        if expand_abbreviation(joined):
            return joined
    return tok.text


def _is_head(tok: "Token") -> bool:
    """Whether ``tok`` heads an office: a title noun, or "Democrat" / "lady" with the word that makes it
    one ("the top Democrat on the committee", "first lady")."""
    if is_title_head(_word(tok)):
        return True
    need = QUALIFIED_HEADS.get(tok.lower_)
    if not need:
        return False
    near = [c.lower_ for c in tok.children] + [tok.doc[tok.i - 1].lower_ if tok.i else ""]
    return any(w in need for w in near)


def _plural_head(tok: "Token") -> bool:
    """A plural office noun ("senators", "Presidents"), tagged as a plural noun."""
    return tok.tag_ in ("NNS", "NNPS") and singular_head(tok.text) is not None


def _singular(tok: "Token") -> str:
    """A title token's text, a plural office noun in the singular: each holder holds one office."""
    return (singular_head(tok.text) or tok.text) if _plural_head(tok) else tok.text


# Adjectives of praise or blame, and the degree words that grade an adjective: a title noun they qualify
# describes how someone does a job ("a very good teacher", "a terrible negotiator"), not an office.
_JUDGING = frozenset({"good", "great", "excellent", "wonderful", "terrible", "awful", "bad", "brilliant",
                      "fine", "poor", "lousy", "decent", "superb", "fantastic", "outstanding", "tough",
                      "effective", "incompetent", "weak"})
_DESCRIBING = frozenset({"accused", "alleged", "suspected", "known", "exemplary"})
_DEGREE = frozenset({"very", "really", "so", "extremely", "truly", "quite", "pretty", "too", "incredibly"})


def _no_role(words: "list[Token]") -> bool:
    """A phrase that names an expected holder or a candidate, not an officeholder ("likely prime minister",
    "presidential candidate", "would-be senator"), or one that judges how someone does a job ("a very
    good teacher")."""
    texts = [t.lower_ for t in words]
    joined = " ".join(texts).replace(" - ", "-")
    if any(t.pos_ == "ADJ" and (t.text in _JUDGING or any(c.lower_ in _DEGREE for c in t.children))
           for t in words):
        return True
    before = next((n for n, t in enumerate(words) if n and t.lower_ in _PREPS), len(words))
    if any(t.tag_ in ("JJS", "RBS") for t in words[:before]) or any(w in _DESCRIBING for w in texts[:before]):
        # a superlative before the head ranks a person among others ("the longest-serving leader", "the
        # most senior Republican in the House"), and a suspicion or a renown describes one ("the accused spy")
        return True
    return any(w in NO_ROLE_WORDS for w in texts) or any(w in joined.split() for w in ("would-be",))


_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
_QUOTE_SPANS = "newsgraph.quote_spans"


def _inside_quotation(tok: "Token") -> bool:
    """Whether ``tok`` stands inside quoted words, as the quotes stage reads the marks
    (``quotes._marks``: quotes over several sentences and paragraphs, marks typed the wrong way)."""
    user = tok.doc.user_data
    spans = user.get(_QUOTE_SPANS)
    if spans is None:
        spans = user[_QUOTE_SPANS] = [(q.start, q.end) for q in find_quote_spans(doc_text(tok.doc))]
    return any(start <= tok.idx < end for start, end in spans)


def _speaks_here(ctx: _Ctx, pronoun: "Token", actor: str | None) -> bool:
    """Whether a third-person pronoun inside quoted words stands for the one who speaks them: the
    subject of a verb of saying outside the quotation, in the pronoun's paragraph. A speaker's "he" is
    another person ("'He'll be a fine envoy,' the president said"); a "he" inside a passage quoted from
    another writer's account may be the one the story is about, and stays."""
    if actor is None or not _inside_quotation(pronoun):
        return False
    text = doc_text(pronoun.doc)
    start = text.rfind("\n", 0, pronoun.idx) + 1
    end = text.find("\n", pronoun.idx)
    end = len(text) if end < 0 else end
    for tok in pronoun.doc.char_span(start, end, alignment_mode="expand") or ():
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SAYING or _inside_quotation(tok):
            continue
        subj = verb_subject(tok)
        if subj is not None and actor_of_phrase(ctx.doc, ctx.actors, subj) == actor:
            return True
    return False


def _status_from(words: "list[Token]", default: str = "current") -> str:
    for tok in words:
        w = tok.lower_.strip("-")
        if w in STATUS_WORDS and w != "nominee":
            return STATUS_WORDS[w]
    return default


# what one takes on taking office: "took over as", "took office as", "took power in 2012"
_TAKE_OFFICE = {"over", "office", "power", "helm", "reins", "oath"}
_DATE_VALUE = re.compile(r"^\d{4}(-\d\d){0,2}$")
_START_PREPS = {"since", "from"}
_END_PREPS = {"until", "till", "through", "to"}
# verbs whose "in 2015" / "on Tuesday" dates the start of the office they give
_START_VERBS = _BECOME_VERBS | {"take", "assume", "win", "succeed", "replace"}
# the verbs ``_Finder.predicates`` reads an office after ("is", "served as", "became", "took over as")
_PREDICATE_LEMMAS = frozenset(_BECOME_VERBS | {"be", "serve", "work", "act", "take"})


# verbs whose object, not their subject, does what the infinitive after it says ("asked X to serve",
# "tapped X to lead"); "defeated X to become chair" tells the subject's office
_OBJECT_CONTROL = CODING.words["object_control"]


def _object_controller(verb: "Token") -> "Token | None":
    """The object of the verb above an infinitive with no subject of its own: "asked X to serve as
    ambassador", "assigned X to take over as commander" tell X's office, not the asker's. An object left
    of the infinitive is the one who would hold it (object control); None where there is none, and the
    subject, found as usual, is the holder ("X agreed to serve as ...")."""
    v = verb
    for _ in range(3):
        if v.dep_ != "xcomp" or v.head.i == v.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        if v.head.lemma_.lower() in _OBJECT_CONTROL:
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None:
                return obj
        v = v.head
    return None


def _term_dates(ctx: _Ctx, anchors: "list[Token]") -> tuple[str | None, str | None]:
    """The start and end of a term that the sentence dates: a date under "since" or "from" (start),
    "until", "through" or "to" after "from" (end), or "in"/"on" after a verb of taking office ("became
    president in 2015"), governed by the title phrase or its verb (``anchors``)."""
    if not anchors:
        return None, None
    doc, ids = ctx.doc, {t.i for t in anchors}
    sent = anchors[0].sent
    start = end = None
    for tx in ctx.timexes:
        if tx.type != "DATE" or not _DATE_VALUE.match(tx.value or "") \
                or not sent.start_char <= tx.span[0] < sent.end_char:
            continue
        span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        date = span.root
        prep = doc[span.start - 1] if span.start and doc[span.start - 1].dep_ == "prep" else date.head
        if prep.dep_ != "prep" or prep.i == date.i:
            continue
        gov, word = prep.head, prep.lower_
        if gov.dep_ == "prep" and gov.lower_ == "from":  # "from 2009 to 2013", "to" under "from"
            gov = gov.head
        elif gov.dep_ == "pobj" and gov.head.dep_ == "prep" and gov.head.lower_ == "from":
            gov = gov.head.head
        if gov.i not in ids:
            continue
        if word in _START_PREPS:
            start = start or tx.value
        elif word in _END_PREPS and (word != "to" or start):
            end = end or tx.value
        elif word in ("in", "on") and gov.lemma_.lower() in _START_VERBS:
            start = start or tx.value
    if start and not end:
        end = _range_end(ctx, start, sent)
    return start, end


_RANGE_DASH = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*")


def _range_end(ctx: _Ctx, start: str, sent: "Span") -> str | None:
    """The second year of a range whose first year is ``start`` ("from 1973-77", "2008-10"): a date
    right after it, joined by a dash alone."""
    dates = [tx for tx in ctx.timexes if tx.type == "DATE" and sent.start_char <= tx.span[0] < sent.end_char
             and _DATE_VALUE.match(tx.value or "")]
    text = doc_text(ctx.doc)
    for a, b in zip(dates, dates[1:]):
        if a.value == start and _RANGE_DASH.fullmatch(text[a.span[1]:b.span[0]]) and (b.value or "") > start:
            return b.value
    return None


_PARTY_WORDS = frozenset({"republican", "democratic", "gop", "party", "party's", "libertarian", "green"})


# offices won in an election, whose holders the text labels with their party ("GOP Sen. X", "Democratic
# Gov. Y"); a party office ("GOP chairman") keeps its party
_ELECTED = frozenset({"senator", "representative", "congressman", "congresswoman", "governor", "lawmaker",
                      "legislator", "mayor", "assemblyman", "assemblywoman", "councilman", "councilwoman"})
_AFFILIATION_WORDS = _PARTY_WORDS - {"party", "party's"} | {"democrat", "labour", "conservative", "tory", "liberal"}


# the offices a party gives inside a chamber or of its own, whose name holds the party ("Senate Democratic
# Leader", "House Republican Conference Chairwoman", "Senate Republican Majority Whip")
_PARTY_OFFICE_WORDS = frozenset({"leader", "whip", "conference", "caucus", "chair", "chairman", "chairwoman",
                                 "chairperson", "majority", "minority"})


def _party_office(tok: "Token", title_toks: "list[Token]") -> bool:
    """Whether ``tok`` is a party word that names a party office with the word after it ("Democratic" of
    "Senate Democratic Leader"), not the holder's affiliation ("Democratic" of "Democratic Sen. X")."""
    if tok.lower_ not in _AFFILIATION_WORDS:
        return False
    after = next((t for t in title_toks if t.i == tok.i + 1), None)
    return after is not None and after.lower_ in _PARTY_OFFICE_WORDS


def _elected_office(title_toks: "list[Token]", first_prep: int | None) -> bool:
    """Whether the head of a title phrase (its last office word before any preposition) is an elected
    office."""
    heads = [t for t in title_toks if (first_prep is None or t.i < first_prep) and _is_head(t)]
    return bool(heads) and (expand_abbreviation(_word(heads[-1])) or heads[-1].lower_) in _ELECTED


def _party_nominee(noun: "Token") -> bool:
    """A party's nominee ("the Republican nominee for president", "the party's nominee for
    governor") runs for an office in an election: a candidate, not one nominated to an office and
    awaiting confirmation."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
        c.lower_ in _PARTY_WORDS or c.lemma_.lower() == "party") for c in noun.children)


# The endings of adjectives made from nouns, which sort an office into a field ("political analyst",
# "military chief", "presidential adviser", "legislative counsel"): they stay in a title, while an
# adjective of another form describes its holder ("young", "popular", "close", "embattled").
# The same holds for the scope of a post ("statewide", "nationwide").
_RELATIONAL_ENDINGS = ("al", "ic", "ary", "ory", "ive", "ian", "an", "ese", "ish", "ern", "wide")
_AGE_WORDS = frozenset({"old", "year", "years", "month", "months", "-", "\u2010", "\u2011"})


def _describes(tok: "Token") -> bool:
    """Whether a word at the left edge of a title describes the holder rather than naming the office:
    an age ("a 19-year-old student leader"), a number or an ordinal ("the sixth president", "the first
    sitting senator"), a determiner or pronoun ("another diplomat"), or an adjective that qualifies the
    office noun and is neither a title word, a people's or place's word, nor of a noun's form, written
    in lower case ("the popular governor", "embattled leader X"). A word capitalised inside a sentence
    is part of the office's own name ("Internal Affairs Minister X") and stays."""
    w = tok.lower_
    if tok.like_num or w in _AGE_WORDS or re.fullmatch(r"\d+[-\u2010\u2011](?:year|month)s?[-\u2010\u2011]old", w):
        return True
    if tok.pos_ in ("DET", "PRON"):
        return True
    capital = tok.text[:1].isupper() and not tok.is_sent_start and not (
        tok.i and "\n" in tok.doc[tok.i - 1].text_with_ws)
    if capital or is_title_word(_word(tok)) or w.strip("-") in STATUS_WORDS or tok.ent_type_ in ("NORP", "GPE"):
        return False
    if tok.ent_type_ == "ORDINAL":
        return True
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.tag_ == "JJ" and _is_head(tok.head) \
        and not w.endswith(_RELATIONAL_ENDINGS)


def _drop_descriptions(kept: "list[Token]") -> "list[Token]":
    """A title without the words at its left edge that describe its holder (:func:`_describes`), up to
    the office noun; a word another title word qualifies ("first" of "first lady") stays."""
    head = next((n for n, t in enumerate(kept) if _is_head(t)), None)
    if head is None:
        return kept
    n = 0
    while n < head and (_describes(kept[n]) and kept[n].lower_ not in QUALIFIED_HEADS.get(kept[n + 1].lower_, ())
                        or n and kept[n - 1].i + 1 == kept[n].i and not kept[n - 1].whitespace_):
        n += 1  # a word joined by a hyphen to a dropped one goes with it ("long-time")
    return kept[n:]


def _role(ctx: _Ctx, actor: str, title_toks: "list[Token]", sent: "Span", *, status: str = "current",
          extra_country: "list[Token] | None" = None, anchors: "list[Token] | None" = None,
          plural: bool = False) -> Role | None:
    """A role from the tokens of a title phrase: country words move to ``country``; a term's start and
    end where the sentence dates them (:func:`_term_dates`, for the phrase and ``anchors``); ``plural``:
    the phrase is a plural office before a list of names, its noun told in the singular."""
    title_toks = [t for t in title_toks if not t.is_space]
    for j, tok in enumerate(title_toks[:-1]):
        after = title_toks[j + 1]
        if tok.lower_ in _NOMINATION_NOUNS and after.i == tok.i + 1 and after.lower_ in ("for", "as"):
            # "President Brandt's nominee for attorney general": the office is what follows, not the
            # nominator nor the noun
            if _party_nominee(tok):
                return None  # "the Republican nominee for president": a candidate, who holds no role
            title_toks = title_toks[j + 2:]
            status = "nominee" if status in ("current", "incoming") else status
            break
    if status in ("current", "incoming") and any(
            _is_head(t) and t.head.dep_ == "prep" and t.head.lower_ in ("for", "as")
            and t.head.head.lemma_.lower() in _NOMINATION_NOUNS for t in title_toks):
        status = "nominee"  # "Brandt's pick for defense secretary, Sam Kessler": the parse hangs the name on the office
    country_toks = list(extra_country or [])
    kept: list[Token] = []
    first_prep = next((t.i for t in title_toks if t.lower_ in _PREPS and t.i > title_toks[0].i), None)
    elected = _elected_office(title_toks, first_prep)
    school = _school_before(title_toks, first_prep)
    if school:
        # "Ohio State University professor X": the school is the office's organisation, not its title,
        # and a place in its name ("Ohio") is no country word
        title_toks = [t for t in title_toks if t.i > school[-1].i or t.i < school[0].i]
    for tok in title_toks:
        if first_prep is None or tok.i < first_prep:
            aid = ctx.actors.at_token(tok.i)
            a = ctx.actors.get(aid)
            is_place = (a is not None and a.kind in ("country", "group")) or tok.ent_type_ in ("GPE", "NORP")
            if is_place and not is_title_word(_word(tok)) and not _is_head(tok) and not _party_office(tok, title_toks):
                country_toks.append(tok)
                continue
            if tok.lower_ in ("the", "a", "an", "only", "sole") or tok.dep_ == "poss" and tok.i != title_toks[-1].i:
                # "the only senator who voted no" holds the office of Senator; an owner is no word of the
                # office, though the office may own ("the Ohio governor's victory")
                continue
            if tok.lower_.strip("-") in STATUS_WORDS:
                status = STATUS_WORDS[tok.lower_.strip("-")] if status == "current" else status
                continue
            if elected and tok.lower_ in _AFFILIATION_WORDS:
                continue  # "GOP Gov. X": the party is the holder's, not the office's title or organisation
        kept.append(tok)
    while kept and ((kept[-1].is_punct and _word(kept[-1]) == kept[-1].text)
                    or kept[-1].lower_ in ("of", "for", "to", "and", "the")):
        kept.pop()
    while kept and (kept[0].is_punct and _word(kept[0]) == kept[0].text  # the "-" left of "then-"
                    or kept[0].lower_ in _PREPS):  # "of" left of a name's title when the noun before it went
        kept.pop(0)
    kept = _drop_descriptions(kept)
    if not kept or not any(_is_head(t) or plural and _plural_head(t) for t in kept) or _no_role(title_toks):
        return None
    kept = _with_prefix(kept)
    owner: list[Token] = []
    prep = next((n for n, t in enumerate(kept) if t.lower_ in _PREPS), len(kept))
    clitic = max((n for n, t in enumerate(kept[:prep]) if t.lower_ in _CLITICS
                  and any(_is_head(h) for h in kept[n + 1:prep])), default=None)
    if clitic is not None:
        # the owner and its clitic are not the office: "the North's leader" and "Delta's president" hold
        # a "Leader" and a "President" (the owner may still name the organisation)
        owner, kept = kept[:clitic], kept[clitic + 1:]
    one = _singular if plural else (lambda t: t.text)
    org = _organization_of(ctx, kept) or _organization_of(ctx, owner) or (
        " ".join(t.text for t in school) if school else None)
    if len(kept) > 14:
        # "analyst at the X Institute for Y at the University of Z": a title run long by the places of
        # its office stops before its first "at" or "in", or a second title joined to it
        cut = next((n for n, t in enumerate(kept) if n and (t.lower_ in ("at", "in", "and") or t.text == ",")
                    and any(_is_head(h) for h in kept[:n])), None)
        kept = kept[:cut] if cut is not None else kept
    text = one(kept[0])
    for prev, tok in zip(kept, kept[1:]):
        text += (prev.whitespace_ if tok.i == prev.i + 1 else " ") + one(tok)
    title = normalise_title(text)
    if len(title) < 3 and not (len(title) == 2 and title.isupper()) or len(kept) > 14:  # "MP" is a title
        return None
    country = _country_of(ctx, country_toks)
    if country is None:
        a = ctx.actors.get(actor)
        country = a.country if a is not None else None
    start, end = _term_dates(ctx, [*title_toks, *(anchors or [])])
    return Role(actor=actor, title=title, span=(sent.start_char, sent.end_char), text=span_text(ctx.doc, sent.start, sent.end).strip(),
                organization=org, country=country, status=status, start=start, end=end)


# prefixes joined to an office noun by a hyphen that make another office ("co-chairman", "under-secretary",
# "vice-minister"); the tokenizer splits them off, and a title without them names the wrong office
_HYPHEN_PREFIXES = frozenset({"co", "under", "vice", "sub"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _with_prefix(kept: "list[Token]") -> "list[Token]":
    """The title's tokens with the hyphenated prefix of its first word where the phrase left it out."""
    first = kept[0]
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].text in _HYPHENS and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_ and doc[first.i - 2].lower_ in _HYPHEN_PREFIXES:
        return [doc[first.i - 2], doc[first.i - 1], *kept]
    return kept


# the last word of a named school or research body, whose name can stand before a title as an attribute
_SCHOOL_WORDS = {"university", "college", "institute", "institution", "school", "academy", "foundation"}


def _school_before(title_toks: "list[Token]", first_prep: int | None) -> "list[Token]":
    """The tokens of a named school or research body that stands before the title noun as its
    attribute ("Ohio State University professor", "Brookings Institution fellow"), inside the title
    phrase or just left of it, else []."""
    if not title_toks:
        return []
    doc = title_toks[0].doc
    i = title_toks[0].i
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.lower_ in _SCHOOL_WORDS and before.ent_type_ == "ORG":
        end = i - 1
    else:
        found = next((t.i for t in title_toks if (first_prep is None or t.i < first_prep)
                      and t.lower_ in _SCHOOL_WORDS and t.ent_type_ == "ORG"), None)
        if found is None:
            return []
        end = found
    if not any(_is_head(t) for t in title_toks if t.i > end):
        return []
    start = end
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "ORG":
        start -= 1
    return list(doc[start:end + 1])


def _outside_clauses(tok: "Token", top: "Token") -> bool:
    """Whether no clause or apposition of the phrase under ``top`` holds ``tok``: "director of the
    centre, which studies ..." ends before "which", the relative clause's subject on its left."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl", "appos"):
            return False
        tok = tok.head
    return True


def _phrase_tokens(head: "Token", *, skip: "Token | None" = None) -> "list[Token]":
    """The title phrase headed by ``head``: modifiers before it and `for/to/of/in` phrases after it."""
    toks = [head]
    # "senator and ambassador to Turkey": a phrase after a joined second title is that title's, wherever
    # the parser hung it
    conj = min((c.i for c in head.children if c.dep_ == "conj" and c.i > head.i), default=None)
    children = list(head.children)
    if head.dep_ == "conj" and head.head.i < head.i:
        children += [c for c in head.head.children if c.dep_ == "prep" and c.i > head.i]
    for child in children:
        if skip is not None and child.i == skip.i:
            continue
        if child.i < head.i and child.dep_ in ("compound", "amod", "nmod", "det", "npadvmod", "poss"):
            toks.extend(child.subtree)
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ in _PREPS and (conj is None or child.i < conj) \
                and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and any(
                    ch.isdigit() for t in g.subtree for ch in t.text) for g in child.children):
            # "chairman in the late 1990s": the time of an office is no part of its title
            toks.extend(t for t in child.subtree if _outside_clauses(t, child))
    return sorted(set(toks), key=lambda t: t.i)


# verbs and nouns that ask for an end or deny it: "calls for X to resign", "refused to step down"
_NOT_ENDING = {"call", "urge", "demand", "ask", "press", "pressure", "want", "push", "refuse", "decline",
               "resist", "threaten", "consider", "weigh", "rule", "deny", "expect", "plan", "hope", "tell",
               "count", "seek", "predict", "anticipate", "fear", "await",
               # an end only raised as an idea: "broached firing X", "floated his removal"
               "broach", "float", "suggest", "propose", "contemplate", "mull", "discuss", "explore"}


def _unreal_end(verb: "Token") -> bool:
    """An end the text only asks for, weighs or denies ("should now resign", "calls for him to
    resign are growing", "refused to step down", "did not resign"): no term ends there."""
    if any(c.dep_ in ("aux", "neg") and c.lower_ in ("should", "could", "may", "might", "must", "ought", "not",
                                                      "n't", "never") for c in verb.children):
        return True
    t = verb
    # an end noun is asked for or weighed as its verb's object: "demanded the resignation of X",
    # "counted on a quick ouster of X"
    deps = ("xcomp", "ccomp", "acl", "advcl", "relcl", "pcomp", "pobj", "prep") + (("dobj",) if verb.pos_ == "NOUN" else ())
    for _ in range(3):
        if t.dep_ not in deps or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _NOT_ENDING:
            return True
    return False


# the lemmas of the verbs ``_takes_office`` reads
_TAKING_OFFICE = frozenset({"take", "come", "assume", "swear"})


def _takes_office(verb: "Token") -> bool:
    """A verb of taking office: "took office / power / the helm", "came to power", "assumed
    office", "was sworn in"."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "take":
        return any(c.lemma_.lower() in _TAKE_OFFICE - {"over"} and c.dep_ == "dobj" for c in kids)
    if lemma == "come":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "power" for g in c.children) for c in kids)
    if lemma == "assume":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("office", "power", "presidency") for c in kids)
    if lemma == "swear":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in kids)
    return False


def _other_holder(ctx: _Ctx, head: "Token", actor: str) -> bool:
    """Whether the title phrase headed by ``head`` names a person of its own ("the mayor, Dana
    Marsh"), or is another person's: then it is no office of ``actor``."""
    return any((a := ctx.actors.at_token(t.i)) is not None and a != actor and _person(ctx, a) for t in head.subtree)


def _split_conj(head: "Token", toks: "list[Token]") -> "list[list[Token]]":
    """`Ambassador to Afghanistan and Iraq` -> `Ambassador to Afghanistan`, `Ambassador to Iraq`."""
    for t in toks:
        if t.dep_ != "pobj" or t.head.head.i != head.i:
            continue
        conjs = [c for c in t.children if c.dep_ == "conj"]
        if not conjs:
            continue
        drop = {x.i for c in t.children if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.i > t.i)
                for x in c.subtree}
        base = [x for x in toks if x.i not in drop]
        out = [base]
        for c in conjs:
            own = [x for x in c.subtree if not any(a.dep_ in ("conj", "cc") and a.i > c.i for a in [x])]
            sub = {x.i for x in t.subtree if x.i not in drop}
            out.append(sorted([x for x in base if x.i not in sub or x.i < t.i] + own, key=lambda x: x.i))
        return out
    return [toks]


# the marks that may close an apposition after a name
_CLOSING = frozenset({",", ".", ";", ":", ")", "\u201d", '"', "--", "\u2014", "\u2013"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "messrs"})
_NAME_PARTICLES = NAME_PARTICLES | {"bint", "abu"}


# forms of address of clerics, which the corpus does not record as offices ("Ayatollah Ali Khamenei")
_NO_INNER_TITLES = frozenset({"ayatollah", "sheikh"})


def _title_inside(ctx: _Ctx, m: Any) -> "list[Token]":
    """The title words that open a person's name as the actors stage reads it ("King Abdullah II",
    "Crown Prince Hussein bin Abdullah"): capitalised title words, one of them an office, with at least
    two words of the name after them; else []."""
    doc = ctx.doc
    i, end = m.tokens
    run: list[Token] = []
    while i < end - 2 and doc[i].text[:1].isupper() and (is_title_word(_word(doc[i])) or doc[i].text == ".") \
            and doc[i].lower_ not in _NO_INNER_TITLES:
        run.append(doc[i])
        i += 1
    if any(doc[k].text[:1].islower() and doc[k].lower_ not in _NAME_PARTICLES or not doc[k].text[:1].isalpha()
           for k in range(i, end)):
        return []  # a name of proper words only: not "President of the Senate"
    return run if any(_is_head(t) for t in run) else []


# the prepositions inside a title before a name: "Secretary of State X", "Special Envoy for Syria Y",
# "Ambassador to Syria Z"
_RUN_PREPS = frozenset({"of", "for", "to"})


def _own_title(run: "list[Token]") -> "list[Token]":
    """The part of a title run before a name that is the name's own: an office followed by "for" or "of"
    and the name is another's ("a spokesman for X", "former chairman of X's council"), and one followed
    by "for" or "of" and a second office belongs to that office's holder ("spokesman for Secretary-General
    X": X's title is "Secretary-General"). A phrase after "of" with no office in it stays part of the
    title ("Secretary of State X")."""
    for n in range(len(run) - 1, -1, -1):
        if run[n].lower_ not in _RUN_PREPS or not any(_is_head(t) for t in run[:n]):
            continue
        rest = run[n + 1:]
        if not rest:
            return []
        if any(_is_head(t) for t in rest):
            return rest
    return run


# a day or a place before a title is no word of the office ("Friday", "the Chinese")
_NOT_OFFICE_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP"})


def _named_part(tok: "Token", run: "list[Token]") -> bool:
    """Whether ``tok`` is a capitalised modifier the parse hangs on a word of the title run after it:
    part of the office's name ("Internal Affairs Minister X", "Public Works Secretary Y"), as a
    description is not capitalised inside a sentence."""
    return tok.dep_ in ("amod", "compound") and tok.pos_ in ("ADJ", "NOUN", "PROPN") and tok.text.istitle() \
        and tok.ent_type_ not in _NOT_OFFICE_ENTS and country_code(tok.text) is None and not tok.is_sent_start \
        and any(t.i == tok.head.i for t in run)


def _words_before(first: "Token", name_root: "Token") -> "list[Token]":
    """The words of the name's noun phrase left of its title run, outside any possessor: "former" of
    "former Acme campaign chairman X" and "then" of "then-campaign chairman X" tell the title's
    status though a word that is no title stands between them and it."""
    words = name_root.doc[name_root.left_edge.i:first.i]
    turned = [t.i for t in words if t.lower_ == "turned"]
    if turned:  # "former congressman-turned-lobbyist X": the status is the first office's
        words = name_root.doc[turned[-1] + 1:first.i]
    poss = {t.i for c in words if c.dep_ == "poss" for t in c.subtree}
    return [t for t in words if t.i not in poss and t.tag_ not in ("VBD", "VBZ", "VBP")]  # not "the group that murdered"


def _subject_actor(ctx: _Ctx, subj: "Token") -> str | None:
    """The person a predicate's subject phrase names: a noun in apposition to a name is that name's
    ("Ana Ruiz, the minister's assistant who was also his deputy": Ruiz), and a person who only owns
    the subject ("the minister's assistant", "Y's pick to be the press secretary") is not it."""
    own = ctx.actors.at_token(subj.i)
    if own is None and subj.dep_ == "appos" and subj.pos_ == "NOUN" and _person(ctx, ctx.actors.at_token(subj.head.i)):
        return ctx.actors.at_token(subj.head.i)
    actor = actor_of_phrase(ctx.doc, ctx.actors, subj)
    if own is None and actor is not None and subj.pos_ == "NOUN":
        owners = {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}
        named = [i for i in range(subj.left_edge.i, subj.right_edge.i + 1) if ctx.actors.at_token(i) == actor]
        if named and all(i in owners for i in named):
            return None
    return actor


class _NeedsAll(Exception):
    """A pass restricted to some actors met what needs the others' roles (a succession: the new holder
    takes the old one's office)."""


class _Finder:
    def __init__(self, ctx: _Ctx, only: "set[str] | frozenset[str] | None" = None) -> None:
        self.ctx = ctx
        self.roles: list[Role] = []
        # actor, whether the text tells the end as done ("resigned", "fired"), titles, sentence
        self.ends: list[tuple[str, bool, set[str], "Span"]] = []
        self._at_lemma: dict[str, list[int]] | None = None
        # the actors whose roles are wanted (None: all); each pattern gives one actor's roles from that
        # actor's mentions and roles alone, so the others' are not looked for (``find_roles``)
        self.only = only

    def _wanted(self, actor: str | None) -> bool:
        return self.only is None or actor in self.only

    def _mentions(self) -> list:
        """The mentions of the wanted actors, in the table's order."""
        mentions = self.ctx.actors.mentions
        return mentions if self.only is None else [m for m in mentions if m.actor in self.only]

    def _with_lemma(self, words: "frozenset[str] | set[str] | dict[str, str]") -> "list[Token]":
        """The tokens whose lower-cased lemma is one of ``words`` (a subset of ``_WALKED_LEMMAS``), in
        text order. The loops over the whole document that go on only at a few verbs or nouns ("resign",
        "post", "head") visit these tokens and no other: the lemma column is read once per document and
        shared with the events stage (``events._lexicon.lowered_lemmas``; a Token reads the string store
        for its lemma each time), and the positions of the lemmas these loops want once per pass."""
        at = self._at_lemma
        if at is None:
            from ..events._lexicon import lowered_lemmas  # here: the actors package imports roles, events imports actors

            at = self._at_lemma = {}
            for i, w in enumerate(lowered_lemmas(self.ctx.doc)):
                if w in _WALKED_LEMMAS:
                    at.setdefault(w, []).append(i)
        toks = tokens(self.ctx.doc)
        return [toks[i] for i in sorted(i for w in words if w in at for i in at[w])]

    def add(self, role: Role | None) -> None:
        if role is not None:
            self.roles.append(role)

    # -- titles before names ---------------------------------------------------------------
    def prenominal(self) -> None:
        ctx = self.ctx
        titled: dict[str, set[int]] = {}  # the tokens of each actor's title mentions
        for t in ctx.actors.mentions:
            if t.kind == "title":
                titled.setdefault(t.actor, set()).update(range(*t.tokens))
        for m in self._mentions():
            if not _person(ctx, m.actor) or m.tokens[0] == 0 or m.kind in ("pronoun", "title") or _office_named(ctx, m):
                continue
            i = m.tokens[0] - 1
            run: list[Token] = []
            while i >= 0 and len(run) < 8:
                tok = ctx.doc[i]
                if tok.is_space and "\n" in tok.text:
                    break  # a headline or an update line above the name is not its title
                w = tok.lower_
                if w.rstrip(".") in _HONORIFICS:
                    break  # "an adviser to Mrs. Clinton": the office before a courtesy title is another's
                # a place or a people, whether or not the actors stage kept it ("former Russian spy X")
                place = ctx.actors.at_token(i) is not None and not _person(ctx, ctx.actors.at_token(i)) or (
                    tok.ent_type_ in ("NORP", "GPE") and (ctx.actors.at_token(i) is None or country_code(tok.text)))
                # two places of one office ("Special Envoy for Afghanistan and Pakistan X")
                place = place or w == "and" and bool(run) and i > 0 and run[0].ent_type_ in ("GPE", "NORP") \
                    and ctx.doc[i - 1].ent_type_ in ("GPE", "NORP")
                hyphen = (w in ("-", "\u2010", "\u2011") and i > 0 and not tok.whitespace_
                          and not ctx.doc[i - 1].whitespace_)  # "then-Secretary", "President-elect"
                qualifier = bool(run) and w in QUALIFIED_HEADS.get(run[0].lower_, ())  # "first" of "first lady"
                # the holder's own title mention ("Deputy Solicitor General X") is no other person ("Putin adviser X")
                named_part = _named_part(tok, run) and ctx.actors.at_token(i) in (None, m.actor) or (
                    _named_part(tok, run) and not _person(ctx, ctx.actors.at_token(i)))
                # the article of the body an office is of or to ("Secretary of the Army X", "Ambassador to the
                # United Nations Y")
                article = w == "the" and bool(run) and i > 0 and ctx.doc[i - 1].lower_ in _RUN_PREPS
                # a word of the holder's own title, which the actors stage may read as a mention of the
                # holder ("Chief of Staff" of "White House Chief of Staff X")
                own = i in titled.get(m.actor, ()) and i > 0 and ctx.doc[i - 1].lower_ in _RUN_PREPS  # not "Mayor Rahm"
                if is_title_word(_word(tok)) or _is_head(tok) or qualifier or named_part or w in _RUN_PREPS or place \
                        or w.strip("-") in STATUS_WORDS or hyphen or article \
                        or (tok.pos_ == "PROPN" and tok.text[:1].isupper() and (
                            own or not _person(ctx, ctx.actors.at_token(i)))):
                    run.insert(0, tok)
                    i -= 1
                    continue
                break
            while run and (run[0].lower_ in _RUN_PREPS | {"the"} or not _is_head(run[0]) and len(run) > 1
                           and run[1].lower_ in _RUN_PREPS  # "supporters of ousted President X"
                           or not (
                    is_title_word(_word(run[0])) or _is_head(run[0]) or run[0].lower_.strip("-") in STATUS_WORDS
                    or ctx.actors.at_token(run[0].i) is not None or _named_part(run[0], run[1:])
                    or len(run) > 1 and run[0].lower_ in QUALIFIED_HEADS.get(run[1].lower_, ()))):
                run.pop(0)
            if run and run[-1].lower_ in _RUN_PREPS:
                # the actors stage's name took the office's last words ("Secretary of" + "Defense Patrick
                # Shanahan"): they end the title
                k = m.tokens[0]
                while k < m.tokens[1] - 2 and ctx.doc[k].text[:1].isupper() and ctx.doc[k].ent_type_ != "PERSON":
                    run.append(ctx.doc[k])
                    k += 1
            run = _own_title(run)
            if not run:
                run = _title_inside(ctx, m)
            if not any(_is_head(t) for t in run):
                continue
            # a term dated beside the name: "President Lula Mendes, from 2003 to 2011"
            name_root = ctx.doc[m.tokens[0]:m.tokens[1]].root
            status = _status_from(run, _status_from(_words_before(run[0], name_root)))
            self.add(_role(ctx, m.actor, run, ctx.doc[m.tokens[0]].sent, status=status, anchors=[name_root]))

    # -- people the text names only by their office ---------------------------------------------
    def unnamed(self) -> None:
        """A person the text never names, told only by an office tied to a body, a place or an owner
        ("a spokesman for the foreign ministry", "the Kremlin's envoy", "a spokeswoman for Senator X"), holds
        that office. A bare office
        ("an official", "the new president") says too little to be recorded, and an office some other
        person already holds here is that person's, which the actors stage has not joined to it."""
        ctx = self.ctx
        named = {m.actor for m in ctx.actors.mentions if m.kind == "name"}
        done: set[str] = set()
        for m in self._mentions():
            if m.kind != "title" or m.actor in named or m.actor in done or not _person(ctx, m.actor):
                continue
            head = ctx.doc[m.tokens[1] - 1]
            if not _is_head(head) or head.tag_ in ("NNS", "NNPS"):
                continue
            toks = _phrase_tokens(head)
            if not (any(t.i < head.i and self._a_tie(t) for t in toks) or any(
                    c.dep_ == "prep" and c.lower_ in ("of", "for")  # "a spokesman for Senator X" too
                    and any(self._a_tie(g) or ctx.actors.at_token(g.i) is not None for g in c.subtree)
                    for c in head.children)):
                continue
            role = _role(ctx, m.actor, toks, head.sent, status=_status_from(toks), anchors=[head])
            if role is not None and not any(_office_words(r.title) == _office_words(role.title) for r in self.roles):
                done.add(m.actor)
                self.add(role)

    # -- named people the text also calls by their office ------------------------------------
    def titled(self) -> None:
        """A named person whom the text also calls by an office alone ("the Syrian president's survival",
        "The Ohio governor", "Hungary's prime minister", joined to the name by the actors stage) holds that
        office, when the text gives that person no office otherwise: the title mention is then the
        clearest statement of it. An indefinite or plural title tells no one office, and a person with a
        role already keeps it (the actors stage joins a few titles to the wrong person, and a second
        wording of an office is seldom recorded)."""
        ctx = self.ctx
        have = {r.actor for r in self.roles}
        titles = [m for m in self._mentions() if m.kind == "title" and m.actor not in have and _person(ctx, m.actor)]
        if not titles:
            return
        # a person with a name of their own, not one the actors stage names by a description ("a U.S.
        # official", "a senior Romney adviser"): asked of the persons with a title mention and no role alone
        asked = {m.actor for m in titles}
        named = {m.actor for m in ctx.actors.mentions if m.kind == "name" and m.actor in asked
                 and not _office_named(ctx, m) and not _is_head(ctx.doc[m.tokens[1] - 1])}
        done: set[str] = set()
        for m in titles:
            if m.actor not in named or m.actor in done:
                continue
            head = ctx.doc[m.tokens[1] - 1]
            if not _is_head(head) or head.tag_ in ("NNS", "NNPS") or _inside_quotation(head):
                continue
            toks = _phrase_tokens(head)
            if any(t.dep_ == "det" and t.lower_ in ("a", "an", "another", "any", "every", "some") for t in toks):
                continue
            if not any(t.i != head.i and t.dep_ not in ("det", "poss", "case") and t.tag_ != "POS" for t in toks):
                # a bare "the president" or "the official" after the name: the corpus records the office
                # where the text tells which one it is ("the Vermont senator", "the chairman of the Fed")
                continue
            role = _role(ctx, m.actor, toks, head.sent, status=_status_from(toks), anchors=[head])
            if role is not None:
                done.add(m.actor)
                self.add(role)

    def _a_tie(self, tok: "Token") -> bool:
        """Whether ``tok`` names what ties an office to a body: an owner, a place, a people or an
        organisation, or an actor that is no person."""
        actor = self.ctx.actors.at_token(tok.i)
        return tok.dep_ == "poss" or tok.ent_type_ in ("GPE", "NORP", "ORG") or (
            actor is not None and not _person(self.ctx, actor))

    # -- plural titles before lists of names -----------------------------------------------------
    def plural_lists(self) -> None:
        """A plural office before a list of names is each one's ("Presidents A and B", "former defense
        secretaries A and B", "two senators, A and B"): the names that follow it, after at most a comma,
        joined by commas and "and", each with at most one word of its own before it ("Democrat A and
        Republican B") and a place after it ("A of Maine")."""
        ctx = self.ctx
        starts = {m.tokens[0]: m for m in ctx.actors.mentions if m.kind == "name"}
        named = {i for m in starts.values() for i in range(*m.tokens)}
        doc = ctx.doc
        pos, tags, toks = labels(doc, "POS"), labels(doc, "TAG"), tokens(doc)
        # the plural nouns alone, picked from the document's columns (``_plural_head`` tests the tag first)
        for tok in [toks[i] for i, t in enumerate(tags) if (t == "NNS" or t == "NNPS") and pos[i] in ("NOUN", "PROPN")]:
            if not _plural_head(tok) or tok.i + 1 >= len(doc):
                continue
            title = [t for t in _phrase_tokens(tok) if t.i <= tok.i and t.dep_ != "nummod" and t.pos_ != "NUM"]
            if any(t.tag_ in ("JJR", "RBR") or t.i in named and _person(ctx, ctx.actors.at_token(t.i)) for t in title):
                continue  # "the more delegates X wins", "President Y hosts X": no office of a list
            if (singular_head(tok.text) or "").lower() == "nominee" and _party_nominee(tok):
                continue  # "the GOP nominees X and Y": candidates, who hold no role
            j = tok.i + 1
            if doc[j].text == ",":
                j += 1
            holders: list[str] = []
            while j < len(doc):
                m = starts.get(j) or (starts.get(j + 1) if doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and
                                      not _is_head(doc[j]) and not is_title_word(_word(doc[j])) else None)
                if m is None or not _person(ctx, m.actor) or not holders and not self._names_title(tok, m):
                    break
                holders.append(m.actor)
                j = m.tokens[1]
                if j + 1 < len(doc) and doc[j].lower_ == "of" and ctx.actors.at_token(j + 1) is not None \
                        and not _person(ctx, ctx.actors.at_token(j + 1)):
                    j = next((n.tokens[1] for n in ctx.actors.mentions if n.tokens[0] == j + 1), j + 2)
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                if j < len(doc) and doc[j].lower_ == "and":
                    j += 1
                elif j > 0 and doc[j - 1].text != ",":
                    break
            if len(holders) < 1:
                continue
            for actor in dict.fromkeys(holders):
                if self._wanted(actor):
                    self.add(_role(ctx, actor, title, tok.sent, status=_status_from(title), plural=True))

    def _names_title(self, title: "Token", m: Any) -> bool:
        """Whether the parse joins a plural office and the first name after it as one phrase: the name
        hung on the office as its apposition or modifier, the office on the name, or the office read by
        the actors stage as a title of that person. "negotiators, Davis said" and "delegates Sanders
        wins" join a noun to the subject of the next clause; "hosts Mitt Romney", a verb and its object."""
        root = self.ctx.doc[m.tokens[0]:m.tokens[1]].root
        if root.head.i == title.i and root.dep_ in ("appos", "compound", "nmod", "npadvmod"):
            return True
        if m.tokens[0] <= title.head.i < m.tokens[1] and title.dep_ in ("compound", "nmod", "amod", "appos"):
            return True
        return self.ctx.actors.at_token(title.i) == m.actor

    # -- appositions --------------------------------------------------------------------------
    def appositions(self) -> None:
        ctx = self.ctx
        for m in self._mentions():
            if not _person(ctx, m.actor) or m.kind in ("pronoun", "title") or _office_named(ctx, m):
                continue
            span = ctx.doc[m.tokens[0]:m.tokens[1]]
            root = span.root
            cands: list[Token] = []
            if root.dep_ == "appos" and _is_head(root.head):
                cands.append(root.head)
            cands.extend(c for c in root.children if c.dep_ == "appos" and _is_head(c))
            # a second office joined to the first with an article of its own ("X, the mayor of
            # Phoenix and the chair of its council") is X's too; one article for both ("president and CEO of the firm", "a
            # senior fellow and director of X") is one title, as the corpus records it
            # so is one told at another time ("a former envoy and later defence minister"), and one joined
            # to a word that is no office ("X, Ohio Republican and chair of the panel")
            plain = [c for c in root.children if c.dep_ == "appos" and not _is_head(c) and c.pos_ in ("NOUN", "PROPN")]
            cands.extend(c for h in [*cands, *plain] for c in h.children if c.dep_ == "conj" and _is_head(c)
                         and (h in plain or any(d.dep_ in ("det", "poss") or d.lower_ in _TIME_ADVERBS
                                                or d.lower_.strip("-") in STATUS_WORDS and d.i < c.i
                                                and not any(e.i < d.i and e.dep_ in ("det", "amod") for e in c.children)
                                                for d in c.children))
                         and not (m.tokens[0] <= c.i < m.tokens[1]) and not _other_holder(ctx, c, m.actor))
            # an office after the party and state tag of a member of Congress, which the parse hangs on the
            # tag ("X, R-Texas, chairman of the Judiciary Committee")
            cands.extend(c for h in plain if h.pos_ == "PROPN" and len(list(h.subtree)) - len(list(
                             next((c for c in h.children if c.dep_ == "appos"), h).subtree)) <= 5
                         and not _person(ctx, ctx.actors.at_token(h.i))
                         for c in h.children if c.dep_ == "appos" and _is_head(c) and not _other_holder(ctx, c, m.actor))
            for head in cands:
                toks = _phrase_tokens(head, skip=root)
                toks = [t for t in toks if not (m.tokens[0] <= t.i < m.tokens[1])]
                status = _status_from(toks)
                first = min(t.i for t in toks)
                if status == "current" and first and ctx.doc[first - 1].lower_ in _PAST_ADVERBS | {"ex"}:
                    # "X, then CIA director,", "X, once Y's chief of staff,"; the "ex" of "ex-lobbyist"
                    # where the parse leaves it out of the phrase
                    status = "former"
                self.add(_role(ctx, m.actor, toks, root.sent, status=status, anchors=[root, head]))

    def fronted(self) -> None:
        """An office told before a comma and the titled name of its holder ("the chairman of the Joint
        Chiefs, Gen. Martin Dempsey", "the Foreign Affairs Committee's top Democrat, Rep. Eliot Engel") is
        that holder's, however the parse hangs the name (often on the verb, as an adverbial): the noun
        phrase right before the comma, headed by a singular office that names no other person. A name
        that opens a list ("the president, Vice President X and Y") is no apposition."""
        ctx, doc = self.ctx, self.ctx.doc
        for m in self._mentions():
            if m.kind != "name" or not _person(ctx, m.actor) or _office_named(ctx, m):
                continue
            j = m.tokens[0] - 1
            while j > 0 and m.tokens[0] - j <= 5 and doc[j].text != "," and (
                    ctx.actors.at_token(j) == m.actor or is_title_word(_word(doc[j])) or _is_head(doc[j])
                    or doc[j].text == "." or expand_abbreviation(_word(doc[j]))):
                j -= 1
            # (the parse may end a sentence at the comma: "A senior commander, Brig. Gen. X, said")
            if j < 2 or doc[j].text != "," or any("\n" in t.text for t in doc[j:m.tokens[0]]) \
                    or m.tokens[1] - m.tokens[0] == 1 and expand_abbreviation(_word(doc[m.tokens[0]])):
                continue  # a rank the actors stage took for a name ("Brig" of "Brig. Gen. X") holds nothing
            end = m.tokens[1]
            if end < len(doc) and (doc[end].text not in _CLOSING or doc[end].text == "," and end + 1 < len(doc)
                                   and doc[end + 1].lower_ in ("and", "or")):
                continue  # "with the president, Sanders ticked through", "the president, X and Y"
            head = next((h for h in (doc[j - 1], *doc[j - 1].ancestors) if h.i < j and _is_head(h)), None)
            if head is None or head.tag_ in ("NNS", "NNPS") or doc[j - 1] not in list(head.subtree) \
                    or head.dep_ == "appos":
                continue  # "X, chief prosecutor of France, Y": the office is X's
            toks = [t for t in _phrase_tokens(head) if t.i < j]
            if any(t.lower_ in _POSSESSIVE_PRONOUNS for t in toks):
                continue  # "at the head of his conference table, President X"
            # a person named inside the phrase is another holder ("the spokesman for Senator X, Y"); the
            # phrase itself read as a person of its own ("a senior Iranian military commander") is the
            # holder the actors stage did not join to the name
            own = ctx.actors.at_token(head.i)
            if any((a := ctx.actors.at_token(t.i)) is not None and a not in (m.actor, own) and _person(ctx, a)
                   for t in head.subtree if t.i < j) or any(t.dep_ == "relcl" and t.i < j for t in head.subtree):
                continue
            self.add(_role(ctx, m.actor, toks, doc[j].sent, status=_status_from(toks), anchors=[head]))

    def postposed(self) -> None:
        """An office told after a name and a comma and closed by a mark ("Deborah Tamargo, the chairwoman
        of the county GOP, recalled") is that name's where the parse does not join them as an apposition
        (it often makes the office the subject and the name an adverbial): the noun phrase that starts right
        after the comma, headed by a singular office that names no other person."""
        ctx, doc = self.ctx, self.ctx.doc
        for m in self._mentions():
            k = m.tokens[1]
            if m.kind != "name" or not _person(ctx, m.actor) or _office_named(ctx, m) or k + 2 >= len(doc) \
                    or doc[k].text != ",":
                continue
            head = next((t for t in doc[k + 1:min(len(doc), k + 8)] if t.left_edge.i == k + 1 and _is_head(t)), None)
            if head is None or head.tag_ in ("NNS", "NNPS") or head.head.i == doc[m.tokens[0]:k].root.i:
                continue  # a plural, or an apposition the appositions already read
            end = head.right_edge.i
            end += doc[end].text not in _CLOSING  # the parse may hang the closing comma on the office
            if end >= len(doc) or doc[end].text not in _CLOSING or doc[end].text == "," and end + 1 < len(doc) \
                    and doc[end + 1].lower_ in ("and", "or"):
                continue
            own = ctx.actors.at_token(head.i)
            if any((a := ctx.actors.at_token(t.i)) is not None and a not in (m.actor, own) and _person(ctx, a)
                   for t in head.subtree) or any(t.pos_ in ("VERB", "AUX") for t in head.subtree):
                continue
            toks = _phrase_tokens(head)
            self.add(_role(ctx, m.actor, toks, head.sent, status=_status_from(toks), anchors=[head]))

    # -- predicates ------------------------------------------------------------------------------
    def predicates(self) -> None:
        ctx = self.ctx
        for tok in self._predicate_verbs():
            lemma = tok.lemma_.lower()
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            heads: list[Token] = []
            if lemma == "be":
                heads = [c for c in tok.children if c.dep_ in ("attr",) and _is_head(c)]
            elif lemma in ("serve", "work", "act") or lemma in _BECOME_VERBS or (
                    lemma == "take" and any(c.lower_ in _TAKE_OFFICE for c in tok.children)):  # "took over as"
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "as":
                        heads += [g for g in c.children if g.dep_ == "pobj" and _is_head(g)]
                    elif c.dep_ in ("attr", "oprd") and _is_head(c):
                        heads.append(c)
            opening = False
            if not heads and tok.pos_ == "VERB":
                opening = True
                # "As mayor of X in the 1980s, Y built ...": an office that opens the sentence is its subject's
                heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.sent.start
                         for g in c.children if g.dep_ == "pobj" and _is_head(g)]
            if not heads:
                continue
            subj = _object_controller(tok) or verb_subject(tok)
            if subj is not None and subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
                subj = tok.head  # "X, who became Y in 2015"
            if subj is not None and subj.head.dep_ == "agent" and subj.head.head.i != tok.i:
                continue  # "humbled by his trust, to be named X": the agent of another verb holds nothing
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)  # "X, who was named Y"
            if lemma in _BECOME_VERBS and lemma != "become" and subj is not None and subj.dep_ != "nsubjpass" \
                    and not passive:
                # "Y named X the new director": the office is the object's; with no object parsed ("named
                # X, Y's deputy, the new director", the name hung on the office), a person hung on an
                # office as its modifier is the holder, and the one who names holds nothing
                dobj = [c for c in tok.children if c.dep_ == "dobj"]
                subj = dobj[0] if dobj else next(
                    (c for h in heads for c in h.children if c.dep_ == "nmod" and c.i < h.i
                     and _person(ctx, actor_of_phrase(ctx.doc, ctx.actors, c))), None)
            if subj is None:
                continue
            actor = _subject_actor(ctx, subj)
            if subj.lower_ in _THIRD_PERSON and _speaks_here(ctx, subj, actor):
                continue  # "'He'll be our envoy,' the president said": the speaker's "he" is someone else
            if not _person(ctx, actor) or not self._wanted(actor):
                continue
            if self._only_expected(tok) or any(c.dep_ == "neg" for c in tok.children):
                continue  # "X is not the chairman": the text denies the office
            # an office that opens a sentence told in the past was held then ("As mayor in the 1980s, X took on")
            status = "former" if opening and tok.tag_ == "VBD" else self._tense_status(tok)
            more: list[Token] = []
            for h in heads:  # `A, B and C`: appositions and conjuncts are further offices
                more += [c for c in h.children if c.dep_ in ("appos", "conj") and _is_head(c)]
            for h in heads + more:
                toks = _phrase_tokens(h)
                for part in _split_conj(h, toks):
                    self.add(_role(ctx, actor, part, tok.sent, status=_status_from(part, status),  # type: ignore[arg-type]
                                   anchors=[tok]))

    def _predicate_verbs(self) -> "list[Token]":
        """The tokens ``predicates`` reads, in text order: those of its verbs ("be", "serve", "become",
        "take", ...), and the verb of a sentence that opens with "as" ("As mayor, X built"), which its
        "as" names as its head; no other token gives a predicate's office."""
        doc = self.ctx.doc
        found = {t.i: t for t in self._with_lemma(_PREDICATE_LEMMAS)}
        toks = tokens(doc)
        for i in word_positions(doc, {"as"}):
            verb = toks[i].head
            if verb.i != i and verb.sent.start == i:
                found[verb.i] = verb
        return [found[i] for i in sorted(found)]

    @staticmethod
    def _only_expected(verb: "Token") -> bool:
        """`X could become / is likely to be / is expected to become / hopes to be TITLE`: a holder the text
        only expects or who seeks the office, who holds no role."""
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can") for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in verb.children):
            return True  # `If elected, X would become the first ...`: a condition, not an office
        t = verb
        for _ in range(2):
            if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
                return False
            t = t.head
            if t.lower_ in NO_ROLE_WORDS or t.lemma_.lower() in _EXPECT_VERBS:
                return True
        return False

    @staticmethod
    def _tense_status(verb: "Token") -> str:
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.lemma_.lower() in _STAY_VERBS or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _STAY_VERBS:
            return "current"  # "will continue to serve as chair", "stays on to act as mayor": held now
        if any(a.lower_ in ("has", "have") for a in aux) and any(
                c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
            return "current"  # "has been prime minister since 2018"
        if any(a.lower_ in ("will", "would", "shall") or a.lower_ == "to" for a in aux):
            return "incoming"
        if verb.lemma_ == "nominate" and not any(a.lower_ in ("has", "have", "had") for a in aux):
            return "nominee"  # "is nominating X as", "was nominated to be": awaiting confirmation
        if verb.lemma_ in _BECOME_VERBS | {"take"} and verb.lemma_ != "be":
            return "current"
        if verb.tag_ in ("VBD", "VBN") or any(a.lower_ in ("has", "have", "had") for a in aux):
            if verb.tag_ == "VBG":
                return "current"
            return "former"
        return "current"

    # -- taking office --------------------------------------------------------------------------
    def office_starts(self) -> None:
        """The start of a term from the day its holder took office ("since he took power in 2012",
        "was sworn in on Jan. 20", "came to power in 1955"): the holder's role told in that sentence,
        else the holder's one office still held, gets the date as its start where it has none."""
        ctx = self.ctx
        for tok in self._with_lemma(_TAKING_OFFICE):
            if tok.pos_ != "VERB" or not _takes_office(tok):
                continue
            date = self._date_of(tok)
            subj = verb_subject(tok) if date else None
            if subj is None or subj.dep_ == "expl":
                continue
            actor = actor_of_phrase(ctx.doc, ctx.actors, subj)
            if not _person(ctx, actor) or not self._wanted(actor):
                continue
            sent = tok.sent
            own = [r for r in self.roles if r.actor == actor and r.span == (sent.start_char, sent.end_char)]
            if not own:
                held = [r for r in self.roles if r.actor == actor and r.status in ("current", "acting")]
                own = held if len({r.title.lower() for r in held}) == 1 else []
            for role in own:
                role.start = role.start or date

    def _date_of(self, verb: "Token") -> str | None:
        """The date a verb happens on, as the parse hangs it on the verb ("in 2012", "on Tuesday",
        "last year")."""
        doc = self.ctx.doc
        for tx in self.ctx.timexes:
            if tx.type != "DATE" or not _DATE_VALUE.match(tx.value or "") \
                    or not verb.sent.start_char <= tx.span[0] < verb.sent.end_char:
                continue
            span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if root.head.i == verb.i and root.dep_ in ("npadvmod", "tmod") or (
                    root.head.dep_ == "prep" and root.head.lower_ in ("in", "on") and root.head.head.i == verb.i):
                return tx.value
        return None

    # -- verbs of leading a body -------------------------------------------------------------------
    def verb_offices(self) -> None:
        """An office told by its verb: "X, who heads the Y council" (Head of the Y Council), "X chaired
        the committee" (Chair, former), "X commands the force", "the think tank, led by X" (Leader).
        The body must be one: an organisation the actors stage knows, or a noun of a body ("party",
        "committee", "agency"); "led the talks" and "heads home" give nothing."""
        ctx = self.ctx
        for tok in self._with_lemma(_LEADING_VERBS):
            noun = _LEADING_VERBS.get(tok.lemma_.lower())
            if noun is None or tok.pos_ != "VERB" or tok.tag_ == "VBG" or any(
                    c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
                    for c in tok.children):
                continue  # "commanding forces in X" tells a deed; "directed the department to" an order
            holder: Token | None = None
            body: Token | None = None
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agent and tok.dep_ == "acl" and tok.tag_ == "VBN":  # "the think tank, led by X"
                holder, body = agent[0], tok.head
            elif not agent and tok.lemma_.lower() != "lead":  # "led the talks": no office
                holder = verb_subject(tok)
                if holder is not None and holder.lower_ in ("who", "that") and tok.dep_ == "relcl":
                    holder = tok.head
                body = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if holder is None or body is None or not self._a_body(body):
                continue
            if any(c.dep_ in ("aux", "neg") and c.lower_ in ("will", "would", "could", "may", "might", "not", "n't",
                                                           "to", "should") for c in tok.children):
                continue  # an office only spoken of ("would head", "did not chair")
            actor = actor_of_phrase(ctx.doc, ctx.actors, holder)
            if not _person(ctx, actor) or not self._wanted(actor) or _inside_quotation(tok):
                continue
            obj = [t for t in body.subtree if _outside_clauses(t, body) and not (
                t.i > body.i and t.dep_ in ("punct", "cc", "conj"))]
            owner = {x.i for c in body.children if c.dep_ == "poss" for x in c.subtree}
            obj = [t for t in obj if t.i not in owner] if tok.dep_ != "acl" else [body] + [
                t for t in obj if t.dep_ in ("compound", "amod") and t.head.i == body.i]
            obj = sorted(obj, key=lambda t: t.i)
            text = " ".join(t.text for t in obj if not t.is_punct)
            title = normalise_title(f"{noun} of {text}")
            if len(obj) > 10 or len(title) < 3:
                continue
            a = ctx.actors.get(actor)
            status = "former" if tok.tag_ == "VBD" else "current"
            self.add(Role(actor=actor, title=title, span=(tok.sent.start_char, tok.sent.end_char),  # type: ignore[arg-type]
                          text=tok.sent.text.strip(), organization=_organization_of(ctx, obj),
                          country=a.country if a is not None else None, status=status))

    def _a_body(self, tok: "Token") -> bool:
        if tok.tag_ == "NNS":
            return False  # "forces", "candidates": no one body
        a = self.ctx.actors.get(self.ctx.actors.at_token(tok.i))
        if a is not None:
            return a.kind in ("organization", "group")
        return tok.lemma_.lower() in _BODY_NOUNS

    # -- posts, ends and successions ---------------------------------------------------------
    def posts(self) -> None:
        ctx = self.ctx
        for tok in self._with_lemma(_POST_NOUNS):
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "as")]
            heads = [g for p in of for g in p.children if g.dep_ == "pobj" and _is_head(g)]
            if not heads:
                continue
            owner = self._owner(tok)
            if owner is None or owner.lower_ in _THIRD_PERSON and _inside_quotation(owner):
                # a "he" inside someone's quoted words is not the speaker, and which one it is the text
                # tells only the speaker's listeners
                continue
            actor = actor_of_phrase(ctx.doc, ctx.actors, owner)
            if not _person(ctx, actor) or not self._wanted(actor):
                continue
            ending = any(a.lemma_.lower() in _END_NOUNS | _END_VERBS for a in [tok, *tok.ancestors][:4])
            for h in heads:
                role = _role(ctx, actor, _phrase_tokens(h), tok.sent)  # type: ignore[arg-type]
                self.add(role)
                if ending and role is not None:
                    self.ends.append((actor, False, {role.title}, tok.sent))  # type: ignore[arg-type]

    @staticmethod
    def _owner(post: "Token") -> "Token | None":
        for t in [post, *list(post.ancestors)[:3]]:
            for c in t.children:
                if c.dep_ == "poss":
                    return c
            if t.pos_ == "VERB":
                return verb_subject(t)
        return None

    def resignations(self) -> None:
        ctx = self.ctx
        for tok in self._with_lemma(_END_VERBS | _END_NOUNS):
            lemma = tok.lemma_.lower()
            owner: Token | None = None
            if tok.pos_ == "VERB" and lemma in _END_VERBS:
                if lemma == "step" and not any(c.lower_ in ("down", "aside") for c in tok.children):
                    continue
                # "left office", "departed from his post"; "will depart for Davos" is a journey
                if lemma in ("leave", "depart") and not any(
                        g.lemma_ in _POST_NOUNS | {"government", "administration"}
                        for c in tok.children for g in (c, *(c.children if c.dep_ == "prep" else ()))):
                    continue
                if _unreal_end(tok):
                    continue
                owner = verb_subject(tok)
                if lemma in ("oust", "fire", "dismiss", "sack"):
                    objs = [c for c in tok.children if c.dep_ in ("dobj",)]
                    owner = objs[0] if objs else (owner if any(c.dep_ == "auxpass" for c in tok.children) else None)
            elif tok.pos_ == "NOUN" and lemma in _END_NOUNS:
                if _unreal_end(tok):
                    continue
                poss = [c for c in tok.children if c.dep_ == "poss"]
                # "the resignation of CIA Director X": the one it is of
                of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
                owner = poss[0] if poss else of[0] if of else (verb_subject(tok.head) if tok.dep_ == "dobj" else None)
            if owner is None or owner.lower_ in _THIRD_PERSON and _inside_quotation(owner):
                # a "he" inside someone's quoted words is not the speaker, and which one it is the text
                # tells only the speaker's listeners
                continue
            actor = actor_of_phrase(ctx.doc, ctx.actors, owner)
            if not _person(ctx, actor) or not self._wanted(actor):
                continue
            done = tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "to") for c in tok.children)
            # "resigned as secretary of state", "fired X as FBI director": the office that ends is named
            titles: set[str] = set()
            for head in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                         if g.dep_ == "pobj" and _is_head(g)):
                role = _role(ctx, actor, _phrase_tokens(head), tok.sent, status="former" if done else "current")  # type: ignore[arg-type]
                if role is not None:
                    self.add(role)
                    titles.add(role.title)
            self.ends.append((actor, done, titles, tok.sent))  # type: ignore[arg-type]

    def _date_in(self, start: int, end: int) -> "Timex | None":
        for t in self.ctx.timexes:
            if t.type == "DATE" and start <= t.span[0] < end and re.match(r"^\d{4}(-\d\d){0,2}$", t.value or ""):
                return t
        return None

    def _end_date(self, actor: str, sent: "Span") -> str | None:
        """The date the end takes effect: an `effective`/`ends` date nearby, else the end's own date."""
        doc = self.ctx.doc
        sents = [sent]
        s = sent
        for _ in range(3):
            if s.end >= len(doc):
                break
            s = doc[s.end].sent
            sents.append(s)
        for s in sents:
            if _EFFECT.search(s.text):
                t = self._date_in(s.start_char, s.end_char)
                if t is not None:
                    return t.value
        t = self._date_in(sent.start_char, sent.end_char)
        if t is not None:
            return t.value
        for ev in self.ctx.events:
            if ev.event == "RETREAT" and ev.mode == "resign" and actor in ev.actor and ev.date:
                return ev.date.get("value")
        return None

    def apply_ends(self) -> None:
        done: set[str] = set()
        pub = self.ctx.published.isoformat() if self.ctx.published else None
        for actor, past, titles, sent in self.ends:
            if actor in done:
                continue
            date = self._end_date(actor, sent)
            # a person whose one office is told as over ("former President X") and whose end the text
            # tells ("X's ouster in 2014"): that office is the one that ended
            own = [r for r in self.roles if r.actor == actor]
            only_former = bool(own) and all(r.status == "former" for r in own) \
                and len({r.title.lower() for r in own}) == 1
            for role in self.roles:
                told_there = role.span == (sent.start_char, sent.end_char)  # "fired Attorney General X": former
                if role.actor != actor or role.status not in ("current", "acting") and role.title not in titles \
                        and not (told_there and role.status == "former") and not (only_former and not titles):
                    continue
                if role.span[0] > sent.end_char + 2000 and role.title not in titles or titles and role.title not in titles:
                    continue
                role.end = role.end or date
                if past and pub and role.end and role.end[:len(pub)] <= pub[:len(role.end)]:
                    role.status = "former"  # "fired ... earlier this month": the term is over
            if date:
                done.add(actor)

    def successions(self) -> None:
        ctx = self.ctx
        for tok in self._with_lemma(_SUCCEED_VERBS):
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or lemma not in _SUCCEED_VERBS:
                continue
            if lemma in ("take", "step") and not any(c.lower_ in ("over", "in") for c in tok.children):
                continue
            if lemma == "replace" and any(t.dep_ == "prep" and t.lower_ == "with" and t.head.i in (
                    tok.i, *(c.i for c in tok.children if c.dep_ == "dobj")) for t in tok.subtree):
                continue  # "replaced X with Y": the one who replaces holds nothing, and Y's office is X's
            subj = _object_controller(tok) or verb_subject(tok)
            if subj is None:
                continue
            new = actor_of_phrase(ctx.doc, ctx.actors, subj)
            if not _person(ctx, new) or not self._wanted(new):
                continue
            old: str | None = None
            for c in tok.children:
                if c.dep_ in ("dobj", "prep"):
                    for t in c.subtree:
                        a = ctx.actors.at_token(t.i)
                        if a and a != new and ctx.doc[t.i].ent_type_ in ("PERSON", "GPE", "ORG", ""):
                            old = a
                            break
                if old:
                    break
            if old is None:
                continue
            if self.only is not None:
                raise _NeedsAll  # the office the new holder takes is told by the old holder's roles
            prior = [r for r in self.roles if r.actor == old and r.status in ("current", "acting")]
            if not prior:  # a surname the actors stage did not merge with the full name
                name = (known.name if (known := ctx.actors.get(old)) else old).lower()
                prior = [r for r in self.roles if r.status in ("current", "acting") and r.actor != new
                         and (holder.name.lower().endswith(" " + name) if (holder := ctx.actors.get(r.actor)) else False)]
            if not prior:
                continue
            own = {w for r in self.roles if r.actor == new for w in r.title.lower().split()} - {"of", "for", "to", "in"}
            prior.sort(key=lambda r: (len(own & set(r.title.lower().split())), r.end is not None, len(r.title)),
                       reverse=True)
            src = prior[0]
            status = "acting" if _ACTING.search(tok.sent.text) else "incoming"
            self.roles.append(Role(actor=new, title=src.title, span=(tok.sent.start_char, tok.sent.end_char),  # type: ignore[arg-type]
                                   text=tok.sent.text.strip(), organization=src.organization,
                                   country=src.country, start=src.end, status=status))

    def _kb_over(self, role: Role) -> bool:
        """Whether the knowledge base's dated terms of this office hold the person, all of them over
        by the report's date: a past holder the text titles as in office ("as President X did")."""
        actor = self.ctx.actors.get(role.actor)
        on = self.ctx.published
        if actor is None or on is None:
            return False
        key = office_key(role.title, role.organization)
        country = role.country or key.country
        name = _name_ends(actor.name)
        sources = kb_sources()
        held = [t for t, _ in kb_terms(key.key, country) if any(_name_ends(n) == name for n in t.names)]
        if not held:
            return False
        for t in held:
            # a term with no end is open, or ends after the source's date: never known to be over
            last = t.bounds(sources.get(t.source, {}).get("known_until"))[1] if t.end else None
            if last is None or last >= on:
                return False
        return True

    def finish(self) -> list[Role]:
        pub = self.ctx.published.isoformat() if self.ctx.published else None
        merged: dict[tuple[str, str], Role] = {}
        for role in self.roles:
            if pub and role.end and role.status == "current" and (
                    role.end[:len(pub)] < pub[:len(role.end)]
                    # a term told from start to end ("from 2012 to 2015") ending in the year of the report
                    # is over: a term still running is told "since"
                    or role.start and role.end[:len(pub)] == pub[:len(role.end)] and len(role.end) < len(pub)):
                role.status = "former"
            if pub and role.start and role.start > pub and role.status == "current":
                role.status = "incoming"
            if role.status == "current" and self.ctx.published and not role.end and self._kb_over(role):
                role.status = "former"  # "the lesson President X learned in 2002", told in 2018
            key = (role.actor, role.title.lower())
            have = merged.get(key)
            if have is None:
                merged[key] = role
                continue
            have.end = have.end or role.end
            have.start = have.start or role.start
            have.organization = have.organization or role.organization
            have.country = have.country or role.country
            if have.status == "current" and role.status != "current":
                have.status = role.status
        return sorted(_drop_ranks(_merge_same_office(list(merged.values()))), key=lambda r: r.span)


# military ranks, which the corpus records as a role only for a person the text gives no office:
# "Gen. X, chairman of the Joint Chiefs of Staff" holds the chairmanship (on the train split, 25 of the 32
# ranks told beside another office of the same person were not annotated)
_RANK_WORDS = frozenset({"general", "admiral", "colonel", "major", "captain", "lieutenant", "brigadier", "sergeant",
                         "corporal", "private", "commodore", "vice", "rear", "staff", "master", "first", "commander"})
_RANK_HEADS = frozenset({"general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant", "corporal",
                         "commodore"})


def _is_rank(title: str) -> bool:
    words = re.findall(r"[a-z]+", title.lower())
    return bool(words) and words[-1] in _RANK_HEADS | {"commander"} and set(words) <= _RANK_WORDS \
        and (words[-1] != "commander" or len(words) > 1)  # "Lieutenant Commander", not "Commander"


def _drop_ranks(roles: list[Role]) -> list[Role]:
    """The roles without the military ranks of people who hold an office the text names."""
    office = {r.actor for r in roles if not _is_rank(r.title)}
    return [r for r in roles if r.actor not in office or not _is_rank(r.title)]


@functools.lru_cache(maxsize=4096)  # the knowledge base's names, read for every titled person's office
def _name_ends(name: str) -> tuple[str, ...]:
    """A person's first and last name, which the knowledge base and the text share where one of them
    adds a middle initial or a suffix ("Barack H. Obama", "James R. Clapper Jr.")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\-]*", name.lower()) if w not in NAME_SUFFIXES]
    return (words[0], words[-1]) if len(words) > 1 else tuple(words)


_OFFICE_CHANGERS = {"vice", "deputy", "assistant", "under", "associate", "co", "lieutenant", "sub", "former", "ex"}
_TITLE_STOP = {"of", "the", "for", "to", "in", "on", "at", "and", "a", "an"}


def _office_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", title.lower()) if w not in _TITLE_STOP}


def _merge_same_office(roles: list[Role]) -> list[Role]:
    """One role per person and office: a title whose words all lie in another title of the same person
    ("Professor" and "Political Science Professor at X"; "First Sitting President" and "President") is the
    same office told twice, and the fuller title stays, unless the extra words make another office
    ("Vice President" is not "President")."""
    out: list[Role] = []
    for role in sorted(roles, key=lambda r: -len(_office_words(r.title))):
        words = _office_words(role.title)
        same = next((o for o in out if o.actor == role.actor and words and words <= _office_words(o.title)
                     and not (_office_words(o.title) - words) & _OFFICE_CHANGERS), None)
        if same is None:
            out.append(role)
            continue
        same.span = min(same.span, role.span)
        if same.span == role.span:
            same.text = role.text
        same.start, same.end = same.start or role.start, same.end or role.end
        same.organization, same.country = same.organization or role.organization, same.country or role.country
        if same.status == "current" and role.status != "current":
            same.status = role.status
    return out


# the lemmas of the tokens the loops over the document visit (``_Finder._with_lemma``)
_WALKED_LEMMAS = frozenset(_PREDICATE_LEMMAS | _TAKING_OFFICE | _LEADING_VERBS.keys() | _POST_NOUNS | _END_VERBS
                           | _END_NOUNS | _SUCCEED_VERBS)


def find_roles(doc: "Doc", *, actors: "ActorTable", timexes: "list[Timex]", events: "list[Event]",
               published: Any, only: "set[str] | frozenset[str] | None" = None) -> list[Role]:
    """The roles of ``doc``; with ``only``, those of these actors alone, as the whole search gives them.

    Each pattern gives an actor's roles from that actor's mentions, the tokens that name it and its own
    roles, so a search for a few actors (the speakers the quotes stage adds, read once the other actors'
    roles are known) looks at their mentions and keeps to them. Two patterns read the others' roles: an
    office told without a name, which no other person may hold already (``unnamed``), and a succession,
    whose new holder takes the old one's office; where the actors asked for may be read by them (one
    with no name of its own, a new holder), the whole search is made and its roles of these actors kept.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    persons = frozenset(a.id for a in actors.actors if a.kind == "person" and actors.get(a.id) is a)
    ctx = _Ctx(doc, actors, list(timexes or []), list(events or []), published, persons, labels(doc, "TAG"))
    if only is not None:
        named = {m.actor for m in actors.mentions if m.kind == "name"}
        if all(a in named for a in only):
            try:
                return _search(_Finder(ctx, only))
            except _NeedsAll:
                pass
        return [r for r in _search(_Finder(ctx)) if r.actor in only]
    return _search(_Finder(ctx))


def _search(finder: _Finder) -> list[Role]:
    finder.prenominal()
    finder.plural_lists()
    finder.appositions()
    finder.fronted()
    finder.postposed()
    finder.predicates()
    finder.posts()
    finder.verb_offices()
    finder.office_starts()
    finder.titled()
    finder.unnamed()
    finder.resignations()
    finder.apply_ends()
    finder.successions()
    return finder.finish()
