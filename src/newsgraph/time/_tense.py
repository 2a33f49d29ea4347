"""The tense of the clause a time expression sits in: "past", "present", "future" or None.

With a spaCy Doc the governing verb and its auxiliaries decide ("tendered ... on Monday" is past,
"will meet on Monday" future, "comes into effect on Tuesday" present). Without one, the nearest tense
marker word in the same clause decides. A date the parse shows to be the time of a noun (or of a noun's
participle) under a verb in the present is read from the words before it alone (``WORDS_BEFORE``), and
with none of them from the nearest occurrence (``NEAREST``).
"""

from __future__ import annotations

import re
from typing import Any

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_MODAL = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d"}


# verbs whose past is spelled as their present: tagged VBP after a singular subject, they are past
_SAME_PAST = {"hurt", "put", "set", "cut", "hit", "let", "cost", "quit", "shut", "spread", "cast", "bid",
              "burst", "split", "upset", "thrust", "forecast", "broadcast", "shed", "slit", "rid"}


def _verb_tense(v: Any) -> str | None:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (v.head.i != v.i and v.head.lower_ == "going"
                                                    and any(c.lower_ == "to" for c in v.children)):
        return "future"
    if words & _MODAL:
        if "have" in words:
            return "past"
        if words & _MODAL <= {"would", "could", "'d"}:
            return "modal"  # the past of "will" and "can" as often as a conditional: the words decide
        return "future"
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ == "VBN" and (words & {"has", "have", "'ve", "'s"}):
        return "past"
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN" and not auxes:
        return "past"
    if v.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"}:
        return "future"
    if v.tag_ == "VBP" and not auxes and v.lower_ in _SAME_PAST and any(
            c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in v.children):
        return "past"  # "Weakness hurt the index on Friday": with a singular subject, no present
    if v.tag_ in ("VBZ", "VBP") or (words & {"is", "are", "am", "has", "have"}):
        return "present"
    if v.tag_ == "MD":
        return "future" if v.lower_ in _FUTURE_AUX else None
    return None


# verbs and adjectives whose infinitive points ahead ("plans to meet on Monday", "is due to arrive
# Friday"); under any other verb an infinitive of purpose shares its tense ("staged rallies to mark
# the entry on Friday"), as does one of a verb that says the thing was done ("tried to walk back his
# remark Friday") and one of result ("called off the summit, only to give fresh hope Friday")
_AHEAD = {"plan", "expect", "schedule", "agree", "decide", "hope", "want", "intend", "aim", "promise", "vow",
          "threaten", "prepare", "set", "seek", "ask", "urge", "call", "order", "pledge", "propose", "offer",
          "wish", "need", "have", "going", "due", "ready", "likely", "unlikely", "able", "poised",
          "expected", "scheduled", "slated", "planned", "determined", "eager", "willing", "bound", "about"}


def _infinitive(v: Any) -> bool:
    """A verb in the infinitive, active or passive ("to meet", "to be aired"), not the perfect one ("to
    have met", which looks back)."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in auxes):
        return False
    if v.tag_ == "VB":
        return True
    return v.tag_ == "VBN" and any(c.lower_ == "be" for c in auxes) and not any(c.lower_ == "have" for c in auxes)


# words the parser may take for the verb "is" or "am": the Islamic State ("three IS militants attacked"), the
# morning ("9 AM")
_CAPITAL_NAMES = frozenset({"IS", "AM"})


def _noun_of_date(tok: Any, span: Any) -> bool | None:
    """Whether ``tok``, the first word above the date on the way up to its verb, is a noun the date is the
    time of ("the arrests on Sunday", "the firing of rubber bullets Sunday"): True or False, or None when ``tok`` is
    the date itself, another date it is joined to ("Sunday and Monday") or a word between (a preposition).
    A noun of planning ("plans on Friday to tour the site") is no such noun: it points ahead as its verb does."""
    if span.start <= tok.i < span.end or tok.ent_type_ in ("DATE", "TIME"):
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.lemma_.lower() not in _AHEAD
    return False if tok.pos_ in ("VERB", "AUX", "ADJ") else None


def _added_act(v: Any) -> bool:
    """A gerund after "besides", "apart from", "aside from" or "in addition to" ("Besides filing on Friday a
    motion, the firm is preparing an appeal"): an act set beside the main clause's, whose tense does not
    tell its time; the nearest occurrence is the reading."""
    if v.dep_ != "pcomp":
        return False
    prep = v.head
    word = prep.lower_
    return word == "besides" or (word == "from" and prep.head.lower_ in ("apart", "aside")) or (
        word == "to" and prep.head.lower_ == "addition")


def _progressive(v: Any) -> bool:
    """A verb in the present progressive ("is renewing"), which ``_verb_tense`` reads as a plan ahead ("is
    meeting Friday"); with a noun's date as its subject's ("Biden's visit Saturday is renewing concerns")
    it tells the present state of things, not the noun's time."""
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s", "'m")
                                   for c in v.children)


# what ``tense_from_doc`` returns when the date is the time of a noun or of a noun's participle, whose
# verb above does not tell that time: the words before the date in its clause decide
WORDS_BEFORE = "words before"
# the tense of a date no word or verb tells ("nearest"): the nearest occurrence, before or after the document date
NEAREST = "nearest"


def tense_from_doc(doc: Any, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    through_noun: bool | None = None
    through_participle = False
    for _ in range(10):
        first = through_noun is None
        if first:
            through_noun = _noun_of_date(tok, span)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",) and tok.text not in _CAPITAL_NAMES:
            if _infinitive(tok):
                head = tok.head
                result = any(c.lower_ == "only" and c.dep_ == "advmod" for c in tok.children)
                if head.i == tok.i or (not result and (head.lemma_.lower() in _AHEAD or head.lower_ in _AHEAD)):
                    # "had been due to expire Friday": a plan the story looks back on
                    governor = head.head if head.dep_ == "acomp" else head  # "had been due to"
                    if any(c.lower_ == "had" for c in governor.children if c.dep_ in ("aux", "auxpass")):
                        return "past"
                    if governor.lemma_.lower() == "have" and governor.tag_ == "VBD":
                        return "past"  # "had to close its doors on Tuesday": an obligation the past met
                    return "future"
            elif tok.tag_ in ("VBG",) and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                # a participle of a noun ("shares tumbling on Monday", "remarks Monday calling the offer"):
                # the date is the time of its act, not of the verb above the noun
                if first and tok.dep_ == "acl":
                    through_participle = True
                if _added_act(tok):
                    return NEAREST
            else:
                t = _verb_tense(tok)
                if t == "modal":
                    return None
                if ((t == "present" and through_noun) or (t in ("present", "future") and through_participle)
                        or (through_noun and _progressive(tok))) and tok.lemma_.lower() not in _AHEAD:
                    # a date of a noun under a verb in the present ("officials say the arrests on
                    # Sunday, in which dozens were held, show ...") or of a noun's participle under one in
                    # the present or the future ("with shares tumbling on Monday, worries are mounting") is
                    # the noun's time, which the tense of the verb does not tell: the words before the
                    # date decide (the words after it are the verb's). A verb of planning still looks ahead.
                    return WORDS_BEFORE
                if t is not None:
                    return t
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


# a clause ends at ! ? ; a line break, or a full stop that ends a sentence: after a word (not an
# initial or an abbreviation such as "p.m.", "U.S." or "Gen.") and before a capital, or after a number
# abbreviations before a capital that end no sentence: titles ("Gen. Smith"), "vs.", US states ("Ala.")
_ABBREVIATION = (r"(?<!\b(?:vs))(?<!\b(?:Adm|Ala|Ark|Ave|Col|Del|Fla|Gen|Gov|Ill|Ind|Kan|Maj|Neb|Nev|Ore|Rep|Rev|Sen|Sgt|Tex"
                 r"|Wis|Wyo))(?<!\b(?:Ariz|Blvd|Capt|Cmdr|Colo|Conn|Gens|Mass|Mich|Minn|Miss|Mont|Okla|Prof|Reps|Sens|Tenn"
                 r"|Wash))(?<!\b(?:Calif))(?<!\b(?:Messrs))")
_CLAUSE_END = re.compile(r"[!?;\n]|[.,](?:''|\")(?=\s)|(?<=[a-z]{2})" + _ABBREVIATION + r"\.(?=\s+[A-Z\"'`(])|(?<=[0-9)\"'])\.(?=\s)")
# "is" and "am" as verbs: "IS" (the Islamic State) and "AM" (the morning) in capitals are none
_PRESENT_BE = r"(?-i:(?!IS\b|AM\b))(?:is|am)"
# irregular past forms news uses (regular ones end in -ed)
_IRREGULAR_PAST = (
    "was|were|had|did|said|told|met|made|went|came|took|gave|left|began|won|lost|fled|held|sent|saw|got|"
    "spoke|wrote|became|fell|rose|led|brought|thought|felt|knew|found|struck|bought|sold|paid|built|spent|"
    "kept|meant|sought|taught|caught|fought|ran|grew|drew|threw|flew|chose|broke|stole|drove|withdrew|"
    "shot|stood|understood|sat|swore|tore|woke|heard|dealt|lent|overtook|undertook|forgot|hid|wore|ate|"
    "slept|arose|forbade|froze|rode|sang|sank|shook|spun|swam|swung|wept|won|wound|beat|bid|bore|"
    "declined|overcame|became|foresaw|underwent|withheld|upheld"
)
# words ending in -ed that are no past tense
_NOT_PAST_ED = r"(?!(?:hundred|indeed|speed|need|seed|feed|creed|greed|weed|bleed|breed|exceed|succeed|proceed|" \
    r"shed|bed|red|bred|sled|wed|fed|naked|wicked|sacred|kindred|rugged|ragged|jagged|crooked)\b)"
_MARKERS = re.compile(
    # a future auxiliary takes its verb group with it ("will be named", "would have been held")
    # "would not comment Friday": a refusal the story reports, not a future
    r"(?i)\b(?P<pastx>(?:would\s+not|wouldn't|could\s+not|couldn't)\s+(?:immediately\s+)?(?:comment|say|discuss|"
    r"confirm|elaborate|disclose|specify|reveal|identify|answer|respond|be\s+reached))\b|"
    r"\b(?P<future>(?:will|won't|shall|would|wouldn't)(?:\s+(?:not|never|also|soon|then|now|still|"
    r"almost|probably|likely|only|again|first|finally))?(?:\s+(?:be|have\s+been|have|be\s+being))?"
    r"(?:\s+\w+(?:ed|en|ing)\b)?|going\s+to|plans?\s+to|intends?\s+to|expects?\s+to|is\s+expected|"
    r"are\s+expected|is\s+scheduled|are\s+scheduled|is\s+set\s+to|are\s+set\s+to|is\s+due|are\s+due|"
    r"upcoming|(?:planned|planning|plans?|set|scheduled|expected|due|ready|prepared|preparing|hopes?|"
    r"hoped|wants?|wanted|aims?|aimed|intends?|intended|agreed|decided|promised|vowed|threatened)\s+to)\b|"
    r"(?P<futx>'ll)\b|"
    # "had been due to expire Friday": a plan the story looks back on
    r"\b(?P<past>had\s+(?:been\s+)?(?:due|scheduled|set|expected|supposed|planned|slated|meant)\s+to\s+\w+|"
    # a participle after a bare "be" is passive, its tense the auxiliary's ("is scheduled to be aired")
    r"(?:" + _IRREGULAR_PAST + r")\b|" + _NOT_PAST_ED + r"(?<!\bbe\s)(?-i:[a-z]\w{2,}ed)\b)|"
    # a scheduled event in the present ("the leaders meet Monday", "the envoy arrives Friday"); "IS" (the
    # Islamic State) and "AM" (the morning) in capitals are no verb
    r"\b(?P<present>" + _PRESENT_BE
    + r"|are|has|have|says|comes|goes|takes|begins|ends|starts|opens|closes|meets|visits|arrives|leaves|resumes|travels|returns|"
    # after a possessive these are nouns ("Biden's visit Saturday to Ukraine is renewing concerns"): the
    # visit's time is not told by them
    r"(?<!did\s)(?<!not\s)(?<!n.t\s)(?<!'s\s)(?:meet|visit|arrive|resume|travel))\b"
)


# after the expression, an opening quotation mark also ends its clause: the quote is someone else's
_RIGHT_END = re.compile(_CLAUSE_END.pattern + r"|(?<=\s)(?:``|\"(?=\w))")


def clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins: after its last clause boundary, at most 200 characters back."""
    lo = max(0, start - 200)
    ends = list(_CLAUSE_END.finditer(text, lo, start))
    return ends[-1].end() if ends else lo


def clause_before(text: str, start: int) -> str:
    """The text of the clause before ``start``."""
    return text[clause_start(text, start):start]


def tense_from_words(text: str, start: int, end: int, *, before_only: bool = False) -> str | None:
    """The nearest tense marker in the clause around [start, end) (``before_only``: in the clause before it)."""
    left = clause_start(text, start)
    if before_only or _THAT_AFTER.match(text, end):
        # a "that" clause right after the date ("the decision Monday that the plant will close") belongs
        # to the noun or the verb before the date: its tense is not the date's
        right = start
    else:
        m2 = _RIGHT_END.search(text, end, min(len(text), end + 200))
        right = m2.start() if m2 else min(len(text), end + 200)
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for mk in _MARKERS.finditer(text, left, right):
        kind = mk.lastgroup or ""
        if kind == "futx":
            kind = "future"
        elif kind == "pastx":
            kind = "past"
        if mk.end() <= start:
            before = (start - mk.end(), kind)  # the last one before wins
        elif mk.start() >= end and after is None:
            if kind == "future" and _PLANNED_TO.match(mk[0]):
                # "On Friday, the government planned to pay ...": a date before a plan told in the simple
                # past is the time of the planning, not of what was planned
                kind = "past"
            after = (mk.start() - end, kind)
    # the clause's own verb comes before the expression more often than after it ("said Friday",
    # "will meet on Monday"); a marker after it counts when none comes before, or when it is much nearer
    if before is not None and (after is None or before[0] <= after[0] + _AFTER_HANDICAP):
        return before[1]
    return after[1] if after else None


_AFTER_HANDICAP = 1000
# a complement clause that opens right after the expression
_THAT_AFTER = re.compile(r",?\s+that\s")
# a plan, a wish or a decision in the simple past ("planned to", "decided to")
_PLANNED_TO = re.compile(r"(?i)(?:planned|hoped|wanted|aimed|intended|agreed|decided|promised|vowed|threatened|"
                         r"prepared)\s+to$")


# verbs whose past tense reports a statement, not the event the date names ("said ... in March")
_REPORTING = {"say", "tell", "announce", "report", "add", "note", "state", "write", "declare", "claim", "insist",
              "explain", "confirm", "reveal", "disclose", "predict", "warn", "argue", "testify", "acknowledge",
              "estimate", "indicate", "show", "suggest"}
# prepositions that make a date a bound or an aim, not the time of the verb ("by Jan. 14", "until March 6",
# "cleared his calendar for October")
_BOUND = {"by", "until", "till", "through", "before", "after", "since", "from", "to", "for"}
_BARE_INFINITIVE = {"let", "make", "help", "have", "see", "watch", "hear", "bid"}  # verbs that take one
_NOT_FACT = _FUTURE_AUX | _MODAL  # an auxiliary that makes the verb no plain fact


def plainly_past(doc: Any, start: int, end: int) -> bool:
    """Whether the date at [start, end) is the time of a verb told in the simple past, the past passive, the
    past perfect or the present perfect: "a jury convicted him in January", "he was interviewed in January",
    "back in February, the army fired a rocket", "they have met in Hanoi in February". Such a month is the
    last one even when it lies most of a year back. A verb of reporting or planning, a bound or an aim
    ("by", "until", "for"), a modal or a condition ("if she quit on Jan. 21") does not count."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        if root.head.lower_ in _BOUND:
            return False
        prep = root.head
        while prep.dep_ == "conj" and prep.head.dep_ == "prep" and prep.head.i != prep.i:
            prep = prep.head  # "in Berlin and in Rome in June": the first preposition of the row
        verb = prep.head
        if verb.dep_ == "advmod" and verb.pos_ == "ADV" and verb.head.i != verb.i:
            verb = verb.head  # "Back in February, the army fired ...": the adverb's verb
        for _ in range(4):
            # the parse hangs the date on a noun of the verb's phrase ("was photographed with a woman in a
            # hotel suite in August", "launched an assault during an interview with Channel 2 in June"):
            # through objects of plain prepositions and the verb's object, the verb is the date's
            if verb.pos_ not in ("NOUN", "PROPN") or verb.head.i == verb.i:
                break
            if verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.lower_ not in _BOUND:
                verb = verb.head.head
            elif verb.dep_ in ("dobj", "nsubjpass"):
                verb = verb.head
            else:
                break
    elif root.dep_ in ("npadvmod", "tmod"):
        verb = root.head
    else:
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma in _AHEAD or verb.lower_ in _AHEAD:
        return False
    if lemma in _REPORTING and not _time_of_saying(verb, root):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _NOT_FACT:
        return False
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _BARE_INFINITIVE:
        return False  # "to let the plant close on Oct. 1": a bare infinitive, whatever its tag
    node = verb
    for _ in range(6):
        # "if she were elected, sworn in and then quit on Jan. 21, a new vote would ...": a condition
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return False
        if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in _NOT_FACT for c in node.head.children):
            return False
        if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
            break
        node = node.head
    if verb.tag_ == "VBD":
        return not auxes
    # the present perfect tells a past event too ("the two leaders have met in Berlin in February")
    return verb.tag_ == "VBN" and bool(auxes & {"was", "were", "had", "has", "have", "'ve"})


def _time_of_saying(verb: Any, date: Any) -> bool:
    """Whether a date is the time of a reporting verb itself ("told McGahn in January that ...", "said in
    March that ..."): its preposition hangs on the verb, and no clause or thing said comes before it (in
    "announced an agreement to acquire the firm in January" the date may be the acquisition's)."""
    if date.dep_ != "pobj" or date.head.head.i != verb.i:
        return False
    return not any(c.i < date.i and (c.dep_ in ("ccomp", "xcomp", "advcl") or (c.dep_ == "dobj" and c.pos_ == "NOUN"))
                   for c in verb.children)


# past forms of the verbs a plain past may not be (reporting, planning, wanting; "set" and "put" are
# present forms too)
_NOT_PLAIN = ("said|told|announced|reported|added|noted|stated|wrote|declared|claimed|insisted|explained|"
              "confirmed|revealed|disclosed|predicted|warned|argued|testified|acknowledged|estimated|indicated|"
              "showed|suggested|planned|expected|scheduled|agreed|decided|hoped|wanted|intended|aimed|promised|"
              "vowed|threatened|prepared|sought|asked|urged|called|ordered|pledged|proposed|offered|tried|"
              "wished|needed|had|was|were|did|set|slated|delayed|postponed|moved|pushed|extended|rescheduled|"
              "projected|forecast|thought|believed|hoped|feared|meant|became|began")
# a verb in the simple past (or a past passive) at most three words before the preposition that leads to
# the date: "they met at Christmas", "a jury convicted him in January", "the officers were fired in March"
_PLAIN_PAST = re.compile(
    r"(?i)(?<![\w'])(?:(?:was|were)\s+)?(?!(?:" + _NOT_PLAIN + r")\b)(?:" + _IRREGULAR_PAST + r"|" + _NOT_PAST_ED
    + r"[a-z]{2,}ed)\b(?:\s+(?!(?:that|if|when|to|until|by|before|after|since|from|through|till)\b)[\w'-]+){0,3}$")
_TIME_PREPOSITION = r"(?:in|on|at|during|over)"
_CONDITION = re.compile(r"(?i)\b(?:if|unless|whether|would|could|might|will|should)\b")


def plainly_past_words(text: str, start: int, preposition: str = _TIME_PREPOSITION) -> bool:
    """Without the parse, what ``plainly_past`` reads from it: a verb in the simple past a few words before
    the date, joined to it by a preposition of time, neither a verb of reporting or planning nor under a
    condition or a modal ("they met at Christmas", not "said in January" or "if she quit on Jan. 21")."""
    clause = clause_before(text, start)
    lead = re.search(r"(?i)\s+" + preposition + r"\s+(?:the\s+)?$", clause)
    if lead is None:
        return False
    return _PLAIN_PAST.search(clause, 0, lead.start()) is not None and _CONDITION.search(clause) is None
