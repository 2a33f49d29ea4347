"""Actor and recipient of an event from the dependency parse, looked up in the ActorTable.

Only the ActorTable's public lookups are used (``at_token``, ``actors_at``, ``in_tokens``): a mention the
actors stage resolved (a name, a title noun, a pronoun, a set such as "the two leaders") is found wherever
it sits in the phrase.
"""

from __future__ import annotations

from ..actors._agents import KIN_NOUNS
from ..actors._dictionaries import bundled, norm
from ..actors._keep import BODY_WORDS
from ._coding import CODING
from ._lexicon import lexicon
from ._modality import infinitive
from ._unnamed import PEOPLE_NOUNS, ArgumentTable, national_people, unnamed_actor
from ..records import ActorTable
from ._coding import DENY as _DENY

__all__ = ["np_actors", "subject_of", "verb_arguments", "noun_arguments", "own_object", "names_its_target",
           "obliged_clause", "denies_claim", "sends_own", "agrees_that", "aimed_against",
           "RECIPIENT_PREPS", "MOVES_FORCES"]

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "iobj", "attr", "oprd")
# Types whose direct object is the actor's own forces or the thing itself, not a recipient
# ("withdrew its troops", "deployed tanks", "signed the agreement").
OWN_OBJECT = frozenset({"RETREAT", "MOBILIZE"})
# ... except the captives a release frees and the party an access lets in ("released two
# reporters", "allowed the inspectors access"): those are the recipient.
OBJECT_RECEIVES = frozenset({"release", "access"})
_PERSONAL = frozenset({"it", "they", "he", "she", "we"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# Prepositions that introduce the recipient, per PLOVER type ("talks with the Taliban").
RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with", "between"}),
    "CONSULT": frozenset({"with", "between", "among", "to"}),
    "SUPPORT": frozenset({"with", "for", "to", "behind"}),
    "CONCEDE": frozenset({"to", "for"}),
    "COOPERATE": frozenset({"with", "to"}),
    "AID": frozenset({"to", "for"}),
    "RETREAT": frozenset({"to"}),
    "REQUEST": frozenset({"on", "upon", "from", "to", "for"}),
    "ACCUSE": frozenset({"against", "of", "over", "about", "with", "into"}),
    "REJECT": frozenset({"from", "by"}),
    "THREATEN": frozenset({"against", "with", "to"}),
    "PROTEST": frozenset({"against"}),
    "SANCTION": frozenset({"against", "on", "from", "with"}),
    "MOBILIZE": frozenset({"against"}),
    "COERCE": frozenset({"against", "on"}),
    "ASSAULT": frozenset({"on", "against", "at", "into"}),
}
# Types that move the actor's own forces or arms: where they go, stand or come from ("deployed aircraft to
# X", "the movement of troops to X", "added launchers over the objections of X") is no party, and the first
# party named after the trigger (``events._clause_recipient``, the CAMEO coders' target) is mostly such a
# place: the annotators code no recipient for 69 of the 80 type-matched train MOBILIZE events. The side
# the forces are aimed at is one, however deep its "against" phrase ("mobilized reservists for a war
# against X", "hackers capable of launching cyber warfare against X": the PLOVER records' targets).
MOVES_FORCES = frozenset({"MOBILIZE"})


def aimed_against(tok, ids: list[str], table) -> list[str]:
    """The parties of ``ids`` that a mention under an "against" phrase of the trigger's subtree names."""
    found: list[str] = []
    for t in tok.subtree:
        a = table.at_token(t.i)
        if a is None or a not in ids or a in found:
            continue
        node = t
        while node.i != tok.i and node.head.i != node.i:
            if node.dep_ == "prep" and node.lower_ == "against":
                found.append(a)
                break
            node = node.head
    return found


# For nominalisations, "X of Y": is Y the actor ("the withdrawal of American forces") or the
# recipient ("the release of prisoners")? A criticism, investigation or impeachment "of" someone has
# them as its recipient ("a critic of the administration", "the impeachment of Clinton").
OF_IS_ACTOR = frozenset({"AGREE", "CONSULT", "PROTEST", "MOBILIZE", "SUPPORT", "REQUEST", "REJECT",
                         "THREATEN"})
OF_IS_ACTOR_MODES = frozenset({"withdraw", "resign", "ceasefire", "disarm"})
# For nominalisations of what one party says or gives another, "X from Y" names the actor ("a push
# from the president", "criticism from Republicans", "aid from Japan").
FROM_IS_ACTOR = frozenset({"REQUEST", "SUPPORT", "AID", "THREATEN", "ACCUSE", "REJECT"})
_WH_RELATIVE = frozenset({"WDT", "WP", "WP$"})
# Types whose object's place is the party that gains ("praised the reforms in X", "promised investment
# in X"): the "in" phrase of what they are done to stays a participant (``np_actors``' ``located``).
PLACE_GAINS = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE"})


def own_object(etype: str, mode: str | None) -> bool:
    """The type's direct object is the actor's own forces or the thing itself, not a recipient."""
    return etype in OWN_OBJECT and mode not in OBJECT_RECEIVES


def names_its_target(n, etype: str, table) -> bool:
    """A criticism noun or adjective that names whom it is about by "of" ("a sharp critic of the
    administration", "critical of Washington"), or a noun of what is done to a person that names them
    as its possessor ("X's arrest"): an event even where its actor is not named there, as it was
    when "of" (or the possessor) was read as its actor."""
    if _undergoes(n) and any(np_actors(c, table) for c in n.children if c.dep_ == "poss"):
        return True  # "X's arrest", "X's trial": the one it is done to
    return etype == "ACCUSE" and any(
        np_actors(p, table) for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > n.i
        for p in _pobjs(c))


def _preps(tok):
    """The prepositions that depend on ``tok``, with the same preposition coordinated with them
    ("support for X and for Y"; not "on his trip and to the summit")."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative"):
            yield c
            for d in c.children:
                if d.dep_ == "conj" and d.pos_ == "ADP" and d.lower_ == c.lower_:
                    yield d


def _conjuncts(tok, table=None) -> list:
    """The heads of a coordinated phrase: "X and Y", and the companions "X, along with Y" and "X together
    with Y" add (they take part alike: guidelines 2.3, compound actors)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c, table))
        elif c.dep_ == "appos":
            # "X, R-Utah, and Y called ...", "journalists James Foley and Steven Sotloff": the parser
            # hangs the next conjunct on the appositive, not on the phrase it describes
            # the appositive's own second description ("X, an economist and former chairman of Y") is
            # none: only a name opens a conjunct there
            out.extend(x for d in c.children if d.dep_ == "conj" and _named(d, table) for x in _conjuncts(d, table))
    for p in _companions(tok):
        out.extend(_conjuncts(p, table))
    return out


def _named(tok, table) -> bool:
    """Whether a conjunct names a party itself: a name, or a phrase the actors stage resolved."""
    return tok.pos_ == "PROPN" or (table is not None and table.at_token(tok.i) is not None)


# The adverbs that make a "with" phrase a companion ("along with", "together with").
_ALONG = frozenset({"along", "together"})


def _companions(tok) -> list:
    """The objects of the "along with" or "together with" phrase that depends on ``tok``: the parser hangs
    it as "along" (prep) > "with" (prep), or as "with" (prep) with "together" as its adverb."""
    out: list = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in _ALONG:
            out.extend(p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in _pobjs(w))
        elif c.lower_ == "with" and any(x.lower_ in _ALONG and x.dep_ == "advmod" for x in c.children):
            out.extend(_pobjs(c))
    return out


def np_actors(tok, table, *, deep: bool = False, located: bool = True, acts: bool = True) -> list[str]:
    """The actors a noun phrase headed by ``tok`` refers to (conjuncts included, in order).

    ``located``: a common noun that names no actor stands for the place its "in" phrase names ("the
    militants in Gaza", "voices in Washington"); with ``acts`` off, only a noun of people or of a body's
    states or writings does, not an act or a thing ("a surge in violence in Kabul": where it happened).
    Not for the phrase an act is done to: there the place is mostly where the act happened ("shelled homes
    in X", "fired at targets in X", "a meeting in X"), the event's location (``_place_heads``), unless the
    noun names people or a body, who are the place's own ("arrested activists in X", "outlawed a group in
    X")."""
    found: list[str] = []
    for head in _conjuncts(tok, table):
        for a in _head_actors(head, table, deep=deep, located=located, acts=acts):
            if a not in found:
                found.append(a)
    return found


def _relative_antecedent(h):
    """The phrase a relative clause modifies, for a relative word ``h`` inside it (at most three heads up:
    "whose execution was filmed", "with whom he met"); None outside a relative clause."""
    up = h.head
    for _ in range(3):
        if up.dep_ == "relcl":
            return up.head
        if up.head.i == up.i:
            break
        up = up.head
    return None


def _described(antecedent, table):
    """The phrase a relative clause is about: the name an appositive description stands beside, where the
    description names no actor itself ("Hamas, the militant Islamic faction that won ...": Hamas, not
    "Islamic"; "Smith, a spokesman for the ministry, who said ...": Smith). Not an appositive that sums up
    the clause before ("X will not meet Y, a decision that drew criticism", "a move
    that ...": what X did)."""
    name = antecedent.head
    if antecedent.dep_ == "appos" and name.pos_ == "PROPN" and name.i < antecedent.i \
            and not table.actors_at(antecedent.i) and table.at_token(name.i) is not None \
            and not _an_act(antecedent) and antecedent.lemma_.lower() not in _SUMMING:
        return name
    return antecedent


# Nouns that sum up a clause as its appositive ("..., a decision that", "..., a move that").
_SUMMING = CODING.words["decision"] | CODING.words["plan"] | frozenset({"move", "step"})


def _head_actors(h, table, *, deep: bool, seen: int = 0, located: bool = True, acts: bool = True) -> list[str]:
    if seen > 4:
        return []
    found = table.actors_at(h.i)  # one actor, or each member of a set ("the two leaders")
    if h.lower_ in RELATIVE and h.head.dep_ == "relcl":
        antecedent = _described(h.head.head, table)
        if not found:
            return np_actors(antecedent, table)
        while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head
        # "X and Y, who have ...": the relative word stands for the whole coordinated antecedent, where
        # the actors stage resolved it to one of its members only; "the nonprofit that has agreed ...":
        # the phrase the clause modifies, where the actors stage resolved the word to another party
        members = np_actors(antecedent, table)
        if members and not set(found) & set(members) or set(found) < set(members):
            return members
    if h.lower_ == "whose" and h.dep_ == "poss" and not found and _an_act(h.head):
        # "X, whose execution was filmed", "X, whose approach has been criticized": the phrase the relative
        # clause modifies (not "X, whose country annexed ...": the country is not X)
        antecedent = _relative_antecedent(h)
        if antecedent is not None:
            return np_actors(antecedent, table)
    if found:
        return found
    if owned_group(h, table):
        # "his allies", "Trump's lawyers", "her critics": people in a relation to the possessor, a party of
        # their own (``owned_group``), where the rules may name one
        made = unnamed_actor(h, table, owned=True)
        if made:
            return made
    if h.tag_ in _WH_RELATIVE and h.dep_ == "pobj":
        # "which Beijing retaliated against", "with whom he met": the relative clause's antecedent
        antecedent = _relative_antecedent(h)
        if antecedent is not None:
            return np_actors(antecedent, table)
    for c in h.children:
        if c.dep_ == "appos":
            r = _head_actors(c, table, deep=deep, seen=seen + 1, located=located, acts=acts)
            if r:
                return r
    # "his Russian counterpart", "the Turkish guards": people of the state the modifier names, not the state
    made = national_people(h, table)
    if made:
        return made
    for c in h.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod"):
            if c.dep_ == "compound" and _a_things_name(h) and not _second_object(c, h):
                continue
            sites = _sites(c, table) if c.dep_ != "poss" else set()
            # a possessor stands for the party its own head names ("former Trump fixer Michael Cohen's
            # home": Cohen, not the title's Trump)
            owners = np_actors(c, table) if c.dep_ == "poss" else []
            for a in owners or table.in_tokens(c.left_edge.i, c.right_edge.i + 1):
                if a not in found and a not in sites:
                    found.append(a)
    if found:
        return found
    for c in h.rights:
        if c.dep_ == "prep" and c.lower_ in ("to", "for") and c.right_edge.i == h.right_edge.i:
            # a title whose holder the parser hangs under its phrase: "Ambassador to the U.N. Jane Doe"
            for p in _pobjs(c):
                a = table.at_token(p.i)
                record = table.get(a) if a is not None else None
                if record is not None and record.kind == "person":
                    return [a]
        if c.dep_ == "prep" and (c.lower_ == "of" or (deep and c.lower_ in ("by", "from"))
                                 or (h.pos_ == "NOUN" and (c.lower_ == "from"
                                                           or (c.lower_ == "in" and ((located and (acts or _holds_people(h)))
                                                                                     or _people(h)))))):
            for p in c.children:
                if p.dep_ == "pobj":
                    r = np_actors(p, table, deep=False, located=located, acts=acts)
                    if r:
                        return r
        if deep and c.dep_ == "acl" and c.tag_ == "VBN":
            # "condemned the violence carried out by Hamas", "praised the help given by Japan"
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            r = np_actors(p, table)
                            if r:
                                return r
    # a phrase of people that names no actor: an argument-only actor, where the events stage makes them
    return unnamed_actor(h, table)


# Nouns of states ("United Nations member states", "the NATO ally country"), of what a body writes or
# says ("a House resolution", "a U.N. report", "the White House statement") and of what a side owns and
# is attacked in ("Hamas targets", "a U.S. drone", "Hezbollah positions"): the name before them is the
# states' body, the author or the owner, a party, as before a noun of people.
_STATES_AND_WRITINGS = frozenset("""
state country nation member resolution bill report statement plan proposal letter memo memorandum
legislation measure document declaration communique order policy budget ruling verdict
target position base facility site installation outpost stronghold headquarters compound ship vessel warship
boat submarine drone aircraft plane jet helicopter convoy asset property
""".split())
# Nouns of people and of bodies that the agent dictionary lacks ("U.S. border patrol agents", "the White
# House staff", "a U.N. team"), besides the events stage's own (``_unnamed.PEOPLE_NOUNS``).
_PEOPLE_NOT_AGENTS = PEOPLE_NOUNS | frozenset("agent staff personnel crew team unit guard squad delegation voice jury".split())


# Nouns of people who stand in a relation to someone, not in an office: kin, the circles around a person
# and those who work for or back them ("his son", "her allies", "Trump's campaign manager", "his lawyers").
_RELATIONS = KIN_NOUNS | frozenset("""
friend colleague ally associate confidant confidante entourage aide adviser advisor manager lawyer attorney
supporter backer loyalist appointee spokesman spokeswoman spokesperson
""".split())


def _owned_people(noun, table) -> bool:
    """Whether a subject names people in a relation to its possessor that the actors stage did not resolve
    ("his allies called on her", "Mr. X's campaign manager was urging Y", "X's family is suing Y"): other
    people than the possessor, who does not do the act. The subject then names no actor here; the speaker
    of the sentence's quotation, or the filler, may give one (``_speakers.speaking_actors``), and where the
    rules may name one and the noun is plural, they are a group of their own (``owned_group``)."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _RELATIONS or noun.lower_ in _RELATIONS) \
        and table.at_token(noun.i) is None and any(c.dep_ == "poss" for c in noun.children) \
        and not any(c.dep_ == "appos" for c in noun.children) \
        and not owned_group(noun, table)  # (an appositive: "X's eldest son, Seif, told ...": Seif)


# Nouns of people who stand against someone ("his critics", "Trump's opponents"): a relation to the
# possessor as much as an ally's, and no more the possessor.
_ADVERSARIES = frozenset("opponent critic rival enemy adversary foe".split())


def owned_group(noun, table) -> bool:
    """Whether a plural noun with a possessor names people in a relation to it ("his allies", "Trump's
    lawyers", "her critics", "its allies"), where the rules may make argument-only actors: a group of its
    own, neither the possessor (who does not do the act, nor undergo it: "arrested his allies") nor no
    one. Not where the actors stage resolved the noun, nor where an apposition names the people ("his
    lawyers, X and Y"), nor a singular ("his son": one person, whom the text names elsewhere). Train
    (session 41, agents41): 3 events made right in full, none wrong; 9 actors more, 6 of them an annotated
    party no output actor stood for, 1 junk."""
    if not (isinstance(table, ArgumentTable) and table.naming) or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    if lemma not in _RELATIONS and noun.lower_ not in _RELATIONS and lemma not in _ADVERSARIES:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1 or any(c.dep_ == "appos" for c in noun.children):
        return False
    return ActorTable.at_token(table, noun.i) is None and table.at_token(owners[0].i) is not None


def _a_things_name(noun) -> bool:
    """Whether a common noun names a thing, neither people nor an event: a name before it is part of the
    thing's name ("the Libya model", "the U.S. relationship", "the Twitter account"), no party to the act
    done to the thing. A noun of people ("U.S. officials"), of states or of a body's writing ("a House
    resolution") or of an event ("the U.S. strike", "the Iraq war") takes the actor its modifier names."""
    lem = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not _people(noun) and lem not in _STATES_AND_WRITINGS and lem not in _PEOPLE_NOT_AGENTS \
        and lem not in lexicon().nouns and noun.lower_ not in lexicon().nouns


def _an_act(noun) -> bool:
    """Whether a noun names an act: an event noun of the lexicon, or what is done to a person."""
    lex = lexicon()
    return noun.lemma_.lower() in lex.nouns or noun.lower_ in lex.nouns or _undergoes(noun) or noun.lemma_.lower() in _ACTS


# Nouns of what a party does that the lexicon does not code as events ("his approach to X", "her handling of X").
_ACTS = frozenset("approach handling policy conduct behavior behaviour response stance".split())


def _holds_people(noun) -> bool:
    """Whether a common noun may stand for the people of the place its "in" phrase names ("the militants
    in Gaza", "voices in Washington", "a resolution in the House"): not an act or a thing ("a surge in
    violence in Kabul killed ...", "strikes in Moscow's transit system": the place is where it happened)."""
    return not _a_things_name(noun) and noun.lemma_.lower() not in lexicon().nouns and noun.lower_ not in lexicon().nouns


def _second_object(name, noun) -> bool:
    """Whether a name the parser hangs as a compound on a verb's object opens that object right after
    the verb, with no determiner: the parse of a double object ("denied Chile access", "gave Kyiv
    weapons"), where the name is the one the act is done to, not part of the thing's name."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and name.left_edge.i == noun.left_edge.i == verb.i + 1


def _people(noun) -> bool:
    """Whether a common noun names people or a body ("voters", "rebels", "the organization")."""
    agents = bundled().agents
    return any(w in agents or w in BODY_WORDS for w in (noun.lower_, noun.lemma_.lower()))


def _included(tok, table) -> list[str]:
    """The members a subject names by "including" or "such as" ("Several officials, including X and Y, met
    ..."; "Lawmakers, such as X, backed ..."): they act with it (guidelines 2.3, compound actors)."""
    found: list[str] = []
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "including" or (c.lower_ == "as" and any(
                x.lower_ == "such" for x in c.children))):
            for p in _pobjs(c):
                found.extend(a for a in np_actors(p, table) if a not in found)
    return found


def _is_passive(v) -> bool:
    return any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "auxpass" for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ == "acl" and not _misread_participle(v))


def _misread_participle(v) -> bool:
    """A past tense the parser reads as a participle modifying its subject: "X, one of the loudest
    voices, called on Y to resign" (the noun the sentence's root), "the tariffs that X imposed" (the
    noun a clause of its own, or the subject of the relative word), "the attacks X blamed on Y" (the
    noun set beside the one before it with no comma). Without a "by" agent, the noun does the act."""
    if v.tag_ not in ("VBN", "VBD") or v.dep_ != "acl" or any(c.dep_ == "agent" for c in v.children):
        return False
    head = v.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > v.i:
        return False
    if head.dep_ in ("ROOT", "ccomp"):
        return True
    if head.dep_ == "nsubj":
        return head.head.tag_ in _WH_RELATIVE | {"IN"}
    return head.dep_ == "appos" and head.head.i < head.i and not any(
        t.is_punct for t in head.doc[head.head.i + 1:head.left_edge.i])


def _bare_participle(v) -> bool:
    """A past participle that opens an adverbial clause on its own: "If convicted, X faces ...",
    "Arrested in May, X was ...". It is passive: the main clause's subject is the one it is done to."""
    return v.tag_ == "VBN" and v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj", "dobj", "obj") for c in v.children)


def subject_of(v, table, *, causative: frozenset[str] = frozenset(), depth: int = 0) -> list[str]:
    """The agent of verb ``v``: its subject, the "by" agent of a passive, or the controller of a
    subjectless infinitive, conjunct, participle or relative clause."""
    if depth > 6:
        return []
    if _misread_participle(v):
        return np_actors(v.head, table)
    subjects = [c for c in v.children if c.dep_ in SUBJ]
    for c in subjects:
        # a parse may give a clause two subjects ("The answer: '...,' X replied"): the one that
        # names an actor is the agent; a subject that names none may name its author ("a report by
        # X alleges", "a statement from X said")
        # a place in an act or a thing that is the subject is where it happened, no party ("a surge in
        # violence in Kabul killed ...", "strikes in Moscow's transit system killed ..."); a possessor's
        # people are not the possessor ("his allies called on her": ``_owned_people``)
        found = [] if _owned_people(c, table) else np_actors(c, table, deep=True, acts=False)
        found += [a for a in _included(c, table) if a not in found]  # "his aides, including X, said": X
        if found:
            # "X as well as Y condemned ...": the parser may give the verb the second of two coordinated
            # subjects as a subject of its own (its "cc" hangs on the first)
            found += [a for d in subjects if d.i > c.i and any(x.dep_ == "cc" and c.i < x.i < d.i for x in c.children)
                      for a in np_actors(d, table, deep=True) if a not in found]
            # "X, along with Y, imposed ...": the parser hangs the companions on the verb, between
            # the subject and it
            found += [a for p in _companions(v) if c.i < p.i < v.i for a in np_actors(p, table)
                      if a not in found]
            return found
    for c in subjects:
        if c.pos_ == "PRON" and c.lower_ in _PERSONAL and v.dep_ in ("ccomp", "conj") \
                and v.head.pos_ in ("VERB", "AUX"):
            # "Japan said it had halted aid": an unresolved pronoun is the speaker; "X said ... and
            # it threatened a strike": the subject of the first conjunct
            return subject_of(v.head, table, causative=causative, depth=depth + 1)
    if subjects:
        return []
    for c in v.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return np_actors(p, table)
    if _is_passive(v) or _bare_participle(v):
        return []
    head = v.head
    if v.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX", "ADJ") and _is_passive(head):
        # "Iran is set to meet", "X was asked to leave": the passive subject does the complement
        for c in head.children:
            if c.dep_ in PASSIVE_SUBJ:
                return np_actors(c, table)
    if head.i == v.i:
        return []
    if v.dep_ == "xcomp" and head.pos_ == "ADJ":
        # "X was quick to praise", "X is ready to talk", "with X likely to veto": the adjective's
        # subject, or the subject of the verb it is predicated with
        for c in head.children:
            if c.dep_ in SUBJ:
                return np_actors(c, table)
            if c.lower_ == "with" and c.dep_ in ("mark", "prep"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return np_actors(p, table)
        if head.dep_ in ("acomp", "xcomp", "conj") and head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head, table, causative=causative, depth=depth + 1)
    if v.dep_ == "conj" and _matrix_conjunct(v):
        # "X said that Y is ... and criticized Z": the parser hangs the second verb of the speaker on the
        # reported clause; its tense agrees with the speaker's verb, not with the clause's
        return subject_of(head.head, table, causative=causative, depth=depth + 1)
    if v.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if (v.dep_ in ("xcomp", "ccomp") and lemma in causative) or (v.dep_ == "xcomp" and lemma in _OBJECT_CONTROL):
            for c in head.children:
                if c.dep_ in ("dobj", "obj"):
                    return np_actors(c, table)
        return subject_of(head, table, causative=causative, depth=depth + 1)
    if v.dep_ == "relcl":
        found = np_actors(head, table)
        if found or not infinitive(v):
            return found
        # "was the first to come out against", "began an offensive to persuade": an infinitive the
        # parser reads as a relative clause of a noun that names no party
        return _noun_controller(head, table, causative=causative, depth=depth)
    if v.dep_ == "acl" and v.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        found = np_actors(head, table, acts=False)  # "the government releasing prisoners"
        if found or head.dep_ not in ("dobj", "obj") or head.head.pos_ != "VERB":
            return found
        # "X issued a statement blaming Y", "X used language blaming Y": who made the thing
        return subject_of(head.head, table, causative=causative, depth=depth + 1)
    if v.dep_ in ("acl", "xcomp", "pcomp") or head.dep_ == "prep":
        # "the desire to withdraw", "his decision to resign": the noun's possessor or its clause
        noun = head if head.pos_ in ("NOUN", "PROPN") else head.head
        if noun.pos_ in ("VERB", "AUX") and head.dep_ == "prep" and v.dep_ == "pcomp" and v.tag_ == "VBG":
            if head.lower_ in _CONTROL_PREPS:
                # "Y was accused of attacking Z", "X blamed Y for failing", "X barred Y from entering":
                # the one accused, blamed or barred does the gerund's act
                controller = _gerund_controller(noun, head, table)
                if controller:
                    return controller
            elif head.lower_ == "in" and noun.lemma_.lower() == "join":
                # "X joined Y in condemning Z": both do it (guidelines 2.3, compound actors)
                joined = _gerund_controller(noun, head, table)
                if joined:
                    mine = subject_of(noun, table, causative=causative, depth=depth + 1)
                    return mine + [a for a in joined if a not in mine]
        if noun.pos_ in ("VERB", "AUX") and head.dep_ == "prep":
            # "X made overtures after launching strikes": the clause the phrase modifies does it
            return subject_of(noun, table, causative=causative, depth=depth + 1)
        return _noun_controller(noun, table, causative=causative, depth=depth)
    return []


# Verbs whose object does what their infinitive says ("told Y to leave", "led Y to impose"), beside the
# lexicon's causative verbs.
_OBJECT_CONTROL = CODING.words["object_control"]


def _matrix_conjunct(v) -> bool:
    """A finite conjunct the parser hangs on a reported clause with a subject of its own ("X said Y is
    weak and criticized Z"), whose tense is the reporting verb's (told before the clause) and not that
    clause's verb's."""
    head = v.head
    matrix = head.head
    if head.dep_ != "ccomp" or not matrix.i < head.i or matrix.pos_ not in ("VERB", "AUX"):
        return False  # a reporting verb after its clause ("Y did A and B, X said") leaves B to Y
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.tag_ != matrix.tag_ or v.tag_ == head.tag_:
        return False
    return any(c.dep_ in SUBJ + PASSIVE_SUBJ for c in head.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in v.children)


def _noun_controller(noun, table, *, causative: frozenset[str], depth: int) -> list[str]:
    """Who does the act of a clause that hangs from ``noun`` without a subject of its own ("his decision
    to resign", "a push by X to demand", "X voted on a resolution calling for"): the noun's possessor, its
    "by" agent, else the subject of the verb the noun is the object, attribute or prepositional object
    of."""
    for c in noun.children:
        if c.dep_ == "poss":
            return np_actors(c, table)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i:
            found = [a for p in _pobjs(c) for a in np_actors(p, table)]
            if found:
                return found
    up = noun.head
    if up.pos_ == "ADP" and noun.dep_ == "pobj" and up.dep_ == "prep" and up.head.i != up.i:
        up = up.head  # "voted on a resolution calling for", "pushed ahead with plans to"
    if up.i != noun.i and up.pos_ in ("VERB", "AUX"):
        return subject_of(up, table, causative=causative, depth=depth + 1)
    return []


# The prepositions by which a verb hands its object (or a passive its subject) a gerund that this party
# does: "accused Y of", "blamed Y for", "charged Y with", "barred Y from", "pressured Y into",
# "congratulated Y on". Not "after", "before", "by", "in" ("X met Y after arriving": X arrives).
_CONTROL_PREPS = frozenset({"of", "for", "with", "from", "into", "on"})


def _gerund_controller(verb, prep, table) -> list[str]:
    """The party that does the gerund a verb's "of", "for", ... phrase holds: the passive subject of the
    verb ("Y was accused of ..."), else the verb's object before the phrase when it is itself a party ("X
    accused Y of ...", not "X won praise in Y for ..."); none where neither names one (the verb's subject
    then does it)."""
    if _is_passive(verb):
        return [a for c in verb.children if c.dep_ in PASSIVE_SUBJ for a in np_actors(c, table)]
    found: list[str] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.i < prep.i:
            found.extend(a for x in _conjuncts(c, table) if (a := table.at_token(x.i)) is not None and a not in found)
    return found


def _pobjs(prep):
    return [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]


def _prep_recipients(tok, preps: frozenset[str], table, *, located: bool = False) -> list[str]:
    found: list[str] = []
    for c in _preps(tok):
        if c.lower_ in preps:
            for p in _pobjs(c):
                found.extend(a for a in np_actors(p, table, located=located) if a not in found)
    return found


def verb_arguments(v, etype: str, table, *, causative: frozenset[str] = frozenset(), mode: str | None = None,
                   reporting: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(actor, recipient) of an event whose trigger is the verb ``v``."""
    if etype == "REQUEST":
        told = _obligation_parties(v, table, causative)
        if told is not None:
            return told
    if v.lemma_.lower() in FACING:
        return _facing_parties(v, table, causative)
    if etype in _UNDERGOING_TYPES and v.lemma_.lower() in UNDERGOING and not _is_passive(v):
        # "Y pleaded guilty", "Y served four years in prison": Y is convicted or jailed, by a court the
        # clause does not name
        subjects = [c for c in v.children if c.dep_ in SUBJ]
        if not subjects:
            return [], subject_of(v, table, causative=causative)  # "... and served two years": the controller
        return [], [a for c in subjects for a in np_actors(c, table)]
    actor = subject_of(v, table, causative=causative)
    if not actor and etype in SPEECH_ACTS and reporting:
        actor = _speaker_of_thing_clause(v, table, reporting, causative)
    recipient: list[str] = []
    passive = _is_passive(v) or _passive_conjunct(v)
    if not actor and passive and etype == "ASSAULT":
        actor = _fought_by(v, table)
    own = own_object(etype, mode)
    gains = etype in PLACE_GAINS
    sent_off = False
    for c in _shared_arguments(v, passive):
        envoys = c.dep_ in OBJ and _own_people(c, v, actor, table)
        sent_off = sent_off or envoys
        if (c.dep_ in OBJ and not own and not envoys) or (passive and c.dep_ in PASSIVE_SUBJ):
            for a in np_actors(c, table, deep=True, located=gains or c.dep_ not in OBJ):
                if a not in recipient:
                    recipient.append(a)
        if c.dep_ in OBJ:
            # "negotiate a deal between the Taliban and the United States",
            # "threatened further action against Russia"; "recalled its ambassador to X": X
            preps = RECIPIENT_PREPS[etype] - _NOT_AFTER_OBJECT | _AFTER_OBJECT.get(etype, frozenset()) \
                | (_SENT_TO if envoys else frozenset())
            if etype == "THREATEN" and _an_act(c):
                preps |= _THREAT_TARGET  # "threatened a strike on X", "threatened tariffs on X"
            recipient.extend(a for a in _prep_recipients(c, preps, table, located=gains) if a not in recipient)
    if sent_off:
        recipient.extend(a for a in _prep_recipients(v, _SENT_TO, table) if a not in recipient and a not in actor)
    if passive and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not _is_passive(v.head) \
            and not any(c.dep_ in SUBJ + PASSIVE_SUBJ for c in v.children):
        # "X offered talks but was rebuffed by Y": the first verb's subject undergoes the second
        recipient.extend(a for c in v.head.children if c.dep_ in SUBJ for a in np_actors(c, table)
                         if a not in recipient)
    if passive and v.dep_ == "acl":  # "the agreement signed by X", "Ghani, ousted by X"
        recipient.extend(a for a in np_actors(v.head, table) if a not in recipient)
    if _bare_participle(v) and not own:  # "if convicted, X faces ...": X
        recipient.extend(a for c in v.head.children if c.dep_ in SUBJ + PASSIVE_SUBJ
                         for a in np_actors(c, table) if a not in recipient)
    for a in _prep_recipients(v, RECIPIENT_PREPS.get(etype, frozenset()), table, located=gains):
        if a not in recipient:
            recipient.append(a)
    # a particle or prepositional verb: "called on X", "fired at X"
    for c in v.children:
        if c.dep_ == "prt":
            recipient.extend(a for a in _prep_recipients(c, RECIPIENT_PREPS.get(etype, frozenset()), table,
                                                         located=gains) if a not in recipient)
    if not recipient and etype in AIMED_AT:
        # "lashed out at X", "tweeted back at X", "took aim at X", "leveled charges at X": the one the
        # words are aimed at (the parser hangs "at" on the verb, its particle or its object)
        for h in (v, *(c for c in v.children if c.dep_ in ("prt", "dobj", "obj"))):
            recipient.extend(a for a in _prep_recipients(h, _AT, table) if a not in recipient)
    denial = denies_claim(v, etype)
    if not recipient and etype in CLAUSE_RECIPIENT and not denial and not agrees_that(v, etype):
        recipient = _clause_recipients(v, etype, table, actor)
    if not recipient and etype in CLAUSE_RECIPIENT and not denial:
        recipient = _condition_party(v, table, actor)
    if not recipient and etype in CONTRASTED and not denial:
        recipient = _contrasted_party(v, table, actor)
    if not recipient and etype == "ACCUSE":
        # "expressed concern that X may ...", "voiced the fear that X would ...": the worry or
        # complaint is about X (a claim refused, REJECT, is mostly about the speaker's own side)
        recipient = [a for c in v.children if c.dep_ in ("dobj", "obj") for a in _content_subjects(c, table, actor)]
    if not recipient and etype == "ACCUSE":
        recipient = _document_content(v, etype, table, actor)
    if mode == "resign":
        recipient.extend(a for a in _resigned_from(v, table) if a not in recipient)
    if actor and _joint(etype, v, [c for c in v.children if c.dep_ in ("dobj", "obj")]):
        actor = actor + [a for a in _with_parties(v, table) if a not in actor]
    if etype == "CONSULT" and v.lemma_.lower() in HOSTING:
        return _hosted(v, actor, recipient, table, passive)
    return actor, [a for a in recipient if a not in actor]


# Verbs of agreeing whose content clause is the proposition the actors agree on ("the two leaders agreed
# that the summit must be held"), not a party's act they agree to.
_AGREE_THAT = frozenset({"agree", "concur"})


def agrees_that(v, etype: str) -> bool:
    """Whether an AGREE verb takes a finite content clause ("agreed that X must be respected"): what is
    agreed is a proposition, and the clause's parties are no recipient (those the verb names by "with" or
    "to" still are)."""
    return etype == "AGREE" and v.lemma_.lower() in _AGREE_THAT and any(
        c.dep_ == "ccomp" and any(x.dep_ in SUBJ + PASSIVE_SUBJ for x in c.children) for c in v.children)


# A denial of a claim ("X denied that Y had acted", "X denied any involvement", "X denied meeting Y") is
# aimed at whoever made the claim, whom its sentence rarely names: what the claim is about (the
# clause's subject, a party named inside it) is no recipient, and the corpus gives such a denial none
# (guidelines 2.3; train: of 55 annotated denials, 33 without a recipient, 22 the accuser, never the
# clause's subject). The one denied something keeps it ("denied Y entry", "Y was denied a visa").


# The actor's own people that it sends, recalls or provides ("recalled its ambassador to X", "agreed to
# provide troops to X"): no recipient; the place or party they go to or come from is.
_ENVOYS = frozenset("""ambassador envoy diplomat emissary delegation delegate representative consul troop soldier
force personnel staff""".split())
_SENDING = frozenset("""recall send dispatch deploy provide withdraw pull station contribute commit offer
summon lend assign""".split())
_SENT_TO = frozenset({"to", "from"})
_OWN_POSSESSIVE = frozenset({"its", "their", "our", "his", "her"})


def sends_own(v, actor: list[str], table) -> bool:
    """Whether the verb's object is the actor's own envoys or forces (``_own_people``)."""
    return any(c.dep_ in ("dobj", "obj") and _own_people(c, v, actor, table) for c in v.children)


def _own_people(obj, verb, actor: list[str], table) -> bool:
    """Whether the verb's object ``obj`` is the actor's own envoys or forces that the verb sends, recalls
    or provides, with no possessor or the actor's ("Turkey recalled its ambassadors", "agreed to provide
    troops"; not "expelled Russia's diplomats", nor "asked his advisers", whom a request is made to)."""
    if verb.lemma_.lower() not in _SENDING or (obj.lemma_.lower() not in _ENVOYS and obj.lower_ not in _ENVOYS):
        return False
    return all(o.lower_ in _OWN_POSSESSIVE or (np_actors(o, table) and set(np_actors(o, table)) <= set(actor))
               for o in obj.children if o.dep_ == "poss")


# "were killed in clashes with X", "died in fighting between X and Y", "was wounded in an Israeli airstrike":
# a passive act of force names its doer by the fight or the attack it happened in.
_FIGHTS = frozenset("clash fighting fight battle confrontation gunfight firefight skirmish".split())
_ATTACKS = frozenset("attack strike airstrike raid bombing shelling assault ambush offensive".split())
_IN_FIGHT = frozenset({"in", "during"})


def _fought_by(v, table) -> list[str]:
    """The other side of the fight, or the doer of the attack, that a passive act of force with no agent
    happened in: "two Palestinians were killed in clashes with Israeli soldiers" (the soldiers)."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in _IN_FIGHT:
            continue
        for n in _pobjs(c):
            lem = n.lemma_.lower()
            if lem in _FIGHTS:
                # the side named itself, not through a phrase ("members of the group": which group?)
                found = [a for p in _preps(n) if p.lower_ in ("with", "between") for q in _pobjs(p)
                         for x in _conjuncts(q, table) for a in table.actors_at(x.i)]
            elif lem in _ATTACKS:
                found = noun_arguments(n, "ASSAULT", None, table)[0]
            else:
                continue
            if found:
                return found
    return []


def denies_claim(v, etype: str) -> bool:
    """The verb ``v`` is an active denial: a REJECT "deny" (an object or dative that names a party, "denied
    Y entry", is its recipient all the same)."""
    return etype == "REJECT" and v.lemma_.lower() in _DENY and not _is_passive(v) and v.pos_ in ("VERB", "AUX")


def _resigned_from(tok, table) -> list[str]:
    """The body a resignation leaves, named itself by "from" ("resigned from the agency", "his resignation
    from the board"); not one named inside the phrase ("from the cabinet of X": X is a bystander), and
    not the place one withdraws from (RETREAT withdraw, no recipient)."""
    found: list[str] = []
    for c in _preps(tok):
        if c.lower_ == "from" and c.i > tok.i:
            for p in _pobjs(c):
                for x in _conjuncts(p, table):
                    a = table.at_token(x.i)
                    if a is not None and a not in found:
                        found.append(a)
    return found


# "X hosted Y", "X welcomed Y to the capital": Y visits, X is visited (guidelines 2.3: for a visit the
# visitor is the actor and the host the recipient).
HOSTING = CODING.words["hosting"]


def _hosted(v, actor: list[str], recipient: list[str], table, passive: bool) -> tuple[list[str], list[str]]:
    """(visitor, host) of a visit told by its host's verb: the object (or a passive's subject) visits
    the subject (or the passive's agent). Unchanged where no guest is named."""
    if passive:
        guests = [a for c in v.children if c.dep_ in PASSIVE_SUBJ for a in np_actors(c, table)]
    else:
        guests = [a for c in v.children if c.dep_ in ("dobj", "obj") for a in np_actors(c, table)]
    if not guests or not actor:
        return actor, [a for a in recipient if a not in actor]
    return guests, [a for a in actor if a not in guests]


# "Y should stop", "Y must act", "Y needs to negotiate", "Y has to leave": what the speaker says another
# party is obliged to do is the speaker's request, and that party is its addressee (guidelines 2.2:
# demanding is REQUEST; 2.3: the actor is who does the act, here who says it).
_OBLIGED = CODING.words["obliged"]
_NEED = CODING.words["need"]


def obliged_clause(v):
    """The clause whose subject ``v`` tells what it is obliged to do ("Y should stop": stop; "Y needs to
    negotiate": needs), or None."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGED for c in v.children):
        return v
    if v.lemma_.lower() in _NEED and v.pos_ == "VERB" and any(
            c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in v.children):
        return v
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in _NEED and v.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return v.head
    return None


# "Y faces sanctions", "Y will face consequences", "Y has faced years of sanctions": the subject is the
# one the act is done to; whoever says so threatens it (guidelines 2.3).
FACING = CODING.words["facing"]


# "Y pleaded guilty to fraud", "Y served time in prison": a conviction (SANCTION) or a prison term (COERCE)
# told by the one who undergoes it (train: 5 of 5 such events have the pleader or prisoner as recipient,
# and a judge as actor only where one is named).
UNDERGOING = CODING.words["undergoing"]
_UNDERGOING_TYPES = frozenset({"SANCTION", "COERCE"})


def _faced_by(n):
    """The verb of FACING whose object the event noun is ("faces sanctions", "faced years of
    sanctions"), or None."""
    t = n
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "NUM"):
        t = t.head.head
    if t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in FACING:
        return t.head
    return None


def _held_under(n):
    """The verb whose subject an event noun holds "under" ("came under criticism", "is under
    investigation", "was placed under sanctions"), or None."""
    if n.dep_ != "pobj" or n.head.lower_ != "under" or n.head.dep_ != "prep":
        return None
    v = n.head.head
    return v if v.pos_ in ("VERB", "AUX") else None


def _facing_parties(v, table, causative: frozenset[str]) -> tuple[list[str], list[str]]:
    """(actor, recipient) of an act told as what the subject of ``v`` faces: the subject of the verb
    whose reported clause it is (none elsewhere) and the subject."""
    recipient = [a for c in v.children if c.dep_ in SUBJ for a in np_actors(c, table)]
    actor: list[str] = []
    if v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX"):
        actor = [a for a in subject_of(v.head, table, causative=causative) if a not in recipient]
    return actor, recipient


def _obligation_parties(v, table, causative: frozenset[str]) -> tuple[list[str], list[str]] | None:
    """(speaker, addressee) of a request told as an obligation of the clause's named subject: the
    subject of the verb whose reported clause it is (none where the clause is a quotation's: the
    quotes stage gives its speaker), and the subject. None where it is no such clause."""
    clause = obliged_clause(v)
    if clause is None or _is_passive(clause):
        return None
    if any(c.dep_ in ("dobj", "obj", "dative") and np_actors(c, table) for c in v.children):
        return None  # "X would have to ask Y": the verb's own addressee; X asks
    subj = [c for c in clause.children if c.dep_ in SUBJ]
    if not subj or any(c.pos_ == "PRON" and c.lower_ in ("i", "we") for c in subj):
        return None
    addressee = [a for c in subj for a in np_actors(c, table)]
    if not addressee:
        return None
    speaker: list[str] = []
    if clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX"):
        # "X said Y should stop", "X and Z agreed Y needs to stop"
        speaker = subject_of(clause.head, table, causative=causative)
        if set(speaker) & set(addressee):
            return None  # "X said it must respond": the speaker's own resolve, no request
    return speaker, addressee


# Words of an agreement made together or relations set up together ("signed a pact with Y", "reached
# a deal with Y", "restored ties with Y"): the party "with" is a co-actor, as for material
# cooperation ("is working with Y"), not a recipient (guidelines 2.3: both sides act).
_JOINT = frozenset({"sign", "ratify", "agreement", "deal", "treaty", "accord", "pact", "protocol", "memorandum",
                    "roadmap", "decree", "truce", "ceasefire", "armistice", "relation", "tie", "normalize",
                    "normalise", "signing", "ratification"})


# ... but what one side shares or hands over goes to the other ("shared intelligence with Y").
_ONE_WAY = frozenset({"share", "extradite", "give", "provide", "hand"})


def _joint(etype: str, tok, objects: list) -> bool:
    """The event is done together with the party named by "with": cooperation, or the signing of an
    agreement or the setting up of relations."""
    if tok.lemma_.lower() in _ONE_WAY:
        return False
    return etype == "COOPERATE" or (etype == "SUPPORT" and any(
        t.lemma_.lower() in _JOINT or t.lower_ in _JOINT for t in (tok, *objects)))


def _with_parties(tok, table, *, objects: bool = True) -> list[str]:
    """The actors a "with" phrase of the trigger (or of its object: "signed a deal with Y") names
    itself, not through a possessor ("cooperate with Y's inquiry" is no joint act with Y)."""
    heads = [tok] + ([c for c in tok.children if c.dep_ in ("dobj", "obj")] if objects else [])
    found: list[str] = []
    for h in heads:
        for c in _preps(h):
            if c.lower_ != "with" or c.i < h.i:
                continue
            for p in _pobjs(c):
                for x in _conjuncts(p, table):
                    a = table.at_token(x.i)
                    if a is not None and a not in found:
                        found.append(a)
    return found


# Acts done by saying: "X said the summit will go ahead" (AGREE), "X said the plan was a betrayal"
# (ACCUSE) are the speaker's.
SPEECH_ACTS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE", "SUPPORT", "ACCUSE"})


def _speaker_of_thing_clause(v, table, reporting: frozenset[str], causative: frozenset[str]) -> list[str]:
    """The speaker of the reported clause the verb heads when the clause's subject is a thing (a
    noun that names no actor, not a pronoun): the act told is the speaker's."""
    top = v
    for _ in range(3):
        if top.dep_ != "xcomp" or top.head.i == top.i:
            break
        top = top.head
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in reporting:
        return []
    subj = [c for c in top.children if c.dep_ in SUBJ + PASSIVE_SUBJ]
    if not subj or any(c.pos_ == "PRON" or np_actors(c, table) for c in subj):
        return []
    return subject_of(top.head, table, causative=causative)


# A threatened act's target: "threatened a nuclear strike on X", "threatened new tariffs on X".
_THREAT_TARGET = frozenset({"on"})


# After a request's object, "for" gives what is asked, not whom ("ordered the companies for ...",
# "asked Congress for money"); "of" belongs to the object itself.
_NOT_AFTER_OBJECT = frozenset({"of", "for"})
# ... but after what is given, "for" names who it is given to ("provided support for the rebels", "sent
# funds for the refugees").
_AFTER_OBJECT: dict[str, frozenset[str]] = {"AID": frozenset({"for"})}


def _passive_conjunct(v) -> bool:
    """A participle coordinated with a passive verb, sharing its auxiliary: "was deposed and killed"."""
    return v.dep_ == "conj" and v.tag_ == "VBN" and v.head.pos_ in ("VERB", "AUX") and _is_passive(v.head) \
        and not any(c.dep_ in ("aux", "nsubj") for c in v.children)


def _shared_arguments(v, passive: bool) -> list:
    """The verb's dependents, and the object or passive subject it shares with a coordinated verb:
    "was deposed and killed by X" (the second verb's passive subject is the first's), "arrested and
    charged the mayor" (the first verb's object is the second's)."""
    own = list(v.children)
    if passive and not any(c.dep_ in PASSIVE_SUBJ for c in own) and v.dep_ == "conj" \
            and v.head.pos_ in ("VERB", "AUX") and _is_passive(v.head):
        own += [c for c in v.head.children if c.dep_ in PASSIVE_SUBJ]
    if not passive and not any(c.dep_ in OBJ for c in own):
        for c in own:
            # only where nothing but the conjunction stands between the verbs ("arrested and
            # charged X", not "spoke to X and condemned Y")
            if c.dep_ == "conj" and c.pos_ == "VERB" and not _is_passive(c) \
                    and not any(x.dep_ in SUBJ for x in c.children) \
                    and all(x.dep_ in ("cc", "punct", "advmod") for x in own if v.i < x.i < c.i):
                objs = [x for x in c.children if x.dep_ in ("dobj", "obj") and x.i > c.i]
                if objs:
                    own += objs
                    break
    return own


# Types whose verb names the one it is aimed at by "at" ("took aim at X", "lashed out at X", "scoffed
# at X"); a noun's "at" is mostly a place or an occasion ("criticism at the summit"), so verbs only.
AIMED_AT = frozenset({"ACCUSE"})
_AT = frozenset({"at"})
# Verbal events whose recipient may sit in their complement clause ("demanded that the US cancel",
# "promised to continue aid to Mozambique").
CLAUSE_RECIPIENT = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE", "SUPPORT"})
_CLAUSE_PREPS = frozenset({"to", "with", "for", "against", "on", "from"})


def _clause_recipients(v, etype: str, table, actor: list[str]) -> list[str]:
    found: list[str] = []
    for c in v.children:
        # "called for X to step down": the parser hangs the infinitive with its "for" subject as an
        # adverbial clause
        if c.dep_ not in ("xcomp", "ccomp") and not (c.dep_ == "advcl" and any(
                x.dep_ == "mark" and x.lower_ == "for" for x in c.children)):
            continue
        # a clause whose subject names a party is about that party, not about what it did it to or for
        # ("complained that X had chosen Y": X; "argued that X would be bad for Y", "investigating whether X
        # funneled money to Y": X)
        named = any(x.dep_ in SUBJ + PASSIVE_SUBJ and np_actors(x, table, deep=True) for x in c.children)
        for x in c.children:
            ids: list[str] = []
            if x.dep_ in SUBJ + PASSIVE_SUBJ:
                ids = np_actors(x, table, deep=True, acts=False)  # "agree that the solution in X will be ..."
            elif x.dep_ in OBJ and not named and not _own_people(x, c, actor, table):
                ids = np_actors(x, table, deep=True)
            elif x.dep_ in ("prep", "dative") and x.lower_ in _CLAUSE_PREPS and not named:
                for p in _pobjs(x):
                    ids.extend(np_actors(p, table))
            found.extend(a for a in ids if a not in found and a not in actor)
        if not found:
            # one level down: "offered to help hand over ... to Britain"
            for x in c.children:
                if x.dep_ in OBJ:
                    for p in x.children:
                        if p.dep_ == "prep" and p.lower_ in _CLAUSE_PREPS:
                            for q in _pobjs(p):
                                found.extend(a for a in np_actors(q, table) if a not in found and a not in actor)
    return found


def _document_content(v, etype: str, table, actor: list[str]) -> list[str]:
    """The party a document the verb puts out is about: "issued a report that says X knew", "released a
    statement saying X's decision was ...", "issued a statement describing X's move as ...": the
    recipients of the clause its object carries (not the relative clause's own subject: "the report
    that X wrote")."""
    found: list[str] = []
    for c in v.children:
        if c.dep_ not in ("dobj", "obj"):
            continue
        for x in c.children:
            if x.dep_ not in ("relcl", "acl") or x.pos_ != "VERB" or x.i < c.i:
                continue
            ids = _clause_recipients(x, etype, table, actor)
            if not ids and x.dep_ == "acl":
                ids = [a for o in x.children if o.dep_ in ("dobj", "obj") for a in np_actors(o, table, deep=True)
                       if a not in actor]
            found.extend(a for a in ids if a not in found)
    return found


def _content_subjects(tok, table, actor: list[str]) -> list[str]:
    """The parties a "that" clause of ``tok`` has as its subject ("concern that X may act", "the claim
    that X had lied"); not a relative clause ("the deal that X signed")."""
    found: list[str] = []
    for c in tok.children:
        if c.dep_ not in ("acl", "ccomp") or c.pos_ not in ("VERB", "AUX") or c.i < tok.i:
            continue
        if not any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children):
            continue
        found.extend(a for x in c.children if x.dep_ in SUBJ + PASSIVE_SUBJ
                     for a in np_actors(x, table) if a not in found and a not in actor)
    return found


# The words that open a condition set to another party ("won't negotiate until the US ceases", "would
# sign it if Congress passed it") or a question about one ("questioning when X knew").
_CONDITION = frozenset({"if", "unless", "until", "when", "whether", "why", "how"})


def _condition_party(v, table, actor: list[str]) -> list[str]:
    """The subject of a condition or an indirect question that depends on the trigger (or on its
    infinitive): the party the act is aimed at."""
    heads = [v] + [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]
    heads += [c for h in heads[1:] for c in h.children if c.dep_ == "xcomp"]
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("advcl", "ccomp") or c.i < h.i:
                continue
            if not any(x.lower_ in _CONDITION and x.dep_ in ("mark", "advmod") and x.i < c.i for x in c.children):
                continue
            for x in c.children:
                if x.dep_ in SUBJ + PASSIVE_SUBJ:
                    found = [a for a in np_actors(x, table) if a not in actor]
                    if found:
                        return found
    return []


# A refusal told against what another party wants or says ("X wants a wall, but Y says it won't fund it",
# "X hailed the plan, though Y rejected it"): the party of the clause it is set against is its recipient.
CONTRASTED = frozenset({"REJECT"})
_BUT = frozenset({"but", "yet"})
_THOUGH = frozenset({"though", "although", "while", "whereas"})


def _contrasted_party(v, table, actor: list[str]) -> list[str]:
    """The subject of the clause the trigger's clause is set against by "but" (the trigger's verb the
    second conjunct) or by "though", "while" (the trigger's verb heading the adverbial clause), where
    the trigger's clause has a subject of its own."""
    if not any(c.dep_ in SUBJ for c in v.children):
        return []
    head = v.head
    if head.i == v.i or head.pos_ not in ("VERB", "AUX"):
        return []
    if v.dep_ == "conj":
        if not any(c.dep_ == "cc" and c.lower_ in _BUT and head.i < c.i < v.i for c in head.children):
            return []
    elif v.dep_ == "advcl":
        if not any(c.dep_ == "mark" and c.lower_ in _THOUGH for c in v.children):
            return []
    else:
        return []
    return [a for c in head.children if c.dep_ in SUBJ for a in np_actors(c, table) if a not in actor]


def _sites(c, table) -> set[str]:
    """The actors that a modifier of an event noun names by a city, a province or a capital: "the
    Boston bombing", "the Geneva talks" say where the event happened, not who did it. A country
    ("the U.S. strike") or a demonym ("a Russian attack") stays the actor, and so does a possessor
    ("Beijing's crackdown")."""
    by_actor: dict[str, list[str]] = {}
    for t in c.subtree:
        a = table.at_token(t.i)
        if a is not None:
            by_actor.setdefault(a, []).append(t.text)
    if not by_actor:
        return set()
    places = bundled().places
    out = set()
    for a, words in by_actor.items():
        record = table.get(a)
        if record is not None and record.kind != "country" and norm(" ".join(words)) in places:
            out.add(a)
    return out


# Nouns of what the state's courts, prosecutors, police or employers do to a person: "X's trial", "X's
# indictment", "X's arrest", "X's firing" name the one it is done to, as in "the trial of X" (the doer
# is named by "of" only where the possessor is the doer: "Russia's arrest of X").
UNDERGONE = CODING.words["undergone"]


def _undergoes(n) -> bool:
    """A noun of UNDERGONE whose possessor is the one it is done to: no "of" phrase follows."""
    return (n.lower_ in UNDERGONE or n.lemma_.lower() in UNDERGONE) and not any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i > n.i for c in n.children)


# Fighting "between X and Y" is two-sided: both sides are actors (guidelines 2.3).
TWO_SIDED = frozenset({"ASSAULT"})
# A meeting noun that names its other party ("a call with Y", "a visit to Y") as the object of a
# preposition of circumstance of a clause has the clause's subject as its actor.
MEETING_CIRCUMSTANCE = frozenset({"CONSULT"})
_CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "after", "following"})


def _circumstance_actors(n, table, causative: frozenset[str]) -> list[str]:
    """The subject of the clause whose circumstance the prepositional phrase of noun ``n`` is ("said
    during a call with Y", "After talks with Y, X announced", "was in contact with Y"; "X, during a
    call with Y, urged ...", where the parser hangs the phrase on the subject itself)."""
    prep = n.head
    if n.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _CIRCUMSTANCE_PREPS or prep.head.i == prep.i:
        return []
    v = prep.head
    if v.pos_ in ("VERB", "AUX"):
        return subject_of(v, table, causative=causative)
    if v.pos_ in ("NOUN", "PROPN") and v.dep_ in SUBJ and v.i < prep.i:
        return np_actors(v, table)
    return []


def noun_arguments(n, etype: str, mode: str | None, table, *, governor=None,
                   causative: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(actor, recipient) of an event named by a noun ("his resignation", "talks with the Taliban");
    ``governor`` is the light verb it is the object of ("tendered", "held"), if any."""
    actor: list[str] = []
    recipient: list[str] = []
    of_actor = etype in OF_IS_ACTOR or mode in OF_IS_ACTOR_MODES
    undergoes = _undergoes(n)
    # the noun itself may be an actor's mention ("fierce opposition from X", "the resistance"): no party
    # to the act it names
    itself = table.at_token(n.i)
    for c in n.lefts:
        if undergoes and c.dep_ == "poss":
            recipient.extend(a for a in np_actors(c, table) if a not in recipient)
            continue
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            sites = _sites(c, table) if c.dep_ != "poss" else set()
            owners = np_actors(c, table) if c.dep_ == "poss" else []
            actor.extend(a for a in owners or table.in_tokens(c.left_edge.i, c.right_edge.i + 1)
                         if a not in actor and a not in sites and a != itself)
    among: list[str] = []
    for c in _preps(n):
        if c.i < n.i:
            continue
        word = c.lower_
        for p in _pobjs(c):
            ids = np_actors(p, table)
            if word == "by" or (word == "of" and of_actor and not actor) or (
                    word == "from" and etype in FROM_IS_ACTOR and not actor) or (
                    word in ("between", "among") and etype in TWO_SIDED):
                actor.extend(a for a in ids if a not in actor)
            elif word == "of" or word in RECIPIENT_PREPS.get(etype, ()):
                recipient.extend(a for a in ids if a not in recipient)
                if word in ("between", "among"):
                    among.extend(ids)
    if not actor and governor is None and len(among) > 1:
        # "the talks between Iran and the United States": the parties between which it happens
        # are its participants, with no one else named as the actor
        actor, recipient = among[:1], [a for a in recipient if a != among[0]]
    if not actor and governor is None and etype in MEETING_CIRCUMSTANCE and recipient:
        # "during a call with Y, X said ...", "X was in contact with Y": the clause's subject is the
        # other party of the meeting its circumstance names
        actor = [a for a in _circumstance_actors(n, table, causative) if a not in recipient]
    if not actor and governor is None and n.dep_ in ("acomp", "attr") and n.head.pos_ in ("VERB", "AUX"):
        # a predicate: "X was critical of Y", "X is a sharp critic of Y", "he was concerned about Y"
        actor = subject_of(n.head, table, causative=causative)
    if not actor and governor is None and n.dep_ == "oprd" and n.head.pos_ == "VERB":
        # what the subject calls the object: "X called Y a liar", "X called the charges baseless"
        actor = subject_of(n.head, table, causative=causative)
        named = [a for c in n.head.children if c.dep_ in ("dobj", "obj") for a in np_actors(c, table, deep=True)]
        if named:
            recipient = named
    held = _held_under(n)
    if held is not None:
        # "Y came under criticism from X", "Y is under investigation by X", "Y was placed under
        # sanctions": the subject is the one it is done to, whoever does it
        recipient.extend(a for c in held.children if c.dep_ in SUBJ + PASSIVE_SUBJ
                         for a in np_actors(c, table) if a not in recipient and a not in actor)
    facing = _faced_by(n)
    if facing is not None and not actor:
        # "Y faced years of sanctions", "Y faces accusations": Y is the one it is done to (the
        # speaker who says Y will face them threatens at the verb)
        recipient.extend(a for a in _facing_parties(facing, table, causative)[1] if a not in recipient)
    elif governor is not None:
        if not actor:
            actor = subject_of(governor, table, causative=causative)
        for a in _prep_recipients(governor, RECIPIENT_PREPS.get(etype, frozenset()), table):
            if a not in recipient:
                recipient.append(a)
    if not recipient and etype in CLAUSE_RECIPIENT:
        recipient = _noun_clause_recipients(n, table, actor)
    if mode == "resign":
        recipient.extend(a for a in _resigned_from(n, table) if a not in recipient and a not in actor)
    if not recipient and etype == "ACCUSE" and governor is not None:
        # the parser hangs the noun's content clause on its light verb: "voiced fears that X ..."
        recipient = _content_subjects(governor, table, actor)
    if actor and _joint(etype, n, [governor] if governor is not None else []):
        actor = actor + [a for a in _with_parties(n, table, objects=False) if a not in actor]
    if etype == "CONSULT" and governor is not None and n.lemma_.lower() in HOSTING and actor:
        # "X gave a warm welcome to Y", "X extended a welcome to Y": Y visits X
        guests = [a for h in (n, governor) for a in _prep_recipients(h, _GUEST_PREPS, table) if a not in actor]
        if guests:
            return guests, actor
    return actor, [a for a in recipient if a not in actor]


# The prepositions that name the guest of a host's welcome ("a welcome to Y", "a reception for Y").
_GUEST_PREPS = frozenset({"to", "for"})


def _noun_clause_recipients(n, table, actor: list[str]) -> list[str]:
    """The party the content clause of an event noun or adjective is about: its subject ("allegations that
    Beijing had backtracked", "a call for Assad to step down") or the party of its preposition ("an
    offer to meet with Trump", "willing to withdraw its troops from Lebanon"); not its object ("a request
    to visit the crew": what is asked; "willing to withdraw its troops": the actor's own people, whom the
    first actor named after the trigger would otherwise make the recipient)."""
    found: list[str] = []
    for c in n.children:
        # the parser also attaches "a call for X to go" to the noun as an adverbial clause, and an
        # adjective's infinitive ("ready to talk with X") as an open complement
        if c.dep_ not in ("acl", "ccomp", "advcl", "xcomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        for x in c.children:
            ids: list[str] = []
            if x.dep_ in SUBJ + PASSIVE_SUBJ:
                ids = np_actors(x, table)
            elif x.dep_ in ("prep", "dative") and x.lower_ in _CLAUSE_PREPS:
                for p in _pobjs(x):
                    ids.extend(np_actors(p, table))
            found.extend(a for a in ids if a not in found and a not in actor)
    return found
