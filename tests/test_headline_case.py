"""A title-case headline is read in sentence case: its verb is parsed as a verb and its main event found."""

from __future__ import annotations

import re

from newsgraph.events import _fold_headline
from newsgraph.ingest._headline import sentence_case
from newsgraph.records import Document, Event

STORY = (
    "Ruritanian Parliament Rejects Border Treaty With Freedonia\n\n"
    "The Ruritanian Parliament on Tuesday rejected a border treaty with Freedonia, said Speaker Anna Vale. "
    "Lawmakers voted 120 to 40 against the accord."
)
READ = sentence_case(STORY) + " Crowds marched in the capital."


def test_headline_words_the_story_does_not_capitalise_are_lowered():
    read = sentence_case(STORY)
    assert len(read) == len(STORY)
    assert read.startswith("Ruritanian Parliament rejects border treaty with Freedonia\n")
    assert read[read.index("\n"):] == STORY[STORY.index("\n"):]  # the story itself is untouched


def test_only_a_title_case_first_line_is_changed():
    plain = "The Ruritanian Parliament rejected a treaty on Tuesday.\nLawmakers voted against it."
    assert sentence_case(plain) == plain
    sentence = "Parliament Rejects Border Treaty Signed Last Year By Both Governments.\nMore follows here."
    assert sentence_case(sentence) == sentence  # a first line ending in a full stop is a sentence
    byline = "Anna Vale, Omar Reyes and Lena Park\n\nThe Ruritanian Parliament rejected a treaty."
    assert sentence_case(byline) == byline  # a list of names is no headline
    alone = "Parliament Rejects Border Treaty"
    assert sentence_case(alone) == alone  # a headline with no story after it


def test_abbreviated_titles_and_hyphenated_words():
    text = "Sen. Vale Backs Cease-Fire Deal\n\nThe senator backed the deal, aides of Vale said."
    read = sentence_case(text)
    assert read.startswith("Sen. Vale backs cease-fire deal\n")


class _Sent:  # what the fold reads of a spaCy sentence
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start_char, self.end_char = text[start:end], start, end


def _event(eid: str, etype: str, text: str, word: str, sentence: tuple[int, int], **fields) -> Event:
    at = text.index(word, sentence[0])
    return Event(id=eid, event=etype, span=sentence, text=text[sentence[0]:sentence[1]],
                 trigger={"text": word, "span": [at, at + len(word)]}, **fields)


def _sentences(text: str) -> list[_Sent]:
    out, start = [], 0
    for end in [text.index("\n") + 2] + [m.end() for m in re.finditer(r"\. ?", text)]:
        out.append(_Sent(text, start, end))
        start = end
    return out


def test_a_headline_event_the_lead_tells_again_folds_into_the_lead():
    sents = _sentences(READ)
    head = _event("h", "REJECT", READ, "rejects", (0, 60), actor=["parliament"], confidence=0.9)
    lead = _event("l", "REJECT", READ, "rejected", (sents[1].start_char, sents[1].end_char), confidence=0.6)
    other = _event("o", "PROTEST", READ, "marched", (sents[2].start_char, sents[2].end_char), actor=["crowds"])
    kept = _fold_headline([head, lead, other], READ, sents)
    assert [e.id for e in kept] == ["l", "o"]
    assert lead.also == [(0, 60)] and lead.actor == ["parliament"] and lead.confidence == 0.9


def test_a_headline_event_the_lead_does_not_tell_stays():
    sents = _sentences(READ)
    head = _event("h", "REJECT", READ, "rejects", (0, 60), actor=["parliament"])
    negated = _event("l", "REJECT", READ, "rejected", (sents[1].start_char, sents[1].end_char), negated=True)
    assert [e.id for e in _fold_headline([head, negated], READ, sents)] == ["h", "l"]
    # no headline: a first sentence that runs on past the first line break is a paragraph of the story
    joined = READ.replace("\n\n", " ", 1)
    first = _event("h", "REJECT", joined, "rejects", (0, 200))
    assert len(_fold_headline([first, negated], joined, [_Sent(joined, 0, 200)])) == 2


def test_the_headline_event_is_found_once(extractor):
    story = ("Ruritanian Parliament Rejects Border Treaty With Freedonia\n\nThe Ruritanian Parliament on Tuesday "
             "rejected a border treaty with Freedonia. The government of Freedonia had signed the treaty in May.")
    result = extractor(Document(text=story, published="2024-03-05"))
    rejects = [e for e in result.events if e.event == "REJECT"]
    head = story.index("\n")
    # the headline's verb, read as a verb, tells the act; the lead's telling keeps it, with the headline
    assert any(e.trigger and e.trigger["span"][0] > head and (0, head) in [(a, min(b, head)) for a, b in e.also]
               for e in rejects)
    assert not any(e.trigger and e.trigger["span"][0] < head for e in result.events)
    assert "ruritanian-parliament" in {a for e in rejects for a in e.actor}


def test_a_first_line_that_is_a_sentence_keeps_its_own_telling():
    text = ("Ruritania rejected the treaty on Tuesday.\n\nThe rejection, lawmakers said, ends the talks. "
            "Crowds marched in the capital.")
    sents = _sentences(text)
    first = _event("f", "REJECT", text, "rejected", (0, 43), actor=["ruritania"])
    again = _event("a", "REJECT", text, "rejection", (sents[1].start_char, sents[1].end_char),
                   actor=["lawmakers"], confidence=0.8)
    kept = _fold_headline([first, again], text, sents)
    assert [e.id for e in kept] == ["f"]
    assert first.actor == ["ruritania"] and first.also == [again.span] and first.confidence == 0.8


def test_a_first_line_dated_only_by_publication_takes_the_date_its_repeat_tells():
    from newsgraph.events import _dated

    text = ("Ruritania rejects the treaty.\n\nRuritania rejected the treaty on Sunday, lawmakers said. "
            "Crowds marched in the capital.")
    sents = _sentences(text)
    first = _event("f", "REJECT", text, "rejects", (0, 29), actor=["ruritania"],
                   date=_dated("2024-03-05", None, "document"))
    again = _event("a", "REJECT", text, "rejected", (sents[1].start_char, sents[1].end_char), actor=["ruritania"],
                   date=_dated("2024-03-03", "on Sunday", "timex"))
    # a first line with a full stop is a sentence of the story: its telling is kept, with the repeat's date
    assert [e.id for e in _fold_headline([first, again], text, sents)] == ["f"]
    assert first.date is not None and first.date["value"] == "2024-03-03" and first.date["text"] == "on Sunday"


def test_records_quote_the_headline_as_written_not_as_recased():
    from types import SimpleNamespace

    from newsgraph.pipeline import _as_read

    original = "Rebels Storm Army Base\nRebels stormed an army base on Monday.\nFront Page Masked Here."
    read = sentence_case(original).replace("Front Page Masked Here.", " " * 23)
    assert read.startswith("Rebels storm army base\n")
    event = SimpleNamespace(text=read[:60], span=(0, 60), trigger={"text": "storm", "span": [7, 12]})
    later = SimpleNamespace(text="stormed", span=(30, 37))
    masked = SimpleNamespace(text=read[62:85], span=(62, 85))
    mention = SimpleNamespace(text="Rebels storm", span=(0, 12))
    deal = SimpleNamespace(text=None, span=None)
    _as_read([event, later, masked, mention, deal], read, original)
    assert event.text == original[:60] and event.trigger["text"] == "Storm"
    assert later.text == "stormed"
    assert masked.text == read[62:85]  # masked furniture stays as the stages read it
    assert mention.text == "Rebels Storm" and deal.text is None
