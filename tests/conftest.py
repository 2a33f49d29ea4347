"""Shared fixtures. The spaCy model loads once per session, only for the tests that ask for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsgraph  # noqa: F401 - before anything loads numpy, so that it chooses the OpenBLAS kernels (see _cpu.py)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
SAMPLE = SHARED / "samples" / "khalilzad-resignation.txt"
SAMPLE_EXPECTED = SHARED / "samples" / "khalilzad-resignation.expected.json"
DATA = SHARED / "data"


def actor_codes(nlp, text: str, part: str, published=None):
    """(country, sector) of the first actor whose name contains ``part``, as ``actors.resolve`` codes
    ``text`` (published on 2019-06-01 unless given); a proper name before a generic actor's, which may hold
    it in its own words ("12 people at the Roe Hebdo magazine")."""
    import datetime as dt

    from newsgraph.actors import resolve

    table = resolve(nlp(text), published=published or dt.date(2019, 6, 1))
    hits = [a for a in table.actors if part.lower() in a.name.lower()]
    assert hits, [(a.name, a.country, a.sector) for a in table.actors]
    hits.sort(key=lambda a: a.name[:1].islower() or a.name[:1].isdigit())
    return hits[0].country, hits[0].sector


def word_token(doc, word: str):
    """The first token of a parsed text whose text is ``word``."""
    return next(t for t in doc if t.text == word)


def corpus_texts(n: int) -> list[str]:
    """The texts of the first ``n`` AllSides articles, or none when ../shared is not laid beside the checkout."""
    import json

    corpus = DATA / "news" / "allsides-political-news" / "articles.jsonl"
    if not corpus.exists():
        return []
    with open(corpus, encoding="utf-8") as fh:
        return [json.loads(next(fh))["text"] for _ in range(n)]


def need(path: Path) -> Path:
    """The path, or skip the test with the reason when ../shared is not laid beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is laid beside the checkout by CI)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extractor(nlp):
    from newsgraph.pipeline import Extractor

    return Extractor(nlp)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return need(SAMPLE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_result(extractor, sample_text):
    from newsgraph.records import Document

    return extractor(Document(text=sample_text, published="2021-10-19", source=str(SAMPLE)))


# Fixtures that load the spaCy model: a test that asks for one (directly or through another fixture)
# carries the ``model`` marker, so ``-m "not model"`` runs the fast tests alone.
MODEL_FIXTURES = frozenset({"nlp", "extractor", "sample_result"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
