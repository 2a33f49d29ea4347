"""Countries, organisations and groups: step 4 of resolving actors gathers their names into one
cluster each (a country, a dictionary entry, else a name and sector); step 5 codes each cluster."""

from __future__ import annotations

from ._agents import actor_context, context_country, names_a_country
from ._cluster import GROUP_SECTORS, Cluster, Context, country_name, strip_the, tidy_name
from ._coding import (BRANCHES, CHAMBER_WORDS, INTERGOVERNMENTAL, OTHER_PARTY_WORDS, STATE_SECTORS,
                      TITLE_ABBREVIATIONS, TRANSNATIONAL_PREFIX, US_PARTY_NAMES, _STANCE_PREFIXES, _country_of, code_of, org_sector,
                      remit_named)
from ._composites import state_body_name
from ._dictionaries import CAMEO_REGIONS, bundled, norm, split_code
from ._mentions import Cand
from ._people import leader_country
from ..events._lexicon import lowered_lemmas
from ..nlp import lowers, span_root, tokens
from ..records import ActorTable

__all__ = ["cluster_others", "code_other", "name_by_phrase", "phrase_names"]

_OUT_OF_POWER = frozenset({"opposition", "defeated", "ousted", "banned", "outlawed", "exiled"})
# A community named by its faith is a religious actor (the PLOVER gold codes "Moslem fundamentalist"
# and the CAMEO religion codes MOS, CHR as REL); an ethnic or national group has no sector of its own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_RELIGIONS = frozenset({"moslem", "moslems", "muslim", "muslims", "islamic", "christian", "christians",
                        "catholic", "catholics", "protestant", "protestants", "jewish", "jew", "jews", "hindu",
                        "hindus", "buddhist", "buddhists", "sikh", "sikhs", "sunni", "sunnis", "shia", "shiite",
                        "shiites", "alawite", "alawites", "alewite", "coptic", "copts", "evangelical",
                        "evangelicals", "orthodox"})


def cluster_others(cands: list[Cand]) -> list[Cluster]:
    """One cluster per country (its names and demonyms), per dictionary entry (entries of one body, by
    :func:`_same_bodies`, as one), else per name and sector."""
    others: dict[str, Cluster] = {}
    fuller = _fuller_names(cands)
    same = _same_bodies(cands) if LINK_ENTRIES else {}
    for c in cands:
        if c.kind == "person":
            continue
        # "the Times" after "The New York Times": the body named in full
        full = fuller.get(id(c), c)
        key, kind = _cluster_key(full, same)
        cl = others.get(key)
        if cl is None:
            cl = Cluster(kind)
            others[key] = cl
            cl.entry, cl.iso = full.entry, full.iso
        cl.cands.append(c)
    return list(others.values())


def phrase_names(clusters: list[Cluster]) -> dict[str, str]:
    """id -> a name for each group every name of which is an adjective its agent noun extends ("Republican
    senators", "Kurdish fighters", "European leaders"), as the annotators name it, rather than the adjective
    ("Republican") the steps read (a US party's word is American). The pipeline gives it after the actor
    filters (:func:`name_by_phrase`), whose learned part was trained on the adjective."""
    out: dict[str, str] = {}
    for cl in clusters:
        if not cl.cands or not cl.extra:
            continue
        phrases = [c.phrase for c in cl.cands]
        if None in phrases:
            continue  # a bare name among them
        if cl.entry is not None:
            # a party every name of which its people's noun extends ("GOP senators": _composites._party_people)
            if cl.kind not in ("organization", "group"):
                continue
        elif cl.kind != "group" or cl.name not in {strip_the(c.text) for c in cl.cands}:
            continue  # a step named it otherwise
        out[cl.id] = max(phrases, key=lambda t: (phrases.count(t), len(t or ""))) or ""
    return out


def name_by_phrase(table: ActorTable, names: dict[str, str]) -> None:
    """Each actor of ``table`` that ``names`` (:func:`phrase_names`, and a state's body's name in the text's
    words, :func:`newsgraph.actors._composites.worded_names`) names takes that name; a party named only by its
    people's phrase ("GOP senators") becomes those people, a group, and a state's body keeps its kind. Its
    aliases lose the name."""
    B = bundled()
    for a in table.actors:
        name = names.get(a.id)
        if name:
            if a.name != state_body_name(B, a.country, a.sector):
                a.kind = "group"
            a.name = tidy_name(name)
            a.aliases = [n for n in a.aliases if n != a.name]


def _cluster_key(c: Cand, same: dict[int, int] | None = None) -> tuple[str, str]:
    """(cluster key, kind) of a name: its country, else its dictionary entry (``same``: an entry's id -> the
    id of the entry of the same body it is read as), else its text and sector."""
    if c.kind in ("country", "demonym"):
        return f"country:{c.iso}", "country"
    if c.entry is not None:
        eid = id(c.entry)
        return "entry:" + str((same or {}).get(eid, eid)), c.kind if c.kind in ("organization", "group", "country") else "organization"
    assert c.kind is not None  # the names without a kind were left out in steps 1 and 3
    return "name:" + norm(c.text) + ":" + (c.sector or ""), c.kind


# Whether the bases' entries of one body (:func:`_same_bodies`) make one cluster. Measured and off: on train
# it joins 25 pairs the annotators join ("the Pentagon" and "the Defense Department", "the Security Council" and
# "the U.N. Security Council") for one they keep apart, but on dev a joined body takes a mention the actors
# stage gives it wrongly ("CNN's Pentagon correspondent") and with it a quote: speaker accuracy under its floor
# (docs/evaluation.md, "Session 34, coref34").
LINK_ENTRIES = False
_FEW_ALIASES = 10
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in"})


def _entry_keys(entry) -> set[str]:
    return {norm(entry.name), *(norm(a) for a in entry.aliases)} - {""}


def _acronym(name: str) -> str:
    """The initials of a name's words ("international atomic energy agency" -> "iaea")."""
    return "".join(w[0] for w in name.split() if w not in _ACRONYM_SKIP)


def _linked(a, b) -> bool:
    """Whether two dictionary entries of one code are one body: they share two names or aliases ("Department
    of Defense" and "Defense Department" of "U.S. Department of Defense" and of "United States Military",
    whose alias "Pentagon" is), or one when neither lists many ("Security Council" of "UN Security Council"
    and "The Security Council"), or one's name is the other's initials ("IAEA", "International Atomic
    Energy Agency")."""
    if not a.codes or not b.codes or a.codes[0][0] != b.codes[0][0]:
        return False
    shared = len(_entry_keys(a) & _entry_keys(b))
    # an entry that lists a family of bodies under one name (the US military's commands, schools and chiefs)
    # shares one name with each of them: one body shares two, or one between entries of a few names each
    if shared >= 2 or shared and max(len(a.aliases), len(b.aliases)) <= _FEW_ALIASES:
        return True
    na, nb = norm(a.name).replace(" ", ""), norm(b.name).replace(" ", "")
    return any(len(short) >= 3 and short == _acronym(norm(e.name)) for short, e in ((na, b), (nb, a)))


def _same_bodies(cands: list[Cand]) -> dict[int, int]:
    """The dictionary entries of a document's bodies that are entries of one body (:func:`_linked`): the id
    of each such entry -> the id of the entry the text named first. The bases hold some bodies twice, under
    two names, and the text names them both ("the Pentagon", "the Defense Department"): one actor."""
    entries: list = []
    seen: set[int] = set()
    for c in cands:
        e = c.entry
        if e is not None and c.kind not in ("person", "country", "demonym") and id(e) not in seen:
            seen.add(id(e))
            entries.append(e)
    out: dict[int, int] = {}
    for k, e in enumerate(entries):
        for first in entries[:k]:
            if _linked(first, e):
                out[id(e)] = out.get(id(first), id(first))
                break
    return out


# Words that end a company's full name and that the text leaves out after naming it in full: "Ardisam Inc."
# and "Ardisam", "Yildiz Holding" and "Yildiz".
_COMPANY_ENDS = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited",
                           "llc", "plc", "holding", "holdings", "group"})


def _fuller_names(cands: list[Cand]) -> dict[int, Cand]:
    """An organisation named by one word ("the Times", "the Post") that is the last word of one
    longer organisation name in the document ("The New York Times"), or the first word of one "X of
    Y" name ("the House" after "the House of Commons"): that name's first mention. The short name is
    the text's way back to the body, not another body the dictionary knows by it. So too a name of
    several words that ends one longer name ("the Judiciary Committee" of "the House Judiciary
    Committee", "the Security Council" of "the U.N. Security Council") or that is a company's name
    without its ending ("Yildiz" of "Yildiz Holding")."""
    longer: dict[tuple[str, ...], list[Cand]] = {}
    headed: dict[tuple[str, ...], list[Cand]] = {}
    keys = {id(c): norm(c.text) for c in cands}  # each name's lookup key, made once
    for c in cands:
        words = keys[id(c)].split()
        if c.kind == "organization" and len(words) > 1:
            for k in range(1, len(words)):
                longer.setdefault(tuple(words[k:]), []).append(c)
            if len(words) > 2 and words[1] == "of":
                headed.setdefault((words[0],), []).append(c)
            end = len(words)
            while end > 1 and words[end - 1] in _COMPANY_ENDS:
                end -= 1
            if end < len(words):
                headed.setdefault(tuple(words[:end]), []).append(c)
    out: dict[int, Cand] = {}
    for c in cands:
        if c.kind != "organization" or not c.text[:1].isupper():
            continue
        words = keys[id(c)].split()
        if not words:
            continue
        for by in (longer, headed):
            names = {keys[id(o)] for o in by.get(tuple(words), [])}
            if len(names) != 1:
                continue
            full = by[tuple(words)][0]
            if by is headed and full.start > c.start and len(words) == 1 and keys[id(full)].split()[1:2] == ["of"]:
                continue  # the text names the body in full first, then by its head word
            # "the House" beside "the White House": the dictionary's other kind of body; an "X of Y" name
            # the dictionary does not know tells its kind by its own words ("House of Commons": LEG)
            sector = _sector_of(full.entry) if full.entry is not None or by is longer else org_sector(full.text)
            if c.entry is not None and c.entry is not full.entry and _sector_of(c.entry) != sector:
                continue
            out[id(c)] = full
            break
    return out


def _sector_of(entry) -> str | None:
    return split_code(entry.codes[0][0])[1] if entry is not None and entry.codes else None


def code_other(cl: Cluster, ctx: Context) -> None:
    """A country's, organisation's or group's name, country, sector and code: from the dictionary
    entry, else its name and the words around it, else (a group, an unknown organisation) the
    country of the context."""
    _code_from_names(cl, ctx)
    if cl.iso is None and cl.kind == "group" and _regional(cl):
        return  # "European leaders", "Arab nations", "Central American migrants": many countries
    if cl.kind in ("group", "organization") and (
            cl.iso is None or cl.iso == "IMG" and cl.code and cl.code[3:6] in CAMEO_REGIONS) and not _remit_body(cl, ctx):
        # "Kurds", "Moslem forces", a regional armed group, an organisation the dictionaries do
        # not know ("NPFL", "La Prensa"): the country of the context
        first = cl.cands[0]
        found = None
        if names_a_country(first.start, ctx.sent_index, ctx.iso_mentions):
            root = span_root(ctx.doc, first.start, first.end)
            around = actor_context(ctx.doc, root.i)
            around["skip"] = set(around["skip"]) | _branch_seat(root) | (_fellow_modifiers(root) if cl.kind == "organization" else set())
            found = context_country(first.start, ctx.sent_index, ctx.iso_mentions, exclude=_sided_with(cl, ctx),
                                    **around)
        cl.iso_from_context = found is not None and cl.iso is None
        cl.iso = found or cl.iso
        cl.code = code_of(cl.iso, cl.sector) if cl.entry is None or cl.iso != "IMG" else cl.code


def _remit_body(cl: Cluster, ctx: Context) -> bool:
    """Whether a body no base knows is named for the country it works on ("the Turkish Program" of a
    think tank, "the Korea Working Group"): neither that country nor its sentence's places it."""
    if cl.kind != "organization" or cl.entry is not None or not cl.cands:
        return False
    c = cl.cands[0]
    return remit_named(ctx.doc[c.start:c.end], ctx.bundled, ctx.lookup_entry)


def _owner_country(cl: Cluster, ctx: Context) -> str | None:
    """The one country the text names as the owner of a body's mentions: a possessive before the name
    ("South Korea's Joint Chiefs of Staff") or a demonym right before it ("the Israeli Cabinet"); None
    where none names one or they name several."""
    doc, B = ctx.doc, ctx.bundled
    found: set[str] = set()
    for c in cl.cands:
        if c.start >= 2 and doc[c.start - 1].tag_ == "POS":
            owner = doc[c.start - 2]
            iso = _country_of(doc[owner.left_edge.i:owner.i + 1], B, ctx.lookup_entry)[0]
        elif c.start >= 1 and doc[c.start - 1].dep_ in _MODIFIER_DEPS and doc[c.start - 1].head.i >= c.start:
            iso = B.demonyms.get(norm(doc[c.start - 1].text))
        else:
            iso = None
        if iso is not None and iso not in TRANSNATIONAL_PREFIX:
            found.add(iso)
    return found.pop() if len(found) == 1 else None


def _branch_seat(root) -> set[int]:
    """The tokens of the place a body's branch sits in, where the body is named by the branch's "of"
    phrase ("the London office of the Roe Foundation"): where the branch is, not whose the body is."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in BRANCHES:
        return set()
    return {m.i for m in root.head.head.lefts if m.dep_ == "compound" and m.ent_type_ in ("GPE", "LOC")}


def _fellow_modifiers(root) -> set[int]:
    """The tokens of the other words before the noun a body's name modifies ("a Chilean Roe College
    student", "Ruritania's Roe campaign"): they tell the noun's country, the student's or the
    campaign's, not the body's."""
    if root.dep_ not in ("compound", "nmod") or root.head.i <= root.i or root.head.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {t.i for m in root.head.lefts if m.i != root.i and m.dep_ in ("amod", "compound", "nmod", "poss")
            for t in m.subtree}


def _sided_with(cl: Cluster, ctx: Context) -> str | None:
    """The country a group's name says it sides with or against ("pro-Russian", "anti-American"): the
    group is not of it, so its sentence naming that country places it nowhere."""
    words = norm(cl.name or "").split()
    if not words or words[0] not in _STANCE_PREFIXES:
        return None
    B = ctx.bundled
    return next((iso for n in (2, 1) if (key := " ".join(words[1:n + 1])) and (
        iso := B.demonyms.get(key) or B.countries.get(key))), None)


# Adjectives of a region or of a community of states: a group they name is of many countries.
_REGIONS = frozenset({"european", "asian", "african", "arab", "latin american", "central american",
                      "south american", "north american", "east asian", "southeast asian", "south asian",
                      "central asian", "middle eastern", "mideast", "mid east", "western", "eastern european",
                      "gulf", "nordic", "scandinavian", "baltic", "balkan", "caribbean", "pacific", "sub saharan",
                      "west african", "east african", "north african", "southern african"})


def _regional(cl: Cluster) -> bool:
    """Whether a group's name opens with a region's adjective ("European", "Central American",
    "Arab") or is its people ("Europeans", "Latin Americans"): the text names people of many countries,
    so the sentence's country is no evidence."""
    words = norm(cl.name or "").split()
    return any((key := " ".join(words[:n])) in _REGIONS or key.endswith("s") and key[:-1] in _REGIONS
               for n in (1, 2))


def _code_from_names(cl: Cluster, ctx: Context) -> None:
    doc, B, lookup_entry = ctx.doc, ctx.bundled, ctx.lookup_entry
    toks = tokens(doc)  # a name's words as the shared list's slice: slicing the Doc makes a Span and its Tokens
    texts = [strip_the(c.text) for c in cl.cands if c.kind != "demonym"]
    if cl.kind == "country":
        cl.name = country_name(B, cl.iso)
        cl.code = cl.iso
        return
    cl.name = max(texts or [cl.cands[0].text], key=lambda t: (texts.count(t), len(t)))
    if cl.entry is not None:
        code = cl.entry.code_on(ctx.published) or (cl.entry.codes[-1][0] if cl.entry.codes else None)
        country, sector = split_code(code or "")
        cl.iso = cl.entry.country or country
        if cl.iso is None or cl.iso == "IMG":  # a regional code: the name may say the country
            cl.iso = _country_of(toks[cl.cands[0].start:cl.cands[0].end], B, lookup_entry)[0] or cl.iso
        cl.sector = cl.entry.sector or sector
        owned_by = _owner_country(cl, ctx) if cl.sector in STATE_SECTORS and cl.iso not in INTERGOVERNMENTAL else None
        if owned_by is None and ctx.abroad:
            # "the Supreme Court" of a story that names it "the UK Supreme Court" first (``_abroad``)
            owned_by = next((ctx.abroad[c.start] for c in cl.cands if c.start in ctx.abroad), None)
        if owned_by is not None and cl.iso not in TRANSNATIONAL_PREFIX:
            # "South Korea's Joint Chiefs of Staff", "the Israeli cabinet": the state the text names as
            # the owner outranks the one whose body of that name the bases hold (the US Joint Chiefs)
            cl.iso, code = owned_by, code_of(owned_by, cl.sector)
        if cl.sector == "ELI" and cl.kind == "organization":
            # Phoenix codes Washington think tanks "elites"; elites are people, a body's own name
            # tells its sector ("Center for ...", "... Institute": SOC)
            cl.sector = org_sector(cl.name, B.agents)
        cl.code = code
        if cl.kind not in ("organization", "group"):
            cl.kind = "group" if cl.sector in GROUP_SECTORS else "organization"
        if cl.iso in INTERGOVERNMENTAL:
            # the UN, NATO, the EU, the African Union: the guidelines' sector of an international
            # organisation is IGO, whatever its CAMEO code's function (GOV, MIL); the code keeps it
            cl.sector = "IGO"
        _party_in_opposition(cl, doc)
        _party_in_legislature(cl, doc)
        return
    cl.sector = org_sector(cl.name, B.agents) if cl.kind == "organization" else _group_sector(cl, doc)
    if cl.sector is None and cl.kind == "organization" and not set(norm(cl.name).split()) & CHAMBER_WORDS:
        # a chamber's caucus ("the House Roe Caucus, a group of conservative lawmakers") is no society's
        cl.sector = _kind_noun_sector(cl, doc, B.agents)
    c = cl.cands[0]
    cl.iso, org = _country_of(toks[c.start:c.end], B, lookup_entry)
    if cl.iso is not None and org is None and _remit_body(cl, ctx):
        cl.iso = None  # the country the body works on, not its own
    if cl.iso is None and c.start >= 2 and toks[c.start - 1].tag_ == "POS":  # "Ivory Coast's Supreme Court"
        owner = toks[c.start - 2]
        cl.iso, org = _country_of(toks[owner.left_edge.i:owner.i + 1], B, lookup_entry)
    if cl.iso is None and cl.kind == "group" and norm(cl.name or "") in US_PARTY_NAMES and any(
            _us_party_word(doc, c, B.agents) for c in cl.cands):
        # a US party's name alone as a group ("Republican" tagged NORP in "Republican Rep. Jay Roe", "a
        # Democratic aide"): the party's people, American, never the country of the sentence
        cl.iso, cl.sector = "USA", cl.sector or "PTY"
    if cl.iso is None and cl.kind == "organization" and _CONGRESS_WORDS & set(norm(cl.name or "").split()):
        # "the National Republican Congressional Committee", "the Congressional Management Foundation": a
        # body of the US Congress or named for it, as an agent called congressional is
        # (``_link._us_congress``), never the country of its sentence
        cl.iso = "USA"
    if cl.iso is None:
        # a body the dictionary knows inside a longer name ("IRNA news agency"): its country, and its
        # sector where the name itself tells none
        iso, sector = _known_body(toks[c.start:c.end], B, lookup_entry)
        if iso is not None:
            cl.iso, cl.sector = iso, cl.sector or sector
    if cl.iso is None and cl.kind == "organization":
        # "the Trump administration", "the Duterte government" where the text names the leader nowhere
        # else (so no person owns the phrase, actors/_owned.py): the government of the officeholder the
        # bases know by that surname
        words = [t.text for t in toks[c.start:c.end] if t.lower_ != "the"]
        if len(words) == 2 and words[1].lower() in _LEADERS_BODIES:
            words = words[:1]
        elif not (c.end < len(doc) and doc[c.end].lower_ in _LEADERS_BODIES):
            words = []  # the name taken alone ("Trump" before "administration") or no leader's body
        if len(words) == 1 and words[0][:1].isupper():
            iso = leader_country(words[0], ctx.published.isoformat() if ctx.published else None)
            if iso is not None:
                cl.iso, cl.sector = iso, cl.sector or "GOV"
    cl.code = code_of(cl.iso, cl.sector)
    _party_in_opposition(cl, doc)
    _party_in_legislature(cl, doc)


# Words of a body's name that name the US Congress (other legislatures are parliaments; a congress of
# another country is "Congress", "the National Congress", never "congressional" in a body's name).
_CONGRESS_WORDS = frozenset({"congressional"})


# Nouns of the government a leader's surname names: "the Trump administration", "the Karzai government".
_LEADERS_BODIES = frozenset({"administration", "government", "regime"})



def _us_party_word(doc, c: Cand, agents) -> bool:
    """Whether a party word stands alone as the US party's name: what follows is no capitalised word
    of a longer name ("Democratic Unionist", "Republican Guard"), but a lower-case word, a title
    ("Republican Rep.", "Democratic Senator") or a person's name, and no other party's word precedes."""
    if c.start > 0 and doc[c.start - 1].lower_ in OTHER_PARTY_WORDS:
        return False
    if c.end >= len(doc):
        return True
    nxt = doc[c.end]
    return not nxt.is_title or nxt.lower_.strip(".") in TITLE_ABBREVIATIONS or nxt.lower_ in agents or (
        nxt.ent_type_ == "PERSON")


def _known_body(span, B, lookup_entry) -> tuple[str | None, str | None]:
    """(country, sector) of a national organisation the dictionary knows that opens a longer name
    ("IRNA news agency", "House Rules Committee"), or opens it after a country's name ("U.S.
    Commerce Department"); (None, None) when there is none. A known name further in is another body
    ("European Council on Foreign Relations"), and so is a common noun that ends the name ("Global
    Times", "Blue House"). Groups are left out: the dictionaries give a few of them common words as
    names ("Organization", "The Foundation")."""
    toks = [t for t in span]
    while toks and not toks[0].text[:1].isupper():
        toks = toks[1:]  # "an earlier Justice Department probe"
    found = _opening_body(toks, len(toks) - (len(toks) == len(span)), lookup_entry)
    for k in (3, 2, 1):
        if found == (None, None) and len(toks) > k and (
                B.countries.get(norm(" ".join(t.text for t in toks[:k])))
                or B.demonyms.get(norm(" ".join(t.text for t in toks[:k])))):
            found = _opening_body(toks[k:], len(toks) - k, lookup_entry)
    return found


def _opening_body(toks, longest: int, lookup_entry) -> tuple[str | None, str | None]:
    if not toks or not toks[0].text[:1].isupper():
        return None, None
    for n in range(min(4, longest), 0, -1):
        if n == 1 and (len(toks[0]) < 2 or len(toks) == 1 and not toks[0].is_upper):
            continue
        entry = lookup_entry(" ".join(t.text for t in toks[:n]))
        if entry is None or entry.kind != "organization" or not entry.codes:
            continue
        iso, sector = split_code(entry.codes[0][0])
        if iso and iso not in INTERGOVERNMENTAL and iso not in TRANSNATIONAL_PREFIX:
            return iso, sector
    return None, None


# Words that put a party's members in a legislature: "Senate Republicans", "congressional Democrats",
# "House GOP", "Republicans in Congress", "Democrats on Capitol Hill".
_CHAMBERS = CHAMBER_WORDS | {"capitol"}


# A party's name, and the nouns for its members or leaders in a legislature.
_PARTY_NAMES = US_PARTY_NAMES | {"republicans", "democrats"}
# The American parties' bare names for their members ("Republicans", "the Democrats", "the GOP").
_PARTY_MEMBERS = frozenset({"republicans", "democrats", "gop"})
_CAUCUS_NOUNS = frozenset({"senator", "lawmaker", "legislator", "congressman", "congresswoman", "leader",
                           "leadership", "caucus", "whip"})
_LEGISLATORS = _CAUCUS_NOUNS - {"leader", "leadership"}


def _party_in_legislature(cl: Cluster, doc) -> None:
    """Members of a party the text places in a legislature ("Senate Republicans", "Republicans in
    Congress") or names as its legislators or leaders ("GOP senators", "Republican leaders") are
    legislators (LEG), as the annotators code a party's caucus; a party's members with no chamber
    named, and the party itself (an organisation), stay PTY, unless the party's bare name is only the
    modifier of its legislators there ("GOP senators": the bases code "GOP" as the party; train 8 such
    actors fixed, none broken)."""
    party_named = bool(set(norm(cl.name or "").split()) & _PARTY_NAMES)
    # the party's bare name coded as the party ("GOP") where the text names its legislators ("GOP
    # senators", "House GOP leaders"): the annotators code the caucus, not the party
    caucus = cl.kind == "organization" and norm(cl.name or "") in _PARTY_MEMBERS
    if not (cl.kind == "group" or caucus) or not (cl.sector == "PTY" or cl.sector == "GOV" and party_named):
        return
    # the words around each name from the shared token list and lower-case words (a Span of the Doc
    # makes a Token per word, and each Token's lower_ is a string-store read)
    toks, low = tokens(doc), lowers(doc)
    for c in cl.cands:
        sent = toks[c.start].sent
        after = low[c.end:min(c.end + 3, sent.end)]
        if caucus and after and (toks[c.end].tag_ == "POS" or after[0] in ("'s", "\u2019s")):
            continue  # "the House GOP's bill": the party's
        before = set(low[max(c.start - 2, sent.start):c.start])
        placed = len(after) >= 2 and after[0] in ("in", "on") and (
            after[1] in _CHAMBERS or len(after) > 2 and after[1] == "the" and after[2] in _CHAMBERS)
        # "GOP senators", "Republican leaders", "the Democratic leadership": the noun the party's
        # name modifies (inside the mention or right after it) is a legislature's members or leaders
        nouns = {toks[c.end - 1].lemma_.lower()} | ({toks[c.end].lemma_.lower()} if after else set())
        # the party's leaders outside a chamber ("county GOP leaders") lead the party, not a caucus
        if before & _CHAMBERS or placed or party_named and nouns & (_LEGISLATORS if caucus else _CAUCUS_NOUNS):
            cl.sector = "LEG"
            cl.code = code_of(cl.iso, "LEG")
            return
    if party_named and not caucus and _at_work_in_congress(cl, doc):
        cl.sector = "LEG"
        cl.code = code_of(cl.iso, "LEG")


# Words of a legislature's work ("Democrats blocked the bill", "Republicans hold a majority in the
# Senate") and of an election's ("Democrats hope to win the race"), read in the sentences of a party's
# bare name. "House" alone: "the White House" is the executive.
_LEGISLATIVE_WORDS = frozenset({"congress", "congressional", "senate", "lawmaker", "legislator", "bill",
                                "legislation", "vote", "caucus", "filibuster", "speaker", "majority",
                                "minority", "chamber", "capitol", "amendment", "resolution", "hearing",
                                "committee", "impeachment", "impeach", "confirmation", "confirm"})
_ELECTORAL_WORDS = frozenset({"campaign", "primary", "election", "voter", "candidate", "nominee", "nomination",
                              "convention", "debate", "poll", "midterm", "race", "seat", "win", "ballot"})


def _at_work_in_congress(cl: Cluster, doc) -> bool:
    """Whether a party's members named by the party's bare name ("Republicans", "the Democrats") are
    its caucus at work: the sentences they are named in speak more of a legislature's business (a bill,
    a vote, the Senate, a majority) than of an election (a campaign, voters, a race); where those
    sentences speak of neither, the article does, its legislature's words dense (one in
    _LEGISLATIVE_DENSITY tokens) and four times its election's. The annotators code such a party's
    members LEG, and PTY where the story is the party's contest."""
    if norm(cl.name or "") not in _PARTY_MEMBERS:
        return False
    legislative = electoral = 0
    toks = tokens(doc)
    for sent in {toks[c.start].sent for c in cl.cands}:
        leg, ele = _business_words(doc, sent.start, sent.end)
        legislative, electoral = legislative + leg, electoral + ele
    if legislative or electoral:
        return legislative > 2 * electoral
    legislative, electoral = _business_words(doc, 0, len(doc))
    return legislative * _LEGISLATIVE_DENSITY >= len(doc) and legislative >= 4 * electoral


# One legislative word in this many tokens makes an article's business a legislature's.
_LEGISLATIVE_DENSITY = 80


def _business_words(doc, start: int, end: int) -> tuple[int, int]:
    """How many words of a legislature's business, and of an election's, tokens [start, end) hold ("the
    House", but not "the White House"). The lemmas and lower-case forms are the document's columns, read
    once per document: a party with no evidence in its own sentences has the whole article read."""
    # Counted by the sets' own membership tests over the slice, without a Python step per word (a party
    # with no evidence in its sentences has the whole article counted): the two word lists share no word,
    # and "house" is in neither, so each word counts once, as a word-by-word reading counts it.
    lemmas = lowered_lemmas(doc)[start:end]
    electoral = sum(map(_ELECTORAL_WORDS.__contains__, lemmas))
    legislative = sum(map(_LEGISLATIVE_WORDS.__contains__, lemmas))
    if "house" in lemmas:
        words = lowers(doc)
        legislative += sum(1 for i, lemma in enumerate(lemmas, start)
                           if lemma == "house" and not (i > 0 and words[i - 1] == "white"))
    return legislative, electoral


def _party_in_opposition(cl: Cluster, doc) -> None:
    """A party the text puts out of power ("the opposition Awami League", "the defeated Fatah Party")
    is the opposition (PLOVER OPP), not a party in government."""
    if cl.sector != "PTY":
        return
    toks, low = tokens(doc), lowers(doc)  # the shared list and words: no Span, no Token per word
    for c in cl.cands:
        words = {low[i] for i in range(max(c.start - 3, toks[c.start].sent.start), c.start) if not toks[i].is_punct}
        if words & _OUT_OF_POWER:
            cl.sector = "OPP"
            cl.code = cl.code[:3] + "OPP" + cl.code[6:] if cl.code and cl.code[3:6] == "PTY" else code_of(cl.iso, "OPP")
            return


def _group_sector(cl: Cluster, doc) -> str | None:
    """An unknown group's sector: the agent noun its name modifies ("Tamil civilian refugees" -> REF);
    a faith that modifies a generic noun for people, or stands alone ("Moslems"), is REL, but not one
    that modifies a noun the agent dictionary does not know ("Jewish settlers": no sector);
    "Moslem forces" are rebels (militaries are states')."""
    sector = next((c.sector for c in cl.cands if c.sector), None)

    def modifier(c: Cand) -> bool:
        last = doc[c.end - 1]
        return last.dep_ in _MODIFIER_DEPS and last.head.pos_ in ("NOUN", "PROPN") and last.head.i >= c.end

    religious = any(w in _RELIGIONS for c in cl.cands for w in norm(c.text).split()
                    if c.sector or not modifier(c))
    if religious and sector in (None, "CVL"):
        return "REL"
    return "REB" if sector == "MIL" else sector  # a community's armed men are no state's military


# Nouns that say what kind of body a name the text introduces is ("FlightAware, a flight tracking
# website", "the London-based firm Roe Markit", "the group Roe for Peace", "Roe, a civil rights
# group"), and the sector of that kind.
_KIND_NOUNS = {"group": "SOC", "organization": "SOC", "organisation": "SOC", "nonprofit": "SOC", "charity": "SOC",
               "firm": "BUS", "company": "BUS", "website": "BUS", "conglomerate": "BUS", "maker": "BUS",
               "manufacturer": "BUS", "retailer": "BUS", "startup": "BUS", "newspaper": "JRN", "broadcaster": "JRN",
               # the press's kinds of outlet ("the Roe Courier satirical magazine", "Roe Zeitung, a weekly",
               # "the tabloid Roe", "radio station KRXX")
               "magazine": "JRN", "newsmagazine": "JRN", "weekly": "JRN", "daily": "JRN", "tabloid": "JRN",
               "newsweekly": "JRN", "station": "JRN"}
# A kind noun that is the media's only with a modifier that says so ("radio station X", not "the X station").
_MEDIA_ONLY = {"station": frozenset({"radio", "television", "tv", "news", "broadcast"})}
# Sectors a modifier of the kind noun makes instead ("a militant group", "a news website").
_KIND_MODIFIERS = frozenset({"REB", "PRM", "UAF", "CRM", "JRN"})


def _kind_noun_sector(cl: Cluster, doc, agents: dict[str, str]) -> str | None:
    """The sector of a body of no known sector that a noun of its kind in apposition or before its
    name gives (:data:`_KIND_NOUNS`); a modifier of that noun that names an armed group or the media
    comes first ("the militant group X": REB)."""
    for c in cl.cands:
        root = span_root(doc, c.start, c.end)
        nouns = [t for t in root.children if t.dep_ == "appos"]
        if root.dep_ == "appos" or root.dep_ in ("compound", "nmod") and root.head.i >= c.end:
            nouns.append(root.head)  # "the lobby group, Roe,", "the Roe Civil Defense group"
        if root.pos_ == "NOUN" and root.i > c.start:
            nouns.append(root)  # the mention takes in its kind noun: "Roe Hebdo satirical magazine"
        if c.start > 0 and doc[c.start - 1].head.i == root.i and doc[c.start - 1].dep_ in ("compound", "nmod"):
            nouns.append(doc[c.start - 1])  # "the firm Roe Markit"
        for noun in nouns:
            kind = _KIND_NOUNS.get(noun.lemma_.lower())
            if kind is None or noun.pos_ != "NOUN":
                continue
            if noun.lemma_.lower() in _MEDIA_ONLY and not any(
                    m.lower_ in _MEDIA_ONLY[noun.lemma_.lower()] for m in noun.lefts):
                continue
            mods = [agents.get(m.lower_) for m in noun.lefts if m.dep_ in ("amod", "compound", "nmod")]
            return next((m for m in mods if m in _KIND_MODIFIERS), kind)
    return None

