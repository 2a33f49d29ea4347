"""What kind of piece a document is: a news report, or an opinion piece (a column, an op-ed, an editorial).

Event data coded from an opinion piece tells what its author argues, not what happened, and political
scientists who code news leave such pieces out (the corpus guidelines skip them). newsgraph reads every
document all the same, and says which kind it is, with the evidence, so that a user can filter
(``events --kind news``) rather than lose documents silently:

- a label the publisher puts before the title ("Opinion:", "Commentary |", "Editorial -"), in the title
  or the text's first line;
- an opinion section in the address ("/opinion/", "/commentisfree/", "/op-ed/"), where the input gives one;
- the words of the text itself: a logistic regression over the words present (``data/documents/kind.json``,
  trained by ``scripts/train_kind.py`` on AllSides articles outside the corpus, labelled by their address,
  and its threshold chosen on the corpus's train and dev pool, where the annotators skipped the opinion
  pieces). It reads the text without the address or the label, so it also serves plain text.

Any of the three makes the document ``opinion``; otherwise it is ``news``.
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlparse

from .._linear import LinearModel, load_model_file

__all__ = ["KINDS", "document_kind", "kind_model", "kind_tokens", "label_of", "probability", "section_of"]

KINDS = ("news", "opinion")
MODEL_PARTS = ("documents", "kind.json")

# A publisher's label for a piece of opinion, before the headline
_LABEL = re.compile(
    r"^\s*(?:opinion|analysis\s*/\s*opinion|commentary|editorial|op-ed|oped|column|our view|opposing view)"
    r"\s*[:|\-–—]", re.I)
# Sections of a news site's address that hold opinion pieces
_SECTION = re.compile(
    r"/(?:opinion|opinions|commentisfree|commentary|op-ed|op-eds|oped|editorial|editorials|columnists|pundits-blog)"
    r"(?:/|$)", re.I)
# The words the model reads: word characters, and the marks of argument and quotation
_TOKEN = re.compile(r"\w+|[?!\"“”]")


def label_of(title: str | None, text: str) -> str | None:
    """The publisher's opinion label before the headline (in the title, or the text's first line)."""
    first = text.lstrip()[:200].split("\n", 1)[0]
    for line in (title or "", first):
        m = _LABEL.match(line)
        if m:
            return m.group(0).strip()
    return None


def section_of(url: str | None) -> str | None:
    """The opinion section named in the document's address, if any."""
    if not url:
        return None
    m = _SECTION.search(urlparse(url).path)
    return m.group(0).strip("/") if m else None


def kind_tokens(text: str) -> set[str]:
    """The distinct words of ``text`` as the model reads them (case kept: "I" is not "i")."""
    return set(_TOKEN.findall(text))


def kind_model() -> LinearModel | None:
    """The shipped model, or None when the package has none (then only labels and addresses decide)."""
    return load_model_file(*MODEL_PARTS)


_WORD_WEIGHTS: dict[int, tuple[LinearModel, dict[str, float]]] = {}


def _word_weights(model: LinearModel) -> dict[str, float]:
    # the weights by bare word, once per model: a document's distinct words are looked up as they are,
    # not as feature names (the model holds a dict, so it is no key for functools' caches)
    held = _WORD_WEIGHTS.get(id(model))
    if held is None or held[0] is not model:
        held = _WORD_WEIGHTS[id(model)] = (model, {name[2:]: w for name, w in model.weights.items()
                                                   if name.startswith("w=")})
    return held[1]


def probability(model: LinearModel, text: str) -> float:
    """The model's probability that ``text`` is an opinion piece: ``model.probability`` over the names
    ``bias`` and ``w=<word>`` of its distinct words, summed straight from the words."""
    weights = _word_weights(model)
    z = model.weights.get("bias", 0.0) + sum(weights.get(t, 0.0) for t in kind_tokens(text))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def document_kind(text: str, title: str | None = None, url: str | None = None,
                  model: LinearModel | None = None) -> tuple[str, list[str]]:
    """``(kind, evidence)``: ``opinion`` with the reasons found (``label: Opinion:``, ``section: opinion``,
    ``words: 0.93``), or ``news`` with the model's probability as its only evidence."""
    evidence = []
    label = label_of(title, text)
    if label:
        evidence.append(f"label: {label}")
    section = section_of(url)
    if section:
        evidence.append(f"section: {section}")
    model = kind_model() if model is None else model
    if model is not None:
        p = probability(model, text)
        if p >= model.threshold:
            evidence.append(f"words: {p:.2f}")
        elif not evidence:
            return "news", [f"words: {p:.2f}"]
    return ("opinion" if evidence else "news"), evidence
