"""Words of an event type that tell no act in the construction they stand in.

Each reading here is a regular construction of English whose word the lexicon (or the learned proposer)
gives a type, and which the corpus guidelines (2.1, 2.2) do not code: an inquiry named only as the topic
of another noun ("the focus of the Russia investigation", "documents from the Mueller probe"), "seize
on" (to take up a remark or a moment, no seizure), and a refusal to tell ("declined to explain",
"declined to offer details", as "declined to comment" is no rejection of anyone). Another sense of the
word: a deal struck or cut (no blow, strike or cut), "struck back" (no labour strike), an election won
(no beating or seizure), tensions that explode, a fact recognised, a view shared, an outline offered. A
warning that only foretells how things will turn out (no threat), and an act of force named as what a
party prevents or counters (a topic, not an attack told). Acts not done, and no act at the word: an act
named as the subject of a prediction ("imposing tariffs could cost jobs"), what a party is loath to do or
has the authority to do, a claim about oneself ("claimed it was protecting the minority"), a view
held ("believes the king should play a role"), an act avoided or nearly done ("avoided criticizing the
president", "came close to ordering troops in"), an act named as what stops ("the cessation of
fighting"), and a guilty plea (no plea to anyone). The events stage (``events._trigger_event``) makes no
event of such a word: the refusal and "seize on" are no candidates; the others stay candidates
that the decider reads, so that the candidates beside and after them keep the features the decider was
trained with (what the sentence and the story told before), and are never kept. The counts behind each
are in docs/evaluation.md (session 44, prec44; session 45, prec45; session 46, prec46; session 47, prec47).
"""

from __future__ import annotations

from typing import Any

from ._arguments import np_actors
from ._coding import CODING
from ._lexicon import lemma, lexicon

__all__ = ["acknowledges", "avoided", "bursts_out", "claims_own", "declines_to_tell", "election_won", "ended",
           "foretells", "guilty_plea", "holds_view", "in_capacity", "inquiry_topic", "offers_word", "other_sense",
           "pact_struck", "predicted", "prevented", "reluctant", "seizes_on", "shares_view", "strikes_back"]

# Nouns of an inquiry (ACCUSE investigate).
_INQUIRY = frozenset({"investigation", "inquiry", "probe"})


def inquiry_topic(n: Any) -> bool:
    """The inquiry noun ``n``, named by whose it is (a possessive or a name before it: "Mueller's",
    "the Russia investigation"), is the object of a preposition that hangs on another noun: "the focus
    of the Russia investigation", "his man in the Mueller investigation", "documents from the Russia
    probe", "in response to Congress' investigation". The inquiry is what the other noun is about or
    part of, a topic named by its known name (guidelines 2.2: "a noun naming a topic is not an
    event"); an inquiry launched, conducted or under way is told by a verb ("launched an
    investigation", "came to light during an FBI investigation", "is under investigation") and
    stays, as does an unnamed one told as going on ("after a weekend of intense investigation")."""
    if lemma(n) not in _INQUIRY or n.dep_ != "pobj":
        return False
    prep = n.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in n.children)


def seizes_on(v: Any) -> bool:
    """"seize on" or "seize upon" something other than a time ("the campaign seized on the reports",
    "seized upon the moment of calm to call for talks"): to take it up, no seizure (COERCE); "seized
    the tanker on Friday" keeps its object and its day."""
    if lemma(v) != "seize":
        return False
    for c in v.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon"):
            if not any(x.ent_type_ in ("DATE", "TIME") for x in c.children):
                return True
    return False


# Verbs of telling: what one declines or refuses to do when one keeps something from the press or the
# public ("declined to explain how", "refused to identify the source"). The coding table's ``no_comment``
# words (comment, say, confirm, ...) are read by ``events._keeps_silent``; these are the rest of the class.
_TELL = frozenset({"describe", "detail", "reveal", "explain", "identify", "name", "divulge", "outline",
                   "characterize", "characterise"})
# Giving what is told ("declined to give details", "declined to offer more specifics").
_GIVE = frozenset({"give", "offer", "provide", "share"})
_TOLD = frozenset({"detail", "details", "specific", "specifics", "information", "explanation", "timeline",
                   "name", "names"})


def declines_to_tell(v: Any) -> bool:
    """A refusal (a verb or a noun) to tell ("declined to explain how", "declined to be identified",
    "declined to offer further details", "declined to go into specifics"): keeping something back, no
    rejection of another's demand or offer (REJECT), as "declined to comment" is none. A refusal to act
    ("declined to endorse", "refused to testify") stays."""
    if lemma(v) not in ("decline", "refuse", "refusal"):
        return False
    for c in v.children:
        if c.dep_ not in ("xcomp", "acl") or not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            continue
        told = lemma(c)
        if told in _TELL:
            return True
        if told in _GIVE and any(x.dep_ in ("dobj", "obj") and x.lower_ in _TOLD for x in c.children):
            return True
        if told == "go" and any(x.dep_ == "prep" and x.lower_ == "into" for x in c.children):
            return True
    return False


def other_sense(tok, etype: str, table, *, noun: bool) -> bool:
    """The trigger ``tok`` read as ``etype`` stands in a construction that tells no act of that type (the
    readings below); ``noun`` when the trigger is a noun (of these, a warning's, an act avoided, an act
    ended and a guilty plea apply to one)."""
    if etype == "THREATEN" and foretells(tok, table):
        return True
    if avoided(tok):
        return True
    if noun:
        return ended(tok) or (etype == "REQUEST" and guilty_plea(tok))
    if reluctant(tok) or in_capacity(tok) or holds_view(tok):
        return True
    return ((etype in ("ASSAULT", "PROTEST", "SANCTION", "COERCE") and pact_struck(tok))
            or (etype == "PROTEST" and strikes_back(tok))
            or (etype in ("ASSAULT", "COERCE") and election_won(tok))
            or (etype == "ASSAULT" and bursts_out(tok))
            or (etype == "SUPPORT" and acknowledges(tok))
            or (etype == "COOPERATE" and shares_view(tok))
            or (etype == "AGREE" and offers_word(tok))
            or (etype == "ACCUSE" and claims_own(tok)))


# What is agreed: the object of "strike" or "cut" that makes the phrase the reaching of a deal.
_PACTS = frozenset({"deal", "agreement", "bargain", "accord", "compromise", "pact", "truce", "settlement"})


def pact_struck(v) -> bool:
    """"strike" or "cut" whose object, passive subject or the noun its participle describes is a deal
    ("cut a deal to fund the schools", "the deal struck on Sunday", "a deal was struck"): a deal
    reached, no blow (ASSAULT), no labour strike (PROTEST) and no cut in relations (SANCTION)."""
    if lemma(v) not in ("strike", "cut"):
        return False
    if v.dep_ in ("acl", "relcl") and v.tag_ == "VBN" and lemma(v.head) in _PACTS:
        return True
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemma(c) in _PACTS for c in v.children)


def strikes_back(v) -> bool:
    """"strike back" ("the ministry struck back with a statement", "struck back at its rival"): a
    retaliation, whose kind the sentence tells by its means (a statement, tariffs, missiles), no labour
    strike (PROTEST)."""
    return lemma(v) == "strike" and v.pos_ == "VERB" and any(
        c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in v.children)


# Verbs of beating or taking that also tell an election won ("beat the incumbent", "took control of the
# House"), and the words that tell the contest was a vote.
_WINNING = frozenset({"beat", "defeat", "crush", "trounce", "rout", "take", "seize", "win", "gain", "regain",
                      "retake", "capture", "sweep"})
_BALLOT = frozenset({"vote", "votes", "election", "elections", "race", "primary", "primaries", "ballot",
                     "caucus", "caucuses", "runoff", "nomination", "midterm", "midterms", "poll", "polls"})
_CHAMBERS = frozenset({"house", "senate", "congress", "chamber", "chambers", "parliament", "legislature",
                       "assembly", "majority"})
_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis"})


def election_won(v) -> bool:
    """A verb of beating or taking told of an election: its own phrase names a vote ("beat Mr. Smith,
    90 votes to 70", "beat the incumbent in the state race") or it takes control of a
    legislature ("took control of the House", "seize control of the Senate"): winning a vote count is
    no event (guidelines 2.1), and no assault or seizure. A legislature's building ("seized control of
    the parliament building") is a place, and stays."""
    if lemma(v) not in _WINNING:
        return False
    for c in v.children:
        if c.dep_ in _CLAUSES:
            continue
        if any(lemma(x) in _BALLOT or x.lower_ in _BALLOT for x in c.subtree):
            return True
        if c.dep_ in ("dobj", "obj") and lemma(c) == "control":
            # "of" the legislature hangs on "control" or, as the parser often reads it, on the verb
            for p in (*c.children, *v.children):
                if p.dep_ == "prep" and p.lower_ == "of" and any(
                        x.dep_ == "pobj" and lemma(x) in _CHAMBERS for x in p.children):
                    return True
    return False


# Words of a feeling or a quarrel that "explode" or "erupt" only as a figure ("tensions exploded").
_TEMPERS = frozenset({"tension", "tensions", "anger", "fury", "outrage", "frustration", "resentment", "dispute",
                      "row", "feud", "rift", "debate", "controversy", "scandal", "quarrel", "acrimony"})


def bursts_out(v) -> bool:
    """"explode", "erupt", "boil" or "flare" whose subject is a feeling or a quarrel ("tensions within the
    party exploded", "anger boiled over"): a quarrel grown worse, no explosion or attack (ASSAULT)."""
    if lemma(v) not in ("explode", "erupt", "boil", "flare"):
        return False
    return any(c.dep_ == "nsubj" and (lemma(c) in _TEMPERS or c.lower_ in _TEMPERS) for c in v.children)


def acknowledges(v) -> bool:
    """"recognize that ..." ("the court recognized that the law applies", "recognized that the plan had
    flaws"): to acknowledge a fact, no recognition of a state or a government
    (SUPPORT), which takes that state or government as its object."""
    return lemma(v) in ("recognize", "recognise") and any(c.dep_ == "ccomp" for c in v.children)


# What one shares when one shares a view, not a thing or information (COOPERATE): a feeling, a belief, an
# aim (the ``complaint`` class of the coding table, and these).
_VIEWS = CODING.words["complaint"] | frozenset({
    "view", "views", "belief", "beliefs", "sentiment", "anger", "outrage", "hope", "hopes", "goal", "goals",
    "opinion", "feeling", "feelings", "assessment", "vision", "value", "values", "interest", "interests",
    "desire", "commitment", "sense", "conviction", "aim", "aims", "objective", "objectives", "assumption"})


def shares_view(v) -> bool:
    """"share" whose object is a feeling, a view or an aim ("shared the residents' frustration", "share
    the allies' concern", "share a goal"): to feel or think alike, no sharing of intelligence or goods
    (COOPERATE)."""
    return lemma(v) == "share" and any(c.dep_ in ("dobj", "obj") and (lemma(c) in _VIEWS or c.lower_ in _VIEWS)
                                       for c in v.children)


# What is told when it is "offered": words, not cooperation (AGREE). An apology, praise or support offered
# is an act of its own and is not among them.
_WORDS = frozenset({"outline", "detail", "details", "explanation", "assessment", "account", "view", "views",
                    "insight", "insights", "glimpse", "analysis", "description", "preview", "opinion", "thought",
                    "thoughts", "comment", "comments", "remark", "remarks", "perspective", "reason", "reasons",
                    "evidence", "proof", "specifics", "answer", "answers", "clue", "clues", "hint", "hints",
                    "critique", "critiques", "explanations", "rationale", "justification", "timeline",
                    "estimate", "prediction", "forecast", "summary", "overview", "picture"})


def offers_word(v) -> bool:
    """"offer" whose object is something told ("offered a rough outline", "offered no
    details", "offered a glimpse"): to tell, no offer of cooperation (AGREE)."""
    return lemma(v) == "offer" and any(c.dep_ in ("dobj", "obj") and (lemma(c) in _WORDS or c.lower_ in _WORDS)
                                       for c in v.children)


# Event types of force and coercion: an act of them named as what a party prevents or counters is a topic.
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
_PREVENTING = frozenset({"prevent", "stop", "avert", "thwart", "foil", "deter", "counter", "combat", "forestall",
                         "preempt", "pre-empt", "avoid"})
_SHIELDING = frozenset({"protect", "shield", "defend", "save", "guard", "insulate"})


def prevented(n, etype: str) -> bool:
    """The noun ``n`` of an act of force (``etype``) is what a party prevents, counters or protects from
    ("to counter the militia's car bombs", "help stop the offensive", "to protect the town from
    attack", "to deter threats"): the act is the aim's topic, no attack told at the word (an
    attack that happened is told elsewhere, by its own verb)."""
    if etype not in _FORCE or n.pos_ != "NOUN":
        return False
    if n.dep_ in ("dobj", "obj"):
        return lemma(n.head) in _PREVENTING
    if n.dep_ == "pobj" and n.head.lower_ == "from":
        return lemma(n.head.head) in _SHIELDING
    return False


# What a warning foretells that makes it a threat after all: force, a penalty or a reprisal stated in the
# clause ("would increase the chance of military action", "will face consequences").
_RECKONING = CODING.words["warned_outcome"] | CODING.words["reprisal"] | CODING.words["vowed_reprisal"]
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that"})


def foretells(t, table) -> bool:
    """A warning (the verb or the noun) whose only complement is a clause that foretells how a thing will
    turn out, with no party as its subject and no force, penalty or reprisal in the rest of it ("warned
    that the summit would backfire", "the talks will be very hard, the minister warned", "warning that
    such raids would break international law", "a deadline officials warned would be too short"): an
    assessment or a criticism, no threat (guidelines 2.2: a warning is THREATEN when force, sanctions or
    another penalty is stated or plain). A warning to someone ("warned Iran that ...", "of
    consequences", "against"), a condition ("if"), a clause with a party or a pronoun as subject
    ("warned that it could impose tariffs", "that the country would sell its bonds") or with force or a
    penalty in it ("that the collapse would bring military action") stays."""
    if lemma(t) not in ("warn", "warning"):
        return False
    clauses = []
    for c in t.children:
        if c.dep_ in ("dobj", "obj", "xcomp", "dative") or (
                c.dep_ == "prep" and c.lower_ in ("of", "against", "about", "to", "over")):
            return False
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            return False
        if c.dep_ == "ccomp" or (c.dep_ == "acl" and t.pos_ != "VERB"):
            clauses.append(c)
    if not clauses:
        return False
    for c in clauses:
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        judged = set()
        if subj is not None:
            if subj.pos_ in ("PRON", "PROPN") or subj.lower_ in _PERSONAL or np_actors(subj, table):
                return False
            judged = {x.i for x in subj.subtree}  # the act the clause judges ("such strikes would ...")
        for x in c.subtree:
            if x.dep_ == "mark" and x.lower_ in ("if", "unless"):
                return False
            if lemma(x) in _RECKONING or x.lower_ in _RECKONING:
                return False  # "revenge would fall on the oppressors"
            if x.i not in judged and _forceful(x):
                return False
    return True


def _forceful(x) -> bool:
    """The word is an act of force, coercion or a penalty as the lexicon reads it: a noun of such a type,
    or a verb whose first entry that fits its object is one ("violate the law" is no attack, "violate
    the ceasefire" is), or all of whose entries are when none fits."""
    lex = lexicon()
    if x.pos_ == "NOUN":
        return any(e.type in _FORCE or e.type == "SANCTION" for e in lex.nouns.get(lemma(x), ()))
    if x.pos_ != "VERB":
        return False
    entries = lex.verbs.get(lemma(x), ())
    objs = {lemma(c) for c in x.children if c.dep_ in ("dobj", "obj", "nsubjpass")}
    for e in entries:
        if e.obj is not None and not (e.obj & objs):
            continue
        return e.type in _FORCE or e.type == "SANCTION"
    # no entry fits the object ("seize the rebels"): forceful when every reading of the verb is
    return bool(entries) and all(e.type in _FORCE or e.type == "SANCTION" for e in entries)


# Modals of a clause that predicts or judges what its subject would do or be ("could lead", "will be strained",
# "would not make sense"), and the verbs that, so told, tell an act that takes place after all ("the talks will
# begin on Monday", "the summit must be held"): a planned meeting is AGREE (guidelines 2.2), and stays.
_PREDICTING = frozenset({"could", "might", "may", "would", "can", "should", "must", "will", "wo", "ca", "'d", "'ll"})
_TAKES_PLACE = CODING.words["occurring"] | frozenset({"hold", "happen", "occur", "convene", "proceed", "go", "come",
                                                      "unfold", "open", "get"})
# What a copula says of an act that tells it may happen after all ("an offensive may be imminent"): an
# act told as possible, which the guidelines (2.4) code as hypothetical.
_LIKELY = frozenset({"imminent", "likely", "possible", "probable", "inevitable", "expected", "certain", "near",
                     "forthcoming", "underway", "coming", "unlikely", "next"})


def predicted(t) -> bool:
    """The event noun or gerund ``t`` is the subject (or a conjunct of the subject) of a clause told with a
    modal that predicts or judges what the act would do or be ("imposing a tariff could cost jobs",
    "the talks would cover trade", "attacking the port would make no sense", "a meeting would be a
    signal"): the act is what the speaker reasons about, not one told as done or arranged. A verb telling
    that it takes place ("the summit must be held", "talks will begin") or a word that tells it may ("an
    offensive may be imminent": a hypothetical act, guidelines 2.4) stays, and so does an act named by
    whose or when it was ("Ruritania's test last week would not trigger sanctions", "Monday's talks could
    help"), a known act whose consequences are judged."""
    if t.tag_ != "VBG" and t.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" or c.ent_type_ in ("DATE", "TIME") for c in t.children):
        return False  # "Ruritania's test would not trigger sanctions": a known act, its consequences judged
    x = t
    while x.dep_ == "conj" and x.head is not x:
        x = x.head
    if x.dep_ not in ("nsubj", "nsubjpass", "csubj") or x.head is x:
        return False
    v = x.head
    if lemma(v) in _TAKES_PLACE or any(c.dep_ in ("acomp", "attr") and lemma(c) in _LIKELY for c in v.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PREDICTING for c in v.children)


# Adjectives of reluctance whose infinitive is what a party does not bring itself to do ("loath to accuse",
# "unwilling to lift the ban"). "unable" is not among them: an act a party failed to bring about ("was unable to
# win confirmation") is one the guidelines (2.4) code as negated.
_RELUCTANT = frozenset({"loath", "loathe", "reluctant", "unwilling", "hesitant", "afraid", "wary", "disinclined",
                        "averse"})
# Nouns of a power or a right conferred, whose infinitive is what a party may do ("the authority to bring charges",
# "the power to veto"), not what it did. A party's ability is not among them: what it can or cannot do ("lacks
# the ability to attack") is read as a hypothetical act (``_modality``), as the tests of honest modality pin.
_CAPACITY = frozenset({"authority", "power", "right", "license", "licence", "mandate", "jurisdiction", "leeway",
                       "discretion", "prerogative"})


def _infinitive_of(v, heads: frozenset[str]):
    """The word of ``heads`` whose to-infinitive the verb ``v`` is (or the first conjunct it is joined to:
    "to investigate and indict"), or None."""
    if v.pos_ != "VERB":
        return None
    x = v
    while x.dep_ == "conj" and x.head is not x and x.head.pos_ == "VERB":
        x = x.head
    if x.dep_ in ("xcomp", "acl") and lemma(x.head) in heads and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
        return x.head
    return None


def reluctant(v) -> bool:
    """What a party is loath, reluctant or unwilling to do ("companies are loath to accuse their partners",
    "the governor was reluctant to criticize the president"): a disposition, no act told as done or not
    done."""
    return _infinitive_of(v, _RELUCTANT) is not None


# Verbs that put a power to use ("used its authority to stop the inquiry"): the act is then attempted or done.
_EXERCISED = frozenset({"use", "exercise", "invoke", "wield", "employ"})


def in_capacity(v) -> bool:
    """What a party has the authority, the power or the right to do ("the authority to investigate and
    indict", "the power to bring charges"): a capacity, no act done. A power put to use ("used its
    authority to stop the inquiry") stays."""
    power = _infinitive_of(v, _CAPACITY)
    return power is not None and lemma(power.head) not in _EXERCISED


# Subjects of a claimed clause that are the claimant again ("claimed it was protecting", "claimed they did not
# fire the rocket"), and what one claims for oneself ("claimed responsibility", "claimed allegiance").
_SELF = frozenset({"i", "we", "he", "she", "it", "they"})
_OWNED = frozenset({"responsibility", "credit", "allegiance", "victory", "ownership", "authorship", "success"})


def claims_own(v) -> bool:
    """"claim" of something about the claimant: a clause whose subject is a personal pronoun ("the ministry
    claimed it was protecting the minority", "claimed he is fully committed") or an object one claims for
    oneself ("claimed responsibility for the attack"): an assertion or a denial of one's own doing, no
    accusation of another (ACCUSE), which names the other as the clause's subject ("claimed that the
    army had shelled the town")."""
    if lemma(v) != "claim" or v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj") and lemma(c) in _OWNED for c in v.children):
        return True
    subjects = [x for c in v.children if c.dep_ == "ccomp" for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
    # every clause claimed is about the claimant: "claimed that the other leader would not have acted, had he
    # been in office" (two clauses as the parser reads it) accuses the other
    return bool(subjects) and all(x.lower_ in _SELF for x in subjects)


# Verbs of belief: what they tell is a view the subject holds ("officials believe the rebels took part", "the
# minister believes the king should play a role"), whatever the view is about.
_BELIEVING = frozenset({"believe", "think", "reckon", "guess"})


def holds_view(v) -> bool:
    """A verb of belief ("believes that the king should play a role", "thought the envoy should resign"): a
    plain statement of belief, which the guidelines (2.1) do not code, no request, threat or accusation
    told at the word (the act a speaker is reported to believe in is told, if at all, by its own verb)."""
    return v.pos_ == "VERB" and lemma(v) in _BELIEVING


# Verbs and phrases whose complement is an act kept from or only nearly done: "avoided criticizing the
# president", "avoided any direct criticism", "refrained from attacking", "came close to ordering troops".
_AVOIDING = frozenset({"avoid", "evade", "shun", "eschew", "sidestep", "dodge"})


def avoided(t) -> bool:
    """The event word ``t`` (a noun or a verb) is what a party avoided, refrained from or came close to: the
    object or the gerund of "avoid" ("avoided any direct criticism of the king", "has avoided criticizing
    the president"), or the gerund after "refrain from" or "came close to" ("came close to ordering troops
    in"). An act kept from or nearly done is no act done, and the corpus does not code it (train: 69
    occurrences, none annotated at the word; dev 22, none)."""
    if t.dep_ in ("dobj", "obj", "xcomp") and t.head is not t:
        return lemma(t.head) in _AVOIDING
    if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep" and t.head.head is not t.head:
        prep, gov = t.head.lower_, t.head.head
        return (prep == "from" and lemma(gov) == "refrain") or (prep == "to" and gov.lower_ == "close" and any(
            lemma(gov.head) == w for w in ("come", "get")))
    return False


# Nouns of a stop or a pause, whose "of" or "to" names what stops: "the cessation of fighting", "an end to
# the blockade", "a halt to the talks".
_STOPPING = frozenset({"cessation", "end", "halt", "suspension", "stop", "pause", "freeze", "moratorium"})


def ended(n) -> bool:
    """The event noun ``n`` names what stops or pauses ("the longest cessation of fighting", "an end to the
    blockade", "demands a halt to the talks"): the stop is the act told, if any (a ceasefire, a
    concession), and the noun names its topic (guidelines 2.2), no attack, blockade or talks told at the
    word. Train: 53 occurrences, none annotated at the noun; dev 16, none."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ not in ("of", "to"):
        return False
    gov = n.head.head
    return gov.pos_ == "NOUN" and lemma(gov) in _STOPPING


def guilty_plea(n) -> bool:
    """"plea" told as guilty or not guilty ("the fourth guilty plea in the inquiry", "entered a not-guilty
    plea"): an answer to a charge in court, no plea to anyone (REQUEST)."""
    return lemma(n) == "plea" and any(c.lower_ == "guilty" for c in n.subtree if c.i < n.i)
