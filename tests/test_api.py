"""The public Python API: every name in __all__ exists, and extract/open_store work as documented."""

from __future__ import annotations

import pytest

import newsgraph


def test_every_public_name_resolves():
    for name in newsgraph.__all__:
        assert getattr(newsgraph, name) is not None, name
    with pytest.raises(AttributeError):
        newsgraph.no_such_name  # noqa: B018


def test_moved_names_still_import_from_their_old_homes():
    """Rejected lives in records.py and the shared parse helpers in _parse.py; the old imports still work."""
    from newsgraph import _parse, records
    from newsgraph.ingest import Rejected
    from newsgraph.quotes import _speaker

    assert Rejected is records.Rejected and "Rejected" in records.__all__
    for name in _parse.__all__:  # the quotes stage's own speaker rules live beside them in _speaker
        assert getattr(_speaker, name) is getattr(_parse, name), name


def test_extract_refuses_empty_and_non_text():
    with pytest.raises(newsgraph.InputError):
        newsgraph.extract("   ")
    with pytest.raises(newsgraph.InputError):
        newsgraph.extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(newsgraph.InputError, match="not a date"):
        newsgraph.extract("The minister resigned.", published="last Tuesday")


@pytest.mark.model
def test_extract_and_store_round_trip(tmp_path, nlp):
    text = "The foreign minister of Peru resigned on Monday after talks with the rebels collapsed."
    result = newsgraph.extract(text, published="2021-10-19")
    assert isinstance(result, newsgraph.Result)
    assert set(result.to_dict()) == {"document", "actors", "events", "roles", "quotes", "agreements", "timexes"}
    assert any(t.value == "2021-10-18" for t in result.timexes)
    with newsgraph.open_store(tmp_path / "s.db") as store:
        assert store.add(result) is True
        assert store.counts()["documents"] == 1


@pytest.mark.model
def test_document_date_is_inferred_and_flagged_without_published(nlp):
    result = newsgraph.extract("WASHINGTON, Oct. 19 (Reuters) - The envoy resigned on Monday, officials said in 2021.")
    assert result.document.published_inferred is True
    assert result.document.published is not None
