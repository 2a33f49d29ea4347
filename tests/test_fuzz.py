"""Fuzzing (issue 9, part 5): hypothesis property tests on the loaders, the time normaliser and the
extract entry point. Bounded (max_examples, no deadline) so the whole file takes well under a minute.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.ingest import Rejected, load
from newsgraph.records import Document
from newsgraph.time import VALID_VALUE

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".txt.gz", ".jsonl.gz", ".rss", ".atom", ".warc", ".md", ""]

PHRASES = ["on Monday", "last week", "next year", "in March 2020", "2021-10-19", "yesterday", "two years ago",
           "the 1990s", "this morning", "Q3 2021", "since February", "for 40 years", "every Tuesday",
           "on 31 February", "in 0000", "9999-12-31", "the 32nd of March", "until 10000 AD", "week 53",
           "Dec. 31", "late 2019", "the past decade", "now", "12:30 p.m.", "mid-2020", "1st", "the year 1"]

# Text that looks like news (words, numbers, dates) as well as any unicode at all.
news_like = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(
    ["The", "minister", "said", "troops", "withdrew", "Taliban", "the", "US", "envoy", "resigned", ",", ".", "\n\n",
     '"', "“", "”", "'s", "Kabul", "talks", "will", "not", "sign", "deal"]), st.text(max_size=12)),
    max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like)


def _bytes_for(suffix: str):
    """Arbitrary bytes, and bytes that are nearly right for the format."""
    nearly = {
        ".html": st.builds(lambda t, cut: f"<html><body><p>{t}</p></body></html>"[:cut].encode("utf-8", "surrogatepass"),
                           news_like, st.integers(0, 400)),
        ".jsonl": st.lists(st.one_of(
            st.builds(lambda t, d: json.dumps({"text": t, "date": d}), any_text, st.one_of(st.text(max_size=12),
                                                                                      st.integers(), st.none())),
            st.text(max_size=40)), max_size=5).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
    }
    nearly[".json"] = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                                   lambda c: st.lists(c, max_size=4) | st.dictionaries(
                                       st.sampled_from(["text", "title", "date", "url", "body"]), c, max_size=4),
                                   max_leaves=12).map(lambda v: json.dumps(v).encode())
    base = st.one_of(st.binary(max_size=600), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                     nearly.get(suffix.replace(".gz", ""), st.binary(max_size=50)))
    if suffix.endswith(".gz"):
        return st.one_of(base.map(gzip.compress), st.binary(max_size=100))
    return base


def _one_line(reason: str) -> bool:
    return isinstance(reason, str) and bool(reason.strip()) and "\n" not in reason and "\r" not in reason


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_load_gives_a_document_or_a_one_line_rejection_for_any_bytes(suffix):
    @settings(max_examples=40, **SETTINGS)
    @given(data=_bytes_for(suffix))
    def check(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"input{suffix}"
            path.write_bytes(data)
            items = list(load([str(path)]))
        assert items, "every input gives a Document or a Rejected"
        for item in items:
            assert isinstance(item, (Document, Rejected))
            if isinstance(item, Rejected):
                assert _one_line(item.reason), item.reason
            else:
                assert isinstance(item.text, str) and item.text.strip()

    check()


@settings(max_examples=300, **SETTINGS)
@given(text=any_text, published=st.one_of(st.none(), st.dates()))
def test_time_tag_spans_match_the_text_and_values_are_valid(text: str, published: dt.date | None):
    from newsgraph.time import tag

    for timex in tag(text, published=published):
        start, end = timex.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == timex.text
        assert VALID_VALUE.match(timex.value), timex.value


def _spans(record: Any):
    """Every span in a record (a dict from to_dict), however deep."""
    if isinstance(record, dict):
        for key, value in record.items():
            if key == "span" and value is not None:
                yield value
            else:
                yield from _spans(value)
    elif isinstance(record, list):
        for value in record:
            yield from _spans(value)


@pytest.mark.model
@settings(max_examples=60, **SETTINGS)
@given(text=any_text, published=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1))))
def test_extract_gives_spans_inside_the_text(nlp, text: str, published: dt.date | None):
    from newsgraph.pipeline import Extractor

    extractor = Extractor(nlp)
    if not text.strip():
        from newsgraph.pipeline import extract

        with pytest.raises(InputError):
            extract(text, published=published)
        return
    result = extractor(Document(text=text, published=published.isoformat() if published else None))
    record = result.to_dict()
    for start, end in _spans(record):
        assert 0 <= start <= end <= len(text), (start, end, len(text))
    for section in ("events", "roles", "quotes", "agreements", "timexes"):
        for item in record[section]:
            if item.get("span") and item.get("text") is not None and section == "timexes":
                assert text[item["span"][0]:item["span"][1]] == item["text"]
