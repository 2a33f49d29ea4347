"""Step 1 of resolving actors: the kind of every name (person, country, demonym, place, organisation,
group), decided with the evidence of the whole document."""

from __future__ import annotations

import datetime as dt

from ._agents import _COLLECTIVE
from ._cluster import GROUP_SECTORS, LookupEntry
from ._coding import STATE_TOKENS, edit_distance
from .._us_states import ABBREVIATIONS as US_STATES
from ._dictionaries import Bundled, Dictionary, norm, split_code
from ._mentions import Cand
from ._people import fuzzy_person
from ..nlp import lowers, span_text, tokens
from ..roles._titles import TITLE_HEADS

__all__ = ["type_names"]

_ADMIN_UNITS = {"province", "state", "region", "district", "county", "governorate", "prefecture", "oblast"}


def type_names(doc, cands: list[Cand], bundled: Bundled, user: list[Dictionary], lookup_entry: LookupEntry,
               pnames: set[str], pwords: set[str], published: dt.date | None) -> list[Cand]:
    """The names whose kind the document tells, each with its kind (and country, dictionary entry);
    a user dictionary is consulted first, a name tagged PERSON elsewhere is a person everywhere."""
    B = bundled
    # "U.S.-Israeli" tagged PERSON is no person's name: words that are all countries and demonyms
    # make no person evidence, so "Israeli" elsewhere stays a demonym
    pnames = {p for p in pnames if not all(w in B.countries or w in B.demonyms for w in p.split())}
    # "Islamic State" tagged ORG twice and PERSON once: a body the dictionaries know by that name,
    # which spaCy takes for an organisation more often than for a person, is no person's name
    tags: dict[str, list[int]] = {}
    for c in cands:
        tags.setdefault(norm(c.text), [0, 0])[c.label == "PERSON"] += 1
    bodies = {k for k, (other, person) in tags.items() if person and other > person and len(k.split()) > 1 and (
        (e := lookup_entry(k)) is not None and e.kind in ("organization", "group"))}
    pnames -= bodies
    # a name tagged PERSON whose form is a body's (:func:`_body_form`): that body at each of its mentions.
    # A name ending in a body's kind goes first, so that its last word is no surname ("Observatory"
    # beside "the Ruritanian Observatory")
    orgs: dict[str, int] = {}
    for c in cands:
        if c.label == "ORG":
            key = norm(c.text)
            orgs[key] = orgs.get(key, 0) + 1
    person_tagged: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label == "PERSON":
            person_tagged.setdefault(norm(c.text), []).append(c)
    formed = {k for k in person_tagged if _named_as_body(k)}
    pnames -= formed
    surnames = {p.split()[-1] for p in pnames if " " in p}
    formed |= {k for k, cs in person_tagged.items() if k not in surnames and k not in formed and any(_body_form(
        doc, c, k, orgs.get(k, 0) > tags[k][1], lookup_entry, B, pwords) for c in cs)}
    pnames -= formed
    # a body the dictionary knows tagged PERSON (:func:`_body`) is that body at each of its mentions,
    # not a person's name that makes its other mentions persons, unless the text names a person of
    # that surname ("Michael Bloomberg")
    surnames = {p.split()[-1] for p in pnames if " " in p}
    pnames -= {k for c in cands if c.label == "PERSON" and (k := norm(c.text)) not in surnames
               and _body(c.text, lookup_entry, B)}
    # (a hyphenated surname, "roe doe", is a name's last two words)
    pwords = pwords & ({w for p in pnames for w in p.split()} | {" ".join(p.split()[-2:]) for p in pnames})
    multi_person_words = {w for c in cands if c.label == "PERSON" for w in norm(c.text).split()[:-1]}
    states = _states_named(doc, cands, B)
    # the people of a state so named are a group of the state's country ("Georgians voted"), not
    # its nation's demonym
    state_demonyms = {d: _STATE_HOMONYMS[k][0] for k in states for d, iso in B.demonyms.items()
                      if iso == B.countries[k]}
    if states:
        doc.user_data[STATE_TOKENS] = {i: _STATE_HOMONYMS[w][0] if w in states else state_demonyms[w]
                                       for i, w in enumerate(lowers(doc)) if w in states or w in state_demonyms}
    for c in cands:
        key = norm(c.text)
        words = key.split()
        if c.label in ("GPE", "LOC") and len(words) > 1 and words[-1] in _ADMIN_UNITS and (
                " ".join(words[:-1]) in B.countries and key not in B.countries):
            c.end -= 1  # "Montenegro province": the place named, without the kind of unit
            c.text, key = span_text(doc, c.start, c.end), " ".join(words[:-1])
        uhit = next((h for d in user if (h := d.lookup(c.text)) is not None), None) if user else None
        in_country = B.countries.get(key) or B.demonyms.get(key)
        if uhit is not None:
            c.entry = uhit
            c.kind = uhit.kind or ("person" if c.label == "PERSON" else None)
            if c.kind is None:
                country, sector = split_code(uhit.code_on(published) or "")
                c.kind = "country" if (country and not sector and uhit.codes and len(uhit.codes[0][0]) == 3) else (
                    "group" if sector in GROUP_SECTORS else "organization")
            if c.kind == "country":
                c.iso = split_code(uhit.codes[0][0])[0] if uhit.codes else None
        elif key in bodies:
            c.entry = lookup_entry(c.text)
            c.kind = c.entry.kind if c.entry is not None else "organization"
        elif key in formed:
            # a named body (corpus/GUIDELINES.md, section 1), with the dictionary's codes where it knows
            # the body ("the Houthis")
            entry = lookup_entry(c.text)
            c.entry = entry if entry is not None and entry.kind in ("organization", "group") else None
            c.kind = "organization"
        elif c.label == "ORG" and (_known_person(c, words, lookup_entry) or _person_shaped(
                doc, c, words, lookup_entry, B) and (_person_in_apposition(doc, c, B) or _titled_before(doc, c))):
            c.kind = "person"
        elif c.label == "PERSON" and _body(c.text, lookup_entry, B) and not any(
                key == p.split()[-1] for p in pnames if " " in p):
            # "Politico", "Xinhua", "the Houthis" tagged PERSON: a body the dictionary knows (an outlet,
            # an armed group, a party, a company), unless the text names a person of that surname
            # ("Michael Bloomberg")
            c.entry = lookup_entry(c.text)
            c.kind = "organization"  # a named body (corpus/GUIDELINES.md, section 1)
        elif c.label == "PERSON" and not (in_country and key not in multi_person_words and
                                          not any(key == p.split()[-1] for p in pnames if " " in p)):
            c.kind = "person"
        elif (key in pnames or key in pwords) and not (in_country and not any(
                key == p.split()[-1] for p in pnames if " " in p)) and not _initialism(c):
            c.kind = "person"  # a person elsewhere in the text; a country name only as a surname
        elif key in state_demonyms:
            c.kind, c.iso = "group", state_demonyms[key]
        elif key in B.demonyms:
            c.kind, c.iso = "demonym", B.demonyms[key]
        elif key in states:
            c.kind, c.iso = "place", _STATE_HOMONYMS[key][0]  # "Atlanta, Georgia": the state, not the country
        elif key in B.countries:
            c.kind, c.iso = ("place" if key in B.places else "country"), B.countries[key]
        elif c.label == "GPE" and key in B.places and lookup_entry(c.text) is None:
            c.kind, c.iso = "place", B.places[key]
        else:
            entry = lookup_entry(c.text)
            if entry is not None and (entry.kind != "person" or c.label in ("PERSON", "DICT")):
                c.entry, c.kind = entry, entry.kind or "organization"
            elif " " not in key and fuzzy_person(key, pwords):
                c.kind = "person"
            elif c.label == "ORG":
                c.kind = "organization"
            elif c.label == "NORP":
                c.kind = "group"
    _placed_by_state(doc, cands)
    return [c for c in cands if c.kind is not None]


def _placed_by_state(doc, cands: list[Cand]) -> None:
    """A town the gazetteer places abroad but the text places in a US state by a comma ("Alexandria,
    Virginia", "Burlington, Vermont", "Paris, Texas") is the American town: the gazetteer keeps one town of
    each name. A list of places ("Sydney, Ottawa and Paris") places none of its items."""
    named = [c for c in cands if c.iso and c.kind in ("place", "country")]
    named.sort(key=lambda c: c.start)
    for p, q in zip(named, named[1:]):
        if (p.kind == "place" and q.kind == "place" and q.iso == "USA" and p.iso != "USA"
                and q.start == p.end + 1 and doc[p.end].text == "," and norm(q.text) in US_STATES
                and not (q.end < len(doc) and doc[q.end].lower_ in ("and", "or"))):
            p.iso = "USA"


def _body(text: str, lookup_entry: LookupEntry, bundled: Bundled) -> bool:
    """Whether a name is a body the dictionary knows by that name: an organisation or group whose codes
    give a sector and no dates, which is a news outlet ("Politico", "Mother Jones") or is named by one
    word, with an article or not ("Houthis", "Al Nour", "al-Shabab"). A Phoenix person root the
    dictionary build could not type has dated offices ("Hassan Rouhani" as an organisation from 2013),
    a code with no sector is a place's, and the sources list leaders under their bodies (a party's
    leader as an alias of the party, an armed group's founder as an entry of the group's kind): a name
    of more words stays a person's, and so does one word that is not the body's own name and ends a
    person's name in the bases ("al-Assad"), or shares no word with the body's name (give or take a
    letter: "al-Shabab", "Al-Shabaab")."""
    entry = lookup_entry(text)
    if entry is None or entry.kind not in ("organization", "group") or not entry.codes or not all(
            split_code(code)[1] and not (start or end) for code, start, end in entry.codes):
        return False
    if split_code(entry.codes[0][0])[1] == "JRN":
        return True
    words = [w for w in norm(text).split() if w not in _ARTICLES]
    if len(words) != 1:
        return False
    word = words[0]
    if word == " ".join(w for w in norm(entry.name).split() if w not in _ARTICLES):
        return True
    return word not in _person_last_words(bundled) and any(
        word == o or min(len(word), len(o)) >= 5 and edit_distance(word, o, 1) <= 1 for o in norm(entry.name).split())


_ARTICLES = frozenset({"al", "el", "the"})

# The last words of a body's name: its kind ("Committee", "Foundation", "Observatory") or a company's legal
# form ("Inc.", "Holdings"). No person's name in the news ends in one.
_BODY_LAST_WORDS = frozenset({
    "organization", "organisation", "movement", "front", "committee", "council", "party", "union", "alliance",
    "association", "federation", "league", "brigade", "brigades", "militia", "network", "foundation", "institute",
    "agency", "commission", "coalition", "authority", "ministry", "department", "bureau", "assembly",
    "parliament", "tribunal", "bank", "company", "corporation", "observatory", "shipping", "holdings", "inc",
    "corp", "ltd", "llc", "plc", "limited", "group", "fund", "university", "college", "center", "centre",
    "health"})
# Social networks and platforms: a company, never a person, however the tagger reads the one word.
_PLATFORM_NAMES = frozenset({"twitter", "facebook", "youtube", "instagram", "snapchat", "tiktok", "reddit",
                             "linkedin", "weibo", "telegram", "whatsapp"})


def _named_as_body(key: str) -> bool:
    """Whether a name is a platform's ("Twitter") or ends in a body's kind or legal form ("the Jay Roe
    Foundation", "Roe Shipping")."""
    words = key.split()
    return bool(words) and (len(words) == 1 and words[0] in _PLATFORM_NAMES or words[-1] in _BODY_LAST_WORDS)


def _body_form(doc, c: Cand, key: str, mostly_org: bool, lookup_entry: LookupEntry, bundled: Bundled,
               pwords: set[str]) -> bool:
    """Whether a name tagged PERSON that is not :func:`_named_as_body` is a body's all the same: it is
    tagged an organisation more often than a person ("Acme Health" tagged ORG five times, PERSON once),
    or it follows "the" and heads its phrase ("the Monitor said"), as a person's name takes no article,
    unless it is the plural of a surname ("the Roes"). Never a country's, a place's or a people's name,
    a name that opens with a title ("the Prophet", "the King of Ruritania"), a person the dictionaries
    know, or the last word of such a person's name ("Trump", which the tagger reads as a body in "Trump
    administration"). The caller leaves out the surnames of the text's full names."""
    words = key.split()
    if not words:
        return False
    B = bundled
    if key in B.countries or key in B.demonyms or key in B.places or words[0] in B.agents or (
            words[-1] in _person_last_words(B)):
        return False
    entry = lookup_entry(c.text)
    if entry is not None and entry.kind == "person":
        return False
    if mostly_org:
        return True
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    last = doc[c.end - 1]
    return (before == "the" or c.text.lower().startswith("the ")) and last.dep_ not in (
        "compound", "poss", "amod", "nmod") and last.tag_ != "NNPS" and not (
        words[-1].endswith("s") and words[-1][:-1] in pwords)


# Nouns of a person's post that the agent dictionary does not hold: "Jay Roe, the head of the agency".
_POST_NOUNS = frozenset({"head", "director", "chief", "founder", "chairman", "chairwoman", "deputy", "editor",
                         "correspondent", "reporter", "student", "expert", "analyst", "professor", "lawyer"})


def _initialism(c: Cand) -> bool:
    """Whether a name the tagger gave no PERSON label is an initialism: one word in capitals only, with
    periods or of at most three letters ("U.N.", "UN"). No person's name word makes it a person ("U.N."
    is no "Un" of "Kim Jong Un", as its normal form "un" would have it); a longer word in capitals
    ("MCALLEN" of a dateline) is left to the other evidence."""
    text = c.text
    letters = sum(ch.isalpha() for ch in text)
    return (c.label != "PERSON" and letters > 0 and not any(ch.islower() or ch.isspace() for ch in text)
            and ("." in text or letters <= 3))


def _known_person(c: Cand, words: list[str], lookup_entry: LookupEntry) -> bool:
    """Whether a name of two or more words tagged ORG is one the dictionaries hold as a person's
    ("Samantha Power, the U.S. ambassador"): the person, whose titles the coding then reads."""
    if len(words) < 2:
        return False
    entry = lookup_entry(c.text)
    return entry is not None and entry.kind == "person"


def _person_shaped(doc, c: Cand, words: list[str], lookup_entry: LookupEntry, bundled: Bundled) -> bool:
    """Whether a name tagged ORG may be a person's: two or three capitalised words with no dictionary
    entry, none a country's, a people's or a body's word, and no comma (a comma inside is two names run
    together: "Roe, Jay Doe")."""
    if not 2 <= len(words) <= 3:
        return False  # (most names leave here, before their tokens are read)
    span = tokens(doc)[c.start:c.end]  # the shared token list: a Span makes a new Token per word
    if not all(t.is_title for t in span if t.is_alpha) or any(
            t.is_punct and t.text != "-" for t in span) or lookup_entry(c.text) is not None:
        return False
    B = bundled
    return not any(w in B.countries or w in B.demonyms or w in _BODY_LAST_WORDS or w in B.agents for w in words)


def _person_in_apposition(doc, c: Cand, bundled: Bundled) -> bool:
    """Whether a name tagged ORG has an appositive that is a singular noun of a person's post ("Jay Roe,
    the head of the rescue service", "Jay Roe, a union spokesman"), not of a body ("Acme Ltd, the
    company")."""
    root = doc[c.end - 1]
    nouns = [t for t in root.children if t.dep_ == "appos" and t.i >= c.end]
    return any(t.tag_ == "NN" and (t.lower_ in _POST_NOUNS or bundled.agents.get(t.lower_) not in (None, "BUS"))
               and t.lower_ not in _COLLECTIVE for t in nouns)


def _titled_before(doc, c: Cand) -> bool:
    """Whether a name tagged ORG follows an office's or a trade's title noun in lower case ("Security
    Council spokesman Jay Roe", "contributor and former adviser Jay Roe"); not a body's kind ("the
    website Roe News")."""
    if c.start == 0:
        return False
    t = doc[c.start - 1]
    return t.is_lower and t.tag_ == "NN" and t.lower_ in TITLE_HEADS


_LAST_WORDS: dict[int, tuple[Dictionary, frozenset[str]]] = {}


def _person_last_words(bundled: Bundled) -> frozenset[str]:
    """The last words of the names and aliases of the persons the dictionaries hold, made once per
    dictionary (kept with it, so that its id is not reused)."""
    actors = bundled.actors
    hit = _LAST_WORDS.get(id(actors))
    if hit is None or hit[0] is not actors:
        hit = _LAST_WORDS[id(actors)] = (actors, frozenset(
            norm(n).split()[-1] for e in actors.entries if e.kind == "person" for n in [e.name, *e.aliases]
            if norm(n).split()))
    return hit[1]


# Country names that are also a state of another country: that country and the state's postal
# abbreviation in news style ("R-Ga.", "Atlanta, Ga."). The document's own words tell which is meant
# (:func:`_states_named`).
_STATE_HOMONYMS = {"georgia": ("USA", "Ga.")}
# Words after a state's name (or its possessive) that only a US state takes: its party members, its
# governor and secretary of state, its counties and legislature ("Georgia Republicans", "Georgia's
# secretary of state", "Georgia Gov. Jay Roe").
_STATE_WORDS = frozenset({"republican", "republicans", "democrat", "democrats", "democratic", "gop", "gov", "governor",
                          "secretary", "legislature", "county", "counties", "runoff", "statehouse", "state"})


def _states_named(doc, cands: list[Cand], B: Bundled) -> set[str]:
    """The names of :data:`_STATE_HOMONYMS` that the document uses for the state, unless it names a
    place of the country of that name ("Tbilisi"): the text gives the state's abbreviation, or one of
    the name's mentions follows a place of the state's country and a comma ("Atlanta, Georgia"), is
    listed with such places ("Georgia, Florida and Arizona"), follows "state of" or is followed by a
    word only the state takes (:data:`_STATE_WORDS`)."""
    out: set[str] = set()
    for key, (iso, abbreviation) in _STATE_HOMONYMS.items():
        mentions = [c for c in cands if norm(c.text) == key]
        if not mentions:
            continue
        country = B.countries[key]
        if any(B.places.get(norm(c.text)) == country for c in cands):
            continue
        if any(t.text == abbreviation for t in doc):
            out.add(key)
            continue
        for c in mentions:
            after = [t.lower_.rstrip(".") for t in doc[c.end:c.end + 2]]
            if after[:1] == ["'s"]:
                after = after[1:]
            before = [t.lower_ for t in doc[max(c.start - 2, 0):c.start]]
            place_before = c.start >= 2 and doc[c.start - 1].text == "," and any(
                B.places.get(norm(o.text)) == iso for o in cands if o.end == c.start - 1)
            listed = any((B.places.get(t.lower_) or B.countries.get(t.lower_)) == iso
                         for t in doc[c.end - 1].conjuncts)
            if place_before or listed or (after[:1] and after[0] in _STATE_WORDS) or before == ["state", "of"]:
                out.add(key)
                break
    return out
