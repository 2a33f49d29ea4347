"""Step 6 of resolving actors: every mention of each coded cluster, beyond its names: the words of a
person's title, definite title nouns ("the secretary"), sets of named actors ("the two leaders"), unnamed
agents that act or speak ("officials said", "a spokesman"), which become actors of their own, and
pronouns."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

from ._agents import MANY, actor_context, context_country, find_agents, names_a_country, phrase_country
from ._cluster import Cluster, Context
from ._coding import _STANCE_PREFIXES, STATE_SECTORS, TRANSNATIONAL_PREFIX, code_of
from ._coref import (_PARAGRAPHS_BACK, _STATE_NAME, Ref, described_agent, legislator_words, may_refer_back, paragraph_index,
                     person_evidence, resolve_described, resolve_descriptions, resolve_pronouns, resolve_sets,
                     resolve_titles)
from ._dictionaries import norm
from ..roles._offices import kb_terms
from ..nlp import head_indices, lowers, root_of, span_root, span_text, tokens, word_positions

__all__ = ["link_mentions", "place_by_sentence_before"]

_SUBJECTS = ("nsubj", "nsubjpass")


def link_mentions(ctx: Context, clusters: list[Cluster], people: list[Cluster]) -> None:
    """Give each cluster all its mentions (in ``extra``); the clusters of unnamed agents are appended
    to ``clusters``."""
    _equated_composites(ctx.doc, clusters)
    _equated_groups(ctx.doc, clusters)
    _titled_composites(ctx, clusters)
    refs = _name_refs(ctx, clusters)
    named = list(refs)
    by_id = {cl.id: cl for cl in clusters}
    _title_nouns(ctx, refs, by_id, people)
    _sets(ctx, refs, by_id)
    _described_persons(ctx, refs, named, by_id, clusters, people)
    guessed = _unnamed_agents(ctx, refs, by_id, clusters)
    _descriptions(ctx, refs, by_id, clusters)
    antecedent: dict[int, str] = {}
    for i, ref in resolve_pronouns(ctx.doc, refs, ctx.claimed, ctx.sent_index):
        by_id[ref.actor].extra.append((i, i + 1, "pronoun"))
        antecedent[i] = ref.actor
    _possessors_countries(ctx.doc, guessed, antecedent, by_id)
    _relative_pronouns(ctx.doc, clusters)


def _equated_composites(doc, clusters: list[Cluster]) -> None:
    """A composite ("the U.S. ambassador", "a former Israeli general") that an apposition or a copula
    equates with a named person ("Jane Doe, the U.S. ambassador to the UN", "Doe was the Israeli
    envoy") is that person's description, not the country's government: it becomes a title mention of
    the person. The composites claim their words before the persons' titles are read, so the title
    step never sees them."""
    owner = {i: cl for cl in clusters if cl.kind == "person" for c in cl.cands if c.kind == "person"
             for i in range(c.start, c.end)}
    if not owner:
        return
    for cl in clusters:
        # a person the composite step made of one official's noun ("a U.S. official", "a Pentagon aide",
        # "China's top negotiator": no name of its own) is such a description too
        if cl.kind != "composite" and not (cl.kind == "person" and not cl.cands):
            continue
        kept = []
        for c in cl.cands:
            person = _equated_with(doc, root_of(doc, c.start, c.end), owner)
            if person is None:
                kept.append(c)
            else:
                person.extra.append((c.start, c.end, "title"))
        cl.cands = kept
        _hand_over(cl, lambda start, end: _equated_with(doc, root_of(doc, start, end), owner), describes=True)


def _equated_groups(doc, clusters: list[Cluster]) -> None:
    """A group's name that is one singular noun ("a Republican", "Oklahoma Republican", "the top Democrat on
    the panel") and that an apposition or a copula equates with a named person ("Rep. Jan Roe, Oklahoma
    Republican, said"; "Roe is the ranking Democrat") describes that person: it becomes a title mention of
    the person, as a composite does (:func:`_equated_composites`), not a mention of the party's people
    (corpus/GUIDELINES.md, section 1: the longest phrase that names the actor is one mention). Left as the
    group's, it is an actor the annotators do not list, and the events and quotes take it for the person
    (train: 5 junk groups gone, and 5 annotated persons a group stood in for now found as the persons;
    docs/evaluation.md, session 31, junk31). The person keeps the sector its title or the bases give it."""
    owner = {i: cl for cl in clusters if cl.kind == "person" for c in cl.cands if c.kind == "person"
             for i in range(c.start, c.end)}
    if not owner:
        return

    def person_of(start: int, end: int) -> Cluster | None:
        head = root_of(doc, start, end)
        return _equated_with(doc, head, owner) if head.tag_ in ("NN", "NNP") else None

    for cl in clusters:
        if cl.kind != "group":
            continue
        kept = []
        for c in cl.cands:
            person = person_of(c.start, c.end)
            if person is None:
                kept.append(c)
            else:
                person.extra.append((c.start, c.end, "title"))
        cl.cands = kept
        _hand_over(cl, person_of)


def _hand_over(cl: Cluster, person_of: Callable[[int, int], "Cluster | None"], *, describes: bool = False) -> None:
    """Each name mention of ``cl`` that ``person_of`` gives to a person becomes a title mention of
    that person; the others stay ``cl``'s. Where the text equates the two (``describes``: "Jane Doe,
    Washington correspondent for ...", "Doe is an American businessman"), a person no name, title or
    base gave a sector takes the composite's: the description is the only word on their trade. An
    office's sector is left out: a person whose office the text gives is coded by reading the title,
    and a leader or a lawyer equated with one whom that reading left uncoded is seldom a state's
    (an armed cell's "British leader", a lawyer in private practice)."""
    extra = []
    for start, end, kind in cl.extra:
        person = person_of(start, end) if kind == "name" else None
        if person is None:
            extra.append((start, end, kind))
        else:
            person.extra.append((start, end, "title"))
            if describes and person.sector is None and cl.sector not in (None, "GOV", "JUD"):
                person.sector = cl.sector
                person.code = code_of(person.iso, cl.sector)
    cl.extra = extra


# Heads of a composite that is one office holder's title: "the French president", "Mexico's president",
# "the Israeli leader", "the Vermont senator".
_OFFICE_HEADS = frozenset({"president", "leader", "premier", "chancellor", "minister", "ambassador", "envoy",
                           "senator", "congressman", "congresswoman", "governor", "king", "queen", "emperor",
                           "secretary", "prosecutor", "mayor", "dictator", "monarch", "prince"})
# The offices of a state's seat in Congress, which the legislators' base gives its members.
_SEATS = frozenset({"senator", "congressman", "congresswoman"})
_TITLE_WINDOW = 6  # sentences back to the holder, as for the bare title nouns (_coref.resolve_titles)


def _titled_composites(ctx: Context, clusters: list[Cluster]) -> None:
    """A definite composite that names one office ("the French president", "Mexico's foreign minister",
    "the Vermont senator", "the Israeli leader") after a person of that country who holds that office
    is named (by a title in the text, or the knowledge base's dated terms on the report's date) is that
    person, not the country's government: it becomes a title mention of the nearest such person in the
    six sentences before it, or of the one such person the six sentences after it name when the text
    gives that office to no one else (a headline or lede names the office first).
    An indefinite or generic one ("an American president", "a future president") and a plural stay."""
    from ..roles._offices import kb_held  # the roles stage's knowledge base of dated terms

    doc = ctx.doc
    holders: list[tuple[int, Cluster, set[str]]] = []
    for cl in clusters:
        if cl.kind != "person" or not cl.iso:
            continue
        heads = {h.lower() for t in cl.titles for h in t.heads} | {h.lower() for h in (cl.entry.titles if cl.entry else [])}
        # the offices of the person's country the knowledge base's terms give that person on the
        # report's date: "Hungary's prime minister" is Viktor Orban where the text names him without
        # the title ("Prime Minister of Hungary", 2010-)
        heads |= {w for key, iso in kb_held(cl.name or "", ctx.published) if iso == cl.iso
                  for w in (key, key.split(" of ")[0])}
        # a member of Congress the legislators' base seats for a state holds that state's seat ("the
        # Florida senator" is Marco Rubio where the text never titles him), whatever the text titles
        seat = set(legislator_words(cl.wikidata, ctx.published)) if cl.wikidata and cl.iso == "USA" else set()
        if seat:
            heads |= {"seat:" + w for w in seat}
        if heads:
            holders.extend((c.end, cl, heads) for c in cl.cands if c.kind == "person")
    if not holders:
        return
    holders.sort(key=lambda h: h[0])
    for cl in clusters:
        if cl.kind != "composite" or not cl.iso:
            continue
        def holder_of(start: int, end: int, iso: str = cl.iso) -> Cluster | None:
            return _holder(doc, start, end, iso, holders, ctx.sent_index)

        _hand_over(cl, holder_of)


# The offices one "leader" holds: "the Israeli leader" is its prime minister, "the French leader" its president.
_LEADERS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
                      "supreme leader", "leader"})
# Words that make a title generic or another holder's: "a future president", "the former senator".
_NOT_THIS_HOLDER = frozenset({"future", "next", "former", "new", "sitting", "any", "every", "late", "then", "ex"})


def _holder(doc, start: int, end: int, iso: str, holders: list[tuple[int, Cluster, set[str]]],
            sent_index: list[int]) -> Cluster | None:
    """The person a definite office composite (tokens [start, end)) refers back to, if any."""
    head = root_of(doc, start, end)
    if head.lower_ not in _OFFICE_HEADS or head.tag_ in ("NNS", "NNPS"):
        return None
    det = next((c for c in head.lefts if c.dep_ == "det"), None)
    before = doc[start - 1].lower_ if start > 0 else ""
    definite = (det.lower_ if det is not None else before) in ("the", "this", "that") or any(
        t.tag_ == "POS" for t in doc[start:end])  # "Mexico's president"
    if not definite or any(t.lower_ in _NOT_THIS_HOLDER for t in doc[max(0, start - 2):end]):
        return None
    # the office's own words: "foreign minister" in "Russia's foreign minister"
    office = " ".join(t.lower_ for t in doc[start:end] if t.i >= head.left_edge.i and t.pos_ in ("NOUN", "ADJ")
                      and t.ent_type_ not in ("NORP", "GPE") or t.i == head.i)
    s = sent_index[start]
    office_holders = [(e, cl) for e, cl, heads in holders
                      if cl.iso == iso and (office in heads or office == "leader" and heads & _LEADERS)]
    state = {"seat:" + w for m in _STATE_NAME.findall(doc[start:head.i].text.lower())
             for w in m.split()} if head.lower_ in _SEATS else set()
    if state:
        # "the Florida senator" is the member the legislators' base seats for Florida, not the last senator
        # named ("Sen. Joni Ernst, R-Iowa"): a holder the base seats for another state is left out
        seated = {id(cl) for _e, cl, heads in holders if cl.iso == iso and state <= heads}
        office_holders = [(e, cl) for e, cl, heads in holders
                          if id(cl) in seated or (cl.iso == iso and office in heads
                                                  and not any(h.startswith("seat:") for h in heads))]
    found = [cl for e, cl in office_holders if e <= start and s - sent_index[e - 1] <= _TITLE_WINDOW]
    if found:
        return found[-1]
    # a headline or lede names the office before the story names its holder ("The Ruritanian prime minister
    # escaped a bomb ... Prime Minister Jay Roe was unhurt"): the holder named after it, when the text
    # gives that office of that country to one person only
    after = {id(cl): cl for e, cl in office_holders if e > start and sent_index[e - 1] - s <= _TITLE_WINDOW}
    if len(after) == 1 and len({id(cl) for _e, cl in office_holders}) == 1:
        return next(iter(after.values()))
    return None


def _equated_with(doc, head, owner: dict[int, Cluster]) -> Cluster | None:
    """The actor of ``owner`` (token -> actor) that the phrase headed by ``head`` is said to be: its
    apposition ("Doe, the spokesman"; "the spokesman, Doe"), or the other side of a copula that no
    negation denies ("the panel's witness is Doe", "Doe was the spokesman"); the second of two
    descriptions joined by "and" as the first ("Doe, a retired judge and former prosecutor")."""
    while head.dep_ == "conj" and head.head.i != head.i and head.head.i not in owner:
        head = head.head
    if head.dep_ in ("nsubj", "attr") and head.head.lemma_ == "be" and not any(
            c.dep_ == "neg" for c in head.head.children):
        other = "attr" if head.dep_ == "nsubj" else "nsubj"
        found = next((owner[c.i] for c in head.head.children if c.dep_ == other and c.i in owner), None)
        if found is not None:
            return found
        described = _relative_antecedent(head.head) if head.dep_ == "attr" else None
        if described is not None and described.i in owner:
            return owner[described.i]
    if head.dep_ == "appos" and head.head.i in owner:
        return owner[head.head.i]
    return next((owner[c.i] for c in head.children if c.dep_ == "appos" and c.i in owner), None)


# The relative pronouns that can be a copula's subject in a clause about a person ("Doe, who is ...").
_RELATIVE_SUBJECTS = frozenset({"who", "that"})


def _relative_antecedent(copula):
    """The noun a relative clause built on ``copula`` describes: "Jay Doe" in "Jay Doe, who is China's top
    negotiator" and in "Doe, who's going to be the national security adviser" (the copula the
    complement of the clause's verb), where the clause's subject is a relative pronoun; else None."""
    clause = copula.head if copula.dep_ == "xcomp" else copula
    if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS
                                         for c in clause.children):
        return None
    return clause.head


def _name_refs(ctx: Context, clusters: list[Cluster]) -> list[Ref]:
    """The names of each cluster and the words of its titles not yet claimed, as mentions; a Ref per
    mention for coreference (with whether it is a subject, or a modifier of a noun after it)."""
    doc, claimed = ctx.doc, ctx.claimed
    toks, heads = tokens(doc), head_indices(doc)  # the shared token list and head column: indexing the Doc
    # or reading a Token's head makes a new Token each time
    refs: list[Ref] = []
    # the title words before a person's name: "Japanese" in "Japanese Prime Minister Jay Doe" is part of
    # that person's name, not a mention of Japan (the guidelines' rule for adjectives)
    titled = {i for cl in clusters if cl.kind == "person" for t in cl.titles if t.window for i in range(*t.window)}
    described = _described_names(doc, clusters)
    inside = described | titled  # the tokens of the named persons' descriptions and titles
    for cl in clusters:
        if cl.kind == "place":
            # a state's, province's or city's name in a named person's description ("Hawaii Rep. Jay
            # Roe", "Jay Roe of Vermont") is that person's word, as a country's is, not a mention of
            # the place
            cl.extra = [sp for sp in cl.extra if not (sp[2] == "name" and sp[0] in inside and sp[1] - 1 in inside)]
        kind = "composite" if cl.kind in ("composite", "place") else cl.kind
        spans = [(c.start, c.end, "demonym" if c.kind == "demonym" else "name") for c in cl.cands
                 if not (c.kind == "demonym" and c.start in titled)
                 and not (c.kind in ("country", "demonym") and c.start in described and c.end - 1 in described)] + cl.extra
        for t in cl.titles:
            for sp in t.spans:
                if not any(i in claimed for i in range(*sp)):
                    spans.append((sp[0], sp[1], "title"))
                    claimed.update(range(*sp))
        cl.extra = spans
        for start, end, _k in spans:
            last = toks[end - 1]
            dep = last.dep_  # (read once: a string-store look-up; the heads from the shared column)
            refs.append(Ref(start, end, cl.id, kind, cl.gender, ctx.sent_index[start],
                            dep in _SUBJECTS or (
                                dep == "appos" and toks[heads[end - 1]].dep_ in _SUBJECTS) or any(
                                toks[i].dep_ in _SUBJECTS and heads[i] not in range(start, end)
                                for i in range(start, end)),
                            dep in ("compound", "amod") and heads[end - 1] >= end))
    return refs


# The words that modify a name, and the words a noun phrase holds below them (no clause, no list: "Jay
# Roe, the Peruvian envoy to Chile", not "who flew to Chile"); the kinds of named actor described so.
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})
_NAMED = frozenset({"person", "organization"})
_IN_PHRASE = frozenset({"compound", "amod", "poss", "nmod", "det", "case", "prep", "pobj", "nummod", "quantmod",
                        "hyph", "npadvmod", "advmod"})


def _described_names(doc, clusters: list[Cluster]) -> set[int]:
    """The tokens of the phrases that describe a named person or body: the words that modify the name
    ("Peru's Jay Roe", "Israeli Jay Roe", "Peru's Roe Aviation Office"), a common noun's phrase in
    apposition ("Jay Roe, the Peruvian envoy to Chile"; "the Chilean president, Jay Roe") and a person's
    "of" or "from" phrase ("President Jay Roe of Peru"), without the clauses in them. A country's word
    among them is part of that actor's mention, not a mention of the country (corpus/GUIDELINES.md,
    section 1: "Iranian" in "Iranian President Hassan Rouhani" is his): the annotators code one actor
    there. A body's "of" phrase is its remit or its seat ("the Ministry of Defence of Peru", "the force
    in Peru"), and a body named in brackets after a noun renames what the phrase before describes (or
    hangs on the wrong noun), so neither counts. A named group's modifier ("Peruvian Kurds") is left
    alone: taking it from the country lost the country's only mention where a gold record codes the
    state as the group's target (docs/evaluation.md, "Session 26, sector31")."""
    toks = tokens(doc)
    out: set[int] = set()
    for cl in clusters:
        if cl.kind not in _NAMED:
            continue
        for c in cl.cands:
            if c.kind not in _NAMED:
                continue
            root = span_root(doc, c.start, c.end)
            name = range(c.start, c.end)
            tops = [t for t in root.children if t.i not in name and (
                t.dep_ == "appos" and _appositive(toks, t)
                # "Chile and Jay Roe's party": a coordinated modifier names another party
                or t.dep_ in _MODIFIERS and not any(g.dep_ == "cc" for g in t.children)
                or cl.kind == "person" and t.dep_ == "prep" and t.lower_ in ("of", "from"))]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < c.start and not (
                    cl.kind != "person" and c.start > 0 and toks[c.start - 1].text == "("):
                head = root.head  # the name in apposition to the noun before it: that noun's own words
                out.add(head.i)
                tops += [t for t in head.children if t.i != root.i and t.dep_ in _IN_PHRASE]
            while tops:
                t = tops.pop()
                out.add(t.i)
                tops.extend(g for g in toks[t.i].children if g.dep_ in _IN_PHRASE)
    return out


def _appositive(toks: list, noun) -> bool:
    """Whether a noun the parser hangs on a name as an appositive is one: a common noun whose phrase no
    verb follows before a punctuation mark ("Jay Roe, the Peruvian envoy, said"), not the subject of the
    next clause ("after the strike on Roe, Peru's presence there grew")."""
    if noun.pos_ != "NOUN":
        return False
    for t in toks[noun.right_edge.i + 1:noun.sent.end]:
        if t.is_punct:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return True


def _title_heads(people: list[Cluster]) -> dict[str, list[str]]:
    """Each person's title heads: those the text gave ('secretary of state', 'envoy') and the base's."""
    return {cl.id: [h for t in cl.titles for h in t.heads] + (cl.entry.titles if cl.entry else []) for cl in people}


def _former(people: list[Cluster]) -> set[str]:
    """The persons the text gives a former office."""
    return {cl.id for cl in people if any(t.former for t in cl.titles)}


def _known_words(ctx: Context, people: list[Cluster]) -> dict[str, list[str]]:
    """The words the US legislators' base gives each person it holds, at the article's date."""
    return {cl.id: legislator_words(cl.wikidata, ctx.published) for cl in people if cl.wikidata}


def _title_nouns(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster], people: list[Cluster]) -> None:
    """Definite title nouns ('the secretary', 'the envoy'): mentions of the person who holds the title."""
    doc = ctx.doc
    heads = _title_heads(people)
    names = list(refs)
    found: list[dict[str, dict[str, list[int]]]] = []

    def told(actor: str) -> set[str]:
        # read at the first title noun with a party's or a state's word: most texts have none
        if not found:
            found.append(person_evidence(doc, names, heads, _former(people), _known_words(ctx, people)))
        return set(found[0].get(actor, ()))

    held: dict[str, dict[str, str | None]] = {}

    def in_office(title: str) -> dict[str, str | None]:
        # read at the first bare title no holder near it takes: most texts have none
        if title not in held:
            held[title] = office_holders(title, people, ctx.published)
        return held[title]

    for start, end, ref in resolve_titles(doc, refs, heads, ctx.claimed, ctx.sent_index,
                                          {cl.id: cl.iso for cl in people}, ctx.iso_at, told, in_office):
        by_id[ref.actor].extra.append((start, end, "title"))
        ctx.claimed.update(range(start, end))
        refs.append(Ref(start, end, ref.actor, "person", ref.gender, ctx.sent_index[start],
                        doc[end - 1].dep_ in _SUBJECTS))


# The offices of the officeholders' list a bare title names: a king, a queen or an emir is a monarch there.
_TITLE_OFFICES = {"president": ("president",), "prime minister": ("prime minister",), "premier": ("prime minister",),
                  "chancellor": ("chancellor",), "king": ("king", "monarch"), "queen": ("queen", "monarch"),
                  "emir": ("emir", "monarch")}


def office_holders(title: str, people: list[Cluster], day: dt.date | None) -> dict[str, str | None]:
    """The persons (ids) of ``people`` whom the officeholders' list gives the office a bare title names
    ("the president") on ``day``, each with the country of the office; none without a day."""
    if day is None:
        return {}
    terms = [t for key in _TITLE_OFFICES.get(title, ()) for t, _sure in kb_terms(key, None, day)]
    by_id = {t.wikidata: t.country for t in terms if t.wikidata}
    by_name = {norm(n): t.country for t in terms for n in t.names}
    out: dict[str, str | None] = {}
    for cl in people:
        if cl.wikidata and cl.wikidata in by_id:
            out[cl.id] = by_id[cl.wikidata]
        elif cl.name and norm(cl.name) in by_name:
            out[cl.id] = by_name[norm(cl.name)]
    return out


def _sets(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster]) -> None:
    """Descriptions of a set of actors named just before ("the two leaders", "both countries"): one span,
    a mention of each member, claimed before the unnamed agents would make "leaders" an actor of its own."""
    for start, end, members in resolve_sets(ctx.doc, refs, ctx.claimed, ctx.sent_index):
        for ref in members:
            by_id[ref.actor].extra.append((start, end, "title"))
        ctx.claimed.update(range(start, end))


def _described_persons(ctx: Context, refs: list[Ref], named: list[Ref], by_id: dict[str, Cluster],
                       clusters: list[Cluster], people: list[Cluster]) -> None:
    """Descriptions of a person named before by what the text told of them ("the California Democrat",
    "the former Massachusetts governor"): mentions of that person. What the text told is read beside
    the names and titles (``named``), not beside a title noun resolved before, whose words would be its
    own evidence. A name inside the description ("Democrat", "California") is the description's word,
    no longer a mention of its own."""
    for start, end, ref in resolve_described(ctx.doc, refs, _title_heads(people), _former(people), ctx.sent_index,
                                             {cl.id: cl.iso for cl in people}, ctx.iso_at, named,
                                             _known_words(ctx, people)):
        for cl in clusters:
            cl.extra = [sp for sp in cl.extra if not (start <= sp[0] and sp[1] <= end)]
        refs[:] = [r for r in refs if not (start <= r.start and r.end <= end)]
        by_id[ref.actor].extra.append((start, end, "title"))
        ctx.claimed.update(range(start, end))
        refs.append(Ref(start, end, ref.actor, "person", ref.gender, ctx.sent_index[start],
                        ctx.doc[end - 1].dep_ in _SUBJECTS))


def _descriptions(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster], clusters: list[Cluster]) -> None:
    """Definite descriptions no other step claimed ("the country", "the group", "the committee", "the
    North"): mentions of the state or body they refer back to."""
    doc = ctx.doc
    words = {cl.id: {w.lower() for w in [cl.name or "", *(c.text for c in cl.cands)] if w} for cl in clusters
             if cl.cands}
    for start, end, ref in resolve_descriptions(doc, refs, words, ctx.claimed, ctx.sent_index):
        by_id[ref.actor].extra.append((start, end, "title"))
        ctx.claimed.update(range(start, end))
        refs.append(Ref(start, end, ref.actor, ref.kind, ref.gender, ctx.sent_index[start],
                        doc[end - 1].dep_ in _SUBJECTS))


def _unnamed_agents(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster],
                    clusters: list[Cluster]) -> list[tuple[Cluster, int]]:
    """Unnamed agents that act or speak ("officials said", "a spokesman", "protesters"): one cluster
    per country, sector, head and number, with an id no other cluster has. Returns the clusters whose
    phrase states no country and names no principal, each with its phrase's head, for
    :func:`_possessors_countries`."""
    doc, B = ctx.doc, ctx.bundled
    agent_clusters: dict[Hashable, Cluster] = {}
    last_of_base: dict[Hashable, Cluster] = {}
    named = _named_bodies(doc, clusters)
    name_owner = _name_owners(clusters)
    cache: dict[str, Any] = {}  # the paragraph index and the actors' words, made at the first use
    worded = _named_bodies(doc, [cl for cl in clusters if not cl.iso_from_context])
    unplaced: list[tuple[Cluster, Any]] = []  # the groups nothing placed, and the phrase that made each
    guessed: list[tuple[Cluster, int]] = []  # the clusters no word of their first phrase placed
    for ph in find_agents(doc, B, ctx.claimed):
        same = _equated(doc, ph, name_owner)
        if same is not None:  # "the panel's witness is Jane Doe": a mention of Jane Doe, no actor of its own
            same.extra.append((ph.start, ph.end, "title"))
            ctx.claimed.update(range(ph.start, ph.end))
            refs.append(Ref(ph.start, ph.end, same.id, "person" if same.kind == "person" else "group", same.gender,
                            ctx.sent_index[ph.start], doc[ph.head].dep_ in _SUBJECTS))
            continue
        if ph.sector == "GOV" and ph.name_end is not None and _legislators_staff(doc, ph, clusters, B.agents):
            ph.sector = "LEG"  # "a spokeswoman for Rep. X", "an aide to the senator": a legislator's staff
        if ph.sector in (None, "GOV") and _us_congress(ph):
            ph.sector = "LEG"  # "congressional leaders", "congressional sources": the Congress's people
        stated = phrase_country(doc, ph, B, ctx.iso_at)
        many = stated == MANY
        if many:  # "the leaders of France and Britain": of several countries, so of none
            stated = ph.iso = None
        elif stated is None and not ph.owner:
            back = _referred_back(ctx, ph.head, ph.person, refs, by_id, clusters, cache)
            if back is not None:  # "a U.S. Navy official ... the official said": that official
                back.extra.append((ph.start, ph.end, "title"))
                ctx.claimed.update(range(ph.start, ph.end))
                refs.append(Ref(ph.start, ph.end, back.id, "person" if ph.person else "group", back.gender,
                                ctx.sent_index[ph.start], doc[ph.head].dep_ in _SUBJECTS))
                continue
        principal = None
        if not many:
            principal = stated or _us_congress(ph) or _principal_country(doc, ph, name_owner) or _conjoined_country(
                doc, ph, name_owner)
            ph.iso = principal or _unstated_country(ctx, ph, named, cache)
        cl = agent_clusters.get(ph.key)
        if cl is None and not ph.mods and not ph.owner and not ph.post:
            # "federal officials ... the officials": the same ones; "officials familiar with the system"
            # say which ones anew
            cl = last_of_base.get(ph.base)
        if cl is None:
            cl = Cluster("person" if ph.person else "group")
            agent_clusters[ph.key] = cl
            cl.iso, cl.sector = ph.iso, ph.sector
            if not ph.person and not many and not any(t.like_num for t in doc[ph.start:ph.head]):
                # a group the text may name again in the same words; one of several countries ("officials of
                # both countries") has none by design, and a counted one ("12 people") is a set of its own
                cl.group_key = (ph.sector, ph.lemma, ph.plural, ph.owner, ph.mods)
            # named in the text's own words ("senior administration official"); a country only where
            # the phrase states it ("officials in Kabul"), never the one the context suggests
            # "spokesman for Senator X": with the owner; "officials in Kabul": with the words that say
            # which ones, which state the country in the text's words
            words = span_text(doc, ph.start, ph.name_end or ph.post_end or ph.end)
            if doc[ph.start].pos_ != "PROPN":
                words = words[:1].lower() + words[1:]
            cl.name = " ".join(w for w in (None if ph.post else B.country_names.get(stated or ""), words) if w)
            cl.code = code_of(ph.iso, ph.sector)
            if principal is None and not many:
                guessed.append((cl, ph.head))
            if ph.iso is None and not many:
                unplaced.append((cl, ph))
            elif stated and not ph.person:
                worded.append((ph.start, ph.lemma, stated, False))
            cl.id, n = ph.ident(), 2
            while cl.id in by_id:
                cl.id, n = f"{ph.ident()}-{n}", n + 1
            clusters.append(cl)
            by_id[cl.id] = cl
        last_of_base[ph.base] = cl
        cl.extra.append((ph.start, ph.end, "title"))
        ctx.claimed.update(range(ph.start, ph.end))
        refs.append(Ref(ph.start, ph.end, cl.id, "person" if ph.person else "group", None, ctx.sent_index[ph.start],
                        doc[ph.head].dep_ in _SUBJECTS))
    for cl, ph in unplaced:
        if cl.iso is None and _context_tells(ph) and (iso := _named_elsewhere(ph, worded)) is not None:
            cl.iso, cl.code = iso, code_of(iso, cl.sector)
    return guessed


# Words of an agent phrase that name the US Congress: "congressional leaders", "congressional sources"
# (other legislatures are parliaments; of the 38 gold groups and persons of train and dev so named, 37
# are American, 35 of them coded LEG). A congressman or congresswoman may be another congress's (Brazil's,
# the Philippines'): the noun alone places no one.
_CONGRESS_WORDS = frozenset({"congressional"})


def _us_congress(ph) -> str | None:
    """USA for an agent phrase whose own words name the US Congress's people (:data:`_CONGRESS_WORDS`)."""
    return "USA" if _CONGRESS_WORDS & set(ph.mods.split()) else None


_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _possessors_countries(doc, guessed: list[tuple[Cluster, int]], antecedent: dict[int, str],
                          by_id: dict[str, Cluster]) -> None:
    """An unnamed agent whose phrase's possessive pronoun refers to a placed actor serves that actor and
    shares its country ("the Egyptian president sent his prime minister to Gaza": Egypt's, not
    the Palestinians' of the sentence; "the president flies home, his deputies stay in Paris"; "Egypt said
    its military had killed militants in Libya"), as "Morsi's prime minister" does (:func:`_principal_country`).
    The antecedent's country must be its own words', not its sentence's. A state as the antecedent places
    the agents as the annotators do (train 1, dev 2, none against them; docs/evaluation.md, "Session 45,
    country45"), now that a state's troops it is willing to withdraw are no recipient of its offer
    (``events._arguments._noun_clause_recipients``). A body or a group named by the text that only its
    sentence placed takes the antecedent's country the same way (:func:`_possessed_bodies`)."""
    for cl, head in guessed:
        poss = next((c for c in doc[head].lefts if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        owner = _placed_owner(poss, cl, antecedent, by_id)
        if owner is not None:
            cl.iso, cl.code = owner.iso, code_of(owner.iso, cl.sector)
    _possessed_bodies(doc, list(by_id.values()), antecedent, by_id)


def _placed_owner(poss, cl: Cluster, antecedent: dict[int, str], by_id: dict[str, Cluster]) -> Cluster | None:
    """The actor a possessive pronoun (``poss``, or None) refers to, where its own words placed it in a
    country (not its sentence, not a transnational code) and it is not ``cl`` itself."""
    owner = by_id.get(antecedent.get(poss.i, "")) if poss is not None else None
    if owner is None or owner is cl or not owner.iso or owner.iso_from_context or owner.iso in TRANSNATIONAL_PREFIX:
        return None
    return owner


def _possessed_bodies(doc, clusters: list[Cluster], antecedent: dict[int, str], by_id: dict[str, Cluster]) -> None:
    """A body or group the text names, which only its sentence's country placed, and whose name a
    possessive pronoun owns ("Netanyahu said he'd ask his Cabinet ...", where the sentence names the
    Palestinians; "Morsi and his Muslim Brotherhood government"): the pronoun's antecedent's country, as
    an unnamed agent's (:func:`_possessors_countries`). Train: 2 bodies placed as the annotators do, none
    against them, and 2 duplicates fewer (the government joins its state's); dev unchanged. A body that
    nothing placed is left so: "its Arab allies" are of many states."""
    for cl in clusters:
        if cl.kind not in ("organization", "group") or not cl.iso_from_context:
            continue
        for c in cl.cands:
            poss = next((t for t in doc[c.start:c.end].root.lefts if t.dep_ == "poss" and t.lower_ in _POSSESSIVES),
                        None)
            if poss is None and c.start > 0 and doc[c.start - 1].lower_ in _POSSESSIVES:
                poss = doc[c.start - 1]  # "his Muslim Brotherhood government": the pronoun owns the noun after
            owner = _placed_owner(poss, cl, antecedent, by_id)
            if owner is not None:
                cl.iso, cl.code = owner.iso, code_of(owner.iso, cl.sector)
                break


def _referred_back(ctx: Context, head: int, person: bool, refs: list[Ref], by_id: dict[str, Cluster],
                   clusters: list[Cluster], cache: dict[str, Any]) -> Cluster | None:
    """The actor a definite or bare agent noun refers back to (:func:`described_agent`): an unnamed agent,
    a composite or a body mentioned just before, never a named person (two spokesmen named in one text
    are two people). One person ("the official") refers back to one person only, not to the body whose
    mention holds the words ("State Department official" as a mention of the department); a group or a
    body to no person. ``cache`` keeps the paragraph index and the actors' words for the next phrase;
    neither is made for a noun that cannot refer back by its own words (most phrases)."""
    if not may_refer_back(ctx.doc[head]):
        return None
    if "paragraph" not in cache:
        cache["paragraph"] = paragraph_index(ctx.doc)
    if "words" not in cache:
        cache["words"] = {cl.id: {w.lower() for w in [cl.name or "", *(c.text for c in cl.cands)] if w}
                          for cl in clusters if cl.cands}
    ref = described_agent(ctx.doc, head, _referable(refs, clusters, person), cache["words"], cache["paragraph"])
    return by_id.get(ref.actor) if ref is not None else None


def _referable(refs: list[Ref], clusters: list[Cluster], person: bool) -> Iterator[Ref]:
    """The mentions an agent phrase may refer back to (see :func:`_referred_back`), in order. A generator:
    ``described_agent`` turns most phrases away by their own words before it reads a mention, and then
    neither the clusters nor the mentions are read for them."""
    allowed = {cl.id for cl in clusters if (cl.kind == "person") == person and not (person and cl.cands)}
    yield from (r for r in refs if r.actor in allowed)


def _name_owners(clusters: list[Cluster]) -> dict[int, Cluster]:
    """Token -> the named person, organisation or group whose name holds it."""
    return {i: cl for cl in clusters if cl.kind in ("person", "organization", "group", "composite")
            for s, e, kind in cl.extra if kind == "name" for i in range(s, e)}


def _principal_country(doc, ph, name_owner: dict[int, Cluster]) -> str | None:
    """The country of the one named actor whom an agent phrase says the agent serves or follows: its
    possessor ("Roe's supporters", "the senator's aides") or the owner named after the noun ("a
    spokesman for Senator Roe", "an aide to the Ohio governor"). The text ties the agent to that actor,
    whose country it shares; two principals of different countries leave it open, and so does a
    principal whose own country is only its sentence's (that sentence places the agent as well)."""
    head = doc[ph.head]
    principal = [t.i for c in head.lefts if c.dep_ == "poss" for t in c.subtree]
    if ph.name_end is not None:
        principal += range(ph.head + 1, ph.name_end)
    found = {cl.iso for i in principal if (cl := name_owner.get(i)) is not None and cl.iso
             and cl.iso not in TRANSNATIONAL_PREFIX and not cl.iso_from_context}
    return found.pop() if len(found) == 1 else None


# Agent nouns of people of no one country, or of another than the party named beside them ("the United
# States and allies", "Hungary's refugees and other migrants"), and the words that make an agent many
# countries' ("world leaders", "the international community").
_UNPLACED_AGENTS = frozenset({"ally", "partner", "hostage", "captive", "prisoner", "suspect", "migrant",
                              "immigrant", "refugee", "exile"})
_MANY_WORDS = frozenset({"world", "international", "foreign", "global", "western", "regional"})


def _conjoined_country(doc, ph, name_owner: dict[int, Cluster]) -> str | None:
    """The country of the named person or organisation an agent phrase is conjoined with ("Obama and
    aides", "Yanukovych and three opposition leaders", "Kosachev and other senior officials"): people
    the text names together with one party act with it and are of its country more often than of the
    one their sentence names most (train: 3 actors placed as the annotators do, none against them, dev 1
    and none; docs/evaluation.md, "Session 34, conj34"). A named group or country is no such evidence
    ("Democrats and other opponents", "the United States and allies"); two of different countries leave
    it open."""
    head = doc[ph.head]
    if head.lemma_.lower() in _UNPLACED_AGENTS or not _MANY_WORDS.isdisjoint(lowers(doc)[ph.start:ph.end]):
        return None
    found = {cl.iso for c in head.conjuncts if (cl := name_owner.get(c.i)) is not None
             and cl.kind in ("person", "organization") and cl.iso and cl.iso not in TRANSNATIONAL_PREFIX
             and not cl.iso_from_context}
    return found.pop() if len(found) == 1 else None


def _equated(doc, ph, name_owner: dict[int, Cluster]) -> Cluster | None:
    """The named actor an agent phrase is said to be, by a copula or an apposition: "the panel's
    witness is Jane Doe", "Doe was the group's spokesman", "Doe, a spokesman for the ministry, ...".
    The phrase is then one of that actor's descriptions (corpus/GUIDELINES.md, section 1: mentions are
    names, titles and descriptions), not an unnamed actor of its own. A person is equated only with a
    person, a group or a body only with a group or a body; a plural phrase and a negated copula ("Doe
    is not the spokesman") equate nothing."""
    if ph.plural:  # "12 senators — six Republicans and six Democrats": a part or a list, not the group itself
        return None
    found = _equated_with(doc, doc[ph.head], name_owner)
    if found is None or (found.kind == "person") != ph.person:
        return None
    return found


def _legislators_staff(doc, ph, clusters: list[Cluster], agents: dict[str, str]) -> bool:
    """Whether the one an agent works for, named right after the noun ("spokesman for Senator X",
    "an aide to the congressman", "a spokeswoman for the House committee"), is a legislator or a
    legislature: a name the actors stage coded LEG, else a noun the agent dictionary codes LEG."""
    owner = range(ph.head + 1, ph.name_end)
    if any(cl.sector == "LEG" and any(c.start in owner for c in cl.cands) for cl in clusters):
        return True
    return agents.get(doc[ph.name_end - 1].lower_) == "LEG"


# Unnamed people whom their sentence's country does not place: commentators write about a country
# ("analysts said Iran ..."), migrants are in a country not their own, witnesses tell what they saw
# where it happened. The annotators leave them null unless the phrase says ("Iranian analysts").
_NOT_PLACED = frozenset({"analyst", "expert", "observer", "reporter", "journalist", "researcher", "economist",
                         "scholar", "commentator", "migrant", "immigrant", "witness"})
# Unnamed people who in the plural come from several states: diplomats, the negotiators of talks.
_MANY_SIDES = frozenset({"diplomat", "negotiator"})


# Words before an agent noun that say it belongs to no one country: "world leaders", "international
# observers", "global powers", and a region's adjectives ("a Western diplomat", "European officials",
# "Arab ministers"). The annotators leave such agents null whatever their sentence names.
_NO_ONE_COUNTRY = frozenset({"world", "international", "global", "multinational", "western", "european", "arab",
                             "african", "asian", "latin", "nordic", "scandinavian", "baltic", "balkan",
                             "caribbean"})


# Sectors of unnamed agents whom the text does not know: gunmen, attackers, kidnappers (UAF, CRM) are
# where they strike, not of that state; the annotators leave them null unless the phrase says (train:
# of the agents their sentence placed, 2 as the annotators do, 6 where they leave none).
_UNKNOWN_ARMED = frozenset({"UAF", "CRM"})


def _context_tells(ph) -> bool:
    """Whether the sentence's country may code an unnamed agent: one with a sector, not one of
    :data:`_NOT_PLACED` or :data:`_UNKNOWN_ARMED`, nor diplomats or negotiators in the plural
    (:data:`_MANY_SIDES`), nor one the phrase says is of no one country (:data:`_NO_ONE_COUNTRY`)."""
    return bool(ph.sector) and ph.sector not in _UNKNOWN_ARMED and ph.lemma not in _NOT_PLACED and not (
        ph.plural and ph.lemma in _MANY_SIDES) and not _of_no_one_country(ph)


def _of_no_one_country(ph) -> bool:
    """Whether an agent phrase's words say it is of no one country (:data:`_NO_ONE_COUNTRY`), or of
    another than its sentence's (:func:`_foreign`); a stance is no origin ("pro-Western rebels" are
    Syria's as much as anyone's)."""
    words = ph.mods.replace("-", " ").split()
    return _foreign(ph, words) or any(w in _NO_ONE_COUNTRY and (k == 0 or words[k - 1] not in _STANCE_PREFIXES)
                                      for k, w in enumerate(words))


# Words of a state's office for other countries: "foreign minister", "a foreign ministry spokesman", "foreign
# policy advisers", "foreign intelligence officials" serve their own state.
_FOREIGN_OFFICE = frozenset({"minister", "ministry", "office", "secretary", "service", "affairs", "policy",
                             "relations", "intelligence"})


def _foreign(ph, words: list[str]) -> bool:
    """Whether "foreign" qualifies an agent ("foreign companies", "a foreign oil tanker", "foreign
    visitors"): the agents are of some other country than the one their sentence is about, which places
    them nowhere (train: 2 agents left open as the annotators leave them, none placed against them; dev
    unchanged). Not a state's office for foreign affairs (:data:`_FOREIGN_OFFICE`)."""
    return "foreign" in words and _FOREIGN_OFFICE.isdisjoint(words) and ph.lemma not in _FOREIGN_OFFICE


def _named_bodies(doc, clusters: list[Cluster]) -> list[tuple[int, str, str, bool]]:
    """(start, head lemma, country, whether one person) of every name of a body, group or unnamed
    person whose country is known: "the Turkish government" (government, TUR), "Israeli police"
    (police, ISR), "a U.S. official" (official, USA, a person)."""
    out: list[tuple[int, str, str, bool]] = []
    for cl in clusters:
        if cl.kind not in ("composite", "organization", "group", "person") or not cl.iso or (
                cl.iso in TRANSNATIONAL_PREFIX) or cl.kind == "person" and cl.cands:
            continue  # a named person ("President X") is reached by title nouns, not here
        for start, end, kind in cl.extra:
            if kind == "name" and end - start > 1:
                out.append((start, doc[end - 1].lemma_.lower(), cl.iso, cl.kind == "person"))
    return out


# Nouns of one unnamed person that a later bare mention refers back to: "a U.S. official ... the official".
_UNNAMED_PERSONS = frozenset({"official", "diplomat", "source", "aide", "spokesman", "spokeswoman", "spokesperson"})


def _unstated_country(ctx: Context, ph, named: list[tuple[int, str, str, bool]], cache: dict[str, Any]) -> str | None:
    """The country of an agent phrase that states none: that of the body or agents of its noun named
    before (:func:`_coreferent_country`), else its sentence's (``context_country``, where the phrase
    lets its context tell), else the sentence's before it in the same paragraph where its own names no
    country (:func:`_previous_country`), else the dateline's in the story's first paragraphs
    (:func:`_filed_from`), else, for an agent of a state, the nearest of the few sentences before that
    names a country (:func:`_earlier_country`). A plural that its sentence places elsewhere takes the
    sentence's country ("officials" where the sentence names another country: new ones, perhaps)."""
    if "paragraph" not in cache:
        cache["paragraph"] = paragraph_index(ctx.doc)
    paragraph = cache["paragraph"]
    tells = _context_tells(ph)
    sided = _stance_country(ctx, ph)
    told = context_country(ph.head, ctx.sent_index, ctx.iso_mentions, exclude=sided,
                           **actor_context(ctx.doc, ph.head)) if (
        tells and names_a_country(ph.head, ctx.sent_index, ctx.iso_mentions)) else None
    if not ph.plural:
        found = _coreferent_country(ph, named) or told
    else:
        back = _coreferent_country(ph, named, paragraph)
        found = told if told and back != told else back or told
    if found or not tells:
        return found if found != sided else None
    found = _previous_country(ctx, ph.head, paragraph) or _filed_from(ctx, ph, paragraph)
    if found is None and ph.sector in STATE_SECTORS:
        # an agent of a state ("police", "lawmakers", "a defense official") acts for the state the text
        # named last, as a titled person does (:func:`place_by_earlier_sentences`; train: 45 agents placed
        # as the annotators do, 6 against them; dev 6 and 3). Civilians, activists and the press are not:
        # for every agent, train 12 more and 7 more against (docs/evaluation.md, "Session 29, country34").
        found = _earlier_country(ctx, ph.head)
        if found in TRANSNATIONAL_PREFIX:
            found = None
    return found if found != sided else None


def _stance_country(ctx: Context, ph) -> str | None:
    """The country an agent phrase's stance names ("pro-Russian separatists", "anti-American protesters"):
    the agents side with or against it, so neither their sentence nor the ones before place them there."""
    words = ph.mods.replace("-", " ").split()
    B = ctx.bundled
    return next((B.demonyms.get(w) or B.countries.get(w) for k, w in enumerate(words[1:], 1)
                 if words[k - 1] in _STANCE_PREFIXES and (B.demonyms.get(w) or B.countries.get(w))), None)


# The paragraphs after a dateline that its place still places: its own and the next (train: 4 agents
# placed as the annotators do, none against them; further on, the unplaced groups of datelined stories
# are as often of no country in the gold as of the dateline's, 20 to 19).
_DATELINE_PARAGRAPHS = 2


def _filed_from(ctx: Context, ph, paragraph: Sequence[int]) -> str | None:
    """The dateline's country (``_dateline``) for an agent in the first paragraphs of its story ("BEIJING
    -- ... police said"): where the report was filed is where they act. A story's later paragraphs turn
    to other places and the people of them. A headline's country (``_dateline.story_place``) places no
    agent: it says what the story is about, not where it is told, and a generic actor's country is never
    guessed from the story's main country (corpus/GUIDELINES.md)."""
    if ctx.filed_from is None:
        return None
    iso, offset = ctx.filed_from
    start = next((t.i for t in ctx.doc if t.idx >= offset), None)
    if start is None or ph.head < start:
        return None
    return iso if paragraph[ph.head] - paragraph[start] < _DATELINE_PARAGRAPHS else None


def _previous_country(ctx: Context, head: int, paragraph: Sequence[int]) -> str | None:
    """The country the sentence before an agent's names most, where both sentences are one paragraph
    and the agent's own names none: "Egypt's interim government issued a statement. A spokesman said
    ..." The paragraph still speaks of the place the sentence before set (train: 21 agents placed as
    the annotators do, 5 placed where they leave none: gunmen, witnesses, aid groups); a new paragraph
    or a headline may speak of another, and two countries named as often leave it open."""
    start = ctx.doc[head].sent.start
    if start == 0 or paragraph[start - 1] != paragraph[head]:
        return None
    # "the Turkish and the Greek governments met. The government ...": which is open
    return _named_most(ctx, ctx.sent_index[start - 1])


def _named_most(ctx: Context, s: int) -> str | None:
    """The country sentence ``s`` names most; None where it names none, or two as often."""
    ranked = Counter(iso for i, iso in ctx.iso_mentions if ctx.sent_index[i] == s).most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _unplaced_titled(cl: Cluster) -> bool:
    """Whether a cluster is a named person whom nothing placed (no base entry; no title, demonym, home
    town, body or own sentence gave a country) and whose title gives a sector of public life other than
    an international body's."""
    return cl.kind == "person" and bool(cl.cands) and cl.iso is None and cl.entry is None and (
        cl.sector is not None and cl.sector != "IGO") and any(not t.relative for t in cl.titles)


def place_by_sentence_before(ctx: Context, clusters: list[Cluster]) -> None:
    """A named person whom nothing placed (no base entry; no title, demonym, home town, body or own
    sentence gave a country) but whose title gives a sector of public life takes the country the
    sentence before their first mention names most, where both are one paragraph, as an unnamed agent
    does (:func:`_previous_country`): "Iran rejected the offer. Spokesman Jay Roe said ..." speaks for
    the state the paragraph is about (train: 4 persons placed as the annotators do, 1 where they leave
    none, 2 with another country). A person with no title's sector (a shopkeeper, a witness) is not
    placed so, nor one of an international body (sector IGO): the story's country is no default."""
    paragraph: Sequence[int] | None = None
    for cl in clusters:
        if not _unplaced_titled(cl):
            continue
        if paragraph is None:
            paragraph = paragraph_index(ctx.doc)
        iso = _previous_country(ctx, min(c.start for c in cl.cands), paragraph)
        if iso is not None and iso not in TRANSNATIONAL_PREFIX:
            cl.iso, cl.code = iso, code_of(iso, cl.sector)
            cl.iso_from_context = True


def _qualified_group(ctx: Context, cl: Cluster) -> bool:
    """Whether a cluster is a group named by a one-word adjective of a party, faith, people or stance
    before an agent noun ("Conservative lawmakers", "Kurdish leaders", "Hispanic voters", "pro-Russian
    separatists") that neither a base entry, its own words nor its sentence placed: its noun makes it an
    agent phrase, which the agents' fallbacks place (:func:`_previous_country`), where the adjective
    alone names no country. A region's adjective ("European leaders") names many (``_NO_ONE_COUNTRY``)."""
    if cl.kind != "group" or cl.iso is not None or cl.entry is not None or not cl.cands:
        return False
    c = cl.cands[0]
    word = norm(ctx.doc[c.start].text)
    if " " in norm(cl.name or "") or c.end - c.start > 2 or c.end - c.start == 1 and c.end >= len(ctx.doc):
        return False
    noun = ctx.doc[c.end] if c.end - c.start == 1 else ctx.doc[c.end - 1]  # the name's span may hold it
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.bundled.agents and noun.tag_ == "NNS"
            and word not in _NO_ONE_COUNTRY and not any(word.startswith(r) for r in _NO_ONE_COUNTRY))


def place_qualified_groups(ctx: Context, clusters: list[Cluster]) -> None:
    """A group :func:`_qualified_group` reads takes the country the sentence before its first mention
    names most, where both are one paragraph, as an unnamed agent does; a group of a state's sector
    ("Conservative lawmakers": LEG) the nearest of the few sentences before that names one
    (:func:`_earlier_country`). A stance's country ("pro-Russian") is never theirs."""
    paragraph: Sequence[int] | None = None
    for cl in clusters:
        if not _qualified_group(ctx, cl):
            continue
        if paragraph is None:
            paragraph = paragraph_index(ctx.doc)
        head = cl.cands[0].start
        iso = _previous_country(ctx, head, paragraph)
        if iso is None and cl.sector in STATE_SECTORS:
            iso = _earlier_country(ctx, head)
        words = norm(cl.name or "").split()
        if iso is not None and len(words) > 1 and words[0] in _STANCE_PREFIXES and iso == (
                ctx.bundled.demonyms.get(words[1]) or ctx.bundled.countries.get(words[1])):
            iso = None  # "pro-Russian separatists" are not Russia's
        if iso is not None and iso not in TRANSNATIONAL_PREFIX:
            cl.iso, cl.code = iso, code_of(iso, cl.sector)
            cl.iso_from_context = True


# Sentences back that still place a titled person whom nothing nearer placed (``place_by_earlier_sentences``;
# train: 3 places 20 persons as the annotators do, 1 where they leave none, 8 with another country; 2 and 5
# sentences, 17 / 1 / 6 and 25 / 1 / 8; dev 4 / 0 / 1 for 3 and 5 alike). Further back the country is more
# and more the story's main one, which is no evidence of a person's (corpus/GUIDELINES.md).
_SENTENCES_BACK = 3


def _earlier_country(ctx: Context, head: int) -> str | None:
    """The country the nearest of the few sentences before ``head``'s that names any names most, where
    ``head``'s own sentence names none; None when two are named as often there, or none within
    :data:`_SENTENCES_BACK` sentences."""
    s = ctx.sent_index[head]
    if any(ctx.sent_index[i] == s for i, _iso in ctx.iso_mentions):
        return None
    named = {ctx.sent_index[i] for i, _iso in ctx.iso_mentions}
    for before in range(s - 1, max(s - _SENTENCES_BACK, 0) - 1, -1):
        if before in named:
            return _named_most(ctx, before)
    return None


def place_by_earlier_sentences(ctx: Context, clusters: list[Cluster]) -> None:
    """A titled person as :func:`place_by_sentence_before` reads them (a title of public life, not an
    international body's), whom neither the sentence before in their paragraph nor the story's place
    (``_dateline.place_people``) placed, and whose own sentence names no country, takes the country of
    the nearest of the few sentences before their first mention that names one: "Iran rejected the
    offer. The talks are to resume. Spokesman Jay Roe said ..." The text still speaks of the place it
    named last, across a paragraph's line as within it (train: 20 persons placed as the annotators do,
    1 where they leave none, 8 with another country, most of them people quoted about a foreign place).
    It runs after the story's place, which names where the story is told and outranks it."""
    for cl in clusters:
        if not _unplaced_titled(cl):
            continue
        iso = _earlier_country(ctx, min(c.start for c in cl.cands))
        if iso is not None and iso not in TRANSNATIONAL_PREFIX:
            cl.iso, cl.code = iso, code_of(iso, cl.sector)
            cl.iso_from_context = True


def _named_elsewhere(ph, named: list[tuple[int, str, str, bool]]) -> str | None:
    """The one country the text's own words give a group or body of an agent's noun anywhere, before or
    after it ("British lawmakers" in the lede, "lawmakers" pages on; "authorities" before "French
    authorities"), for a group nothing nearer placed: the text names them once with their country and
    then drops it. It changes no cluster (the group stays apart from the one named with the country, as
    bare plurals may be new ones) and places none the phrase says is of no one country ("world
    leaders"). Two countries for the noun leave it open; a person ("the official") is not placed so
    (train: 13 groups placed as the annotators do, none where they leave none, 2 with another country)."""
    if ph.person or _of_no_one_country(ph):
        return None
    found = {iso for _start, lemma, iso, one in named if lemma == ph.lemma and not one}
    return found.pop() if len(found) == 1 else None


def _coreferent_country(ph, named: list[tuple[int, str, str, bool]], paragraph: Sequence[int] | None = None) -> str | None:
    """The country of an unnamed body ("the government", "police", "the military") or person ("the
    official") that the text has named before with a country ("the Turkish government", "Israeli
    police", "a U.S. official"): it refers back to that body or person. Unnamed agents in the plural
    ("officials", "lawmakers" after "Chinese officials", "British lawmakers") do so only within their
    paragraph and the two before (``paragraph``: token -> paragraph), where the text still speaks of
    the same ones; further on they are as often new ones. Two of different countries leave it
    undecided."""
    if ph.person and ph.lemma not in _UNNAMED_PERSONS or ph.plural and paragraph is None:
        return None
    found = {iso for start, lemma, iso, one in named if start < ph.start and lemma == ph.lemma and one == ph.person
             and (not ph.plural or paragraph is not None and paragraph[ph.start] - paragraph[start] <= _PARAGRAPHS_BACK)}
    return found.pop() if len(found) == 1 else None


_WHO = frozenset({"who", "whom"})


def _relative_pronouns(doc, clusters: list[Cluster]) -> None:
    """'Mr. Obama, who said ...', 'economists who argue': the relative pronoun is a mention of the
    actor its clause modifies."""
    owner = {i: cl for cl in clusters for s, e, _k in cl.extra for i in range(s, e)}
    toks = tokens(doc)
    for k in word_positions(doc, _WHO):  # the relative pronouns' tokens only, in the order of the text
        t = toks[k]
        if t.i in owner or t.head.dep_ != "relcl":
            continue
        cl = owner.get(t.head.head.i)
        if cl is not None and cl.kind in ("person", "group", "composite"):  # who: people, not places
            cl.extra.append((t.i, t.i + 1, "pronoun"))
