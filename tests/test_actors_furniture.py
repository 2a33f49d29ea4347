"""Names that are no actors by their place in the text: a platform posted on, photo credits, a wire's
dateline credit (actors/_mentions.py, ``_no_actor_here``)."""

from __future__ import annotations

import pytest

from newsgraph.actors import resolve
from newsgraph.actors._dictionaries import bundled
from newsgraph.actors._mentions import _no_actor_here


def _doc(text: str, ents: list[tuple[str, str]]):
    """A blank doc of ``text`` with the entities (words, label) marked where they first occur."""
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    doc = nlp(text)
    spans = []
    for words, label in ents:
        n = len(words.split())
        for i in range(len(doc) - n + 1):
            if doc[i:i + n].text == words:
                spans.append(Span(doc, i, i + n, label=label))
                break
    doc.ents = spans
    return doc


def _skipped(doc, words: str) -> bool:
    lookup = bundled().actors.lookup
    ent = next(e for e in doc.ents if e.text == words)
    return _no_actor_here(doc, ent.start, ent.end, lookup)


def test_photo_credit_glued_by_a_slash_is_no_actor():
    doc = _doc("Farmers gather at a market in Ruritania, May 2, 2019. REUTERS/Jane Quill", [
        ("REUTERS", "ORG"), ("Jane Quill", "PERSON"), ("Ruritania", "GPE")])
    assert _skipped(doc, "REUTERS") and _skipped(doc, "Jane Quill")
    assert not _skipped(doc, "Ruritania")
    doc = _doc("A soldier stands guard. Tom Reed/File Photo", [("Tom Reed", "PERSON")])
    assert _skipped(doc, "Tom Reed")
    # a name of two bodies joined by a slash is no credit
    doc = _doc("Radio Free Ruritania/Radio Liberty reported the arrests.", [("Radio Free Ruritania", "ORG")])
    assert not _skipped(doc, "Radio Free Ruritania")


def test_wire_credit_in_a_dateline_is_no_actor():
    doc = _doc("OSTRAVA, Ruritania (Reuters) - The ruling party lost its majority on Sunday.", [
        ("Reuters", "ORG"), ("Ruritania", "GPE")])
    assert _skipped(doc, "Reuters")
    # a wire named further into the line is a party: it reported, it was told
    doc = _doc("The minister denied the claim in a long interview with the agency (Reuters) on Sunday.", [
        ("Reuters", "ORG")])
    assert not _skipped(doc, "Reuters")
    # an armed group's short name in parentheses at the head of a line is an alias, not a credit
    doc = _doc("The Islamic State (ISIS) claimed the attack.", [("ISIS", "ORG")])
    assert not _skipped(doc, "ISIS")


def test_laws_pacts_indices_and_products_are_no_actors():
    # "a law is not an actor": names of laws, pacts, indices and products that news writes like a body
    for text, name in [("The senators said NAFTA cost their states jobs.", "NAFTA"),
                       ("Obamacare survived another vote in the chamber.", "Obamacare"),
                       ("The Dow fell after the minister spoke.", "Dow")]:
        assert _skipped(_doc(text, [(name, "ORG")]), name), text
    # a body of the same shape is an actor
    assert not _skipped(_doc("NATO said the drills would go ahead.", [("NATO", "ORG")]), "NATO")


def test_a_verb_of_an_idiom_opening_its_sentence_is_no_actor():
    def doc_of(text, tags):
        doc = _doc(text, [("Fed", "ORG")])
        for t in doc:
            t.tag_ = tags.get(t.text, "NN")
        return doc

    # "Fed up with ...": a participle's clause before the subject, not the Federal Reserve
    assert _skipped(doc_of("Fed up with the delays , senators walked out .", {"Fed": "VB", "up": "RP", "with": "IN"}), "Fed")
    # the body's short name, read as a proper noun or followed by its verb, is the body
    assert not _skipped(doc_of("Fed raises rates again .", {"Fed": "NNP", "raises": "VBZ"}), "Fed")
    assert not _skipped(doc_of("Fed raises rates again .", {"Fed": "VB", "raises": "VBZ"}), "Fed")
    # the same words inside a sentence are not where it begins
    doc = doc_of("The senators said they were Fed up with it .", {"Fed": "VBN", "up": "RP"})
    doc[6].is_sent_start = False
    assert not _skipped(doc, "Fed")


@pytest.mark.model
def test_fed_up_opening_a_sentence_is_no_federal_reserve(nlp):
    table = resolve(nlp("Fed up with what they said were unfair attacks on the nominee, Senate Republicans "
                        "voted to silence the senator."))
    assert not [m for m in table.mentions if m.text == "Fed"]
    table = resolve(nlp("The Fed raised interest rates on Wednesday, the central bank said."))
    assert [m for m in table.mentions if m.text == "Fed"]


def test_platform_named_as_the_medium_is_no_actor():
    doc = _doc("The senator wrote on Twitter that the vote was rigged.", [("Twitter", "ORG")])
    assert _skipped(doc, "Twitter")
    doc = _doc("Twitter suspended the senator's account.", [("Twitter", "ORG")])
    assert not _skipped(doc, "Twitter")


@pytest.mark.model
def test_platform_posted_to_but_not_access_to(nlp):
    table = resolve(nlp("The minister took to Twitter to attack the court. The court ruled against him."))
    assert not [a for a in table.actors if a.name == "Twitter"]
    table = resolve(nlp("The ministry restored access to Twitter on Friday."))
    assert [a for a in table.actors if a.name == "Twitter"]  # "to" under a noun: no medium


def test_reporters_credit_is_no_actor():
    doc = _doc("The talks failed. Jane Quill reported from Ostrava. Tom Reed contributed to this report.", [
        ("Jane Quill", "PERSON"), ("Tom Reed", "PERSON"), ("Ostrava", "GPE")])
    assert _skipped(doc, "Jane Quill") and _skipped(doc, "Tom Reed")
    assert not _skipped(doc, "Ostrava")
    # a report with a content, or a contribution to something else, is what a party does
    doc = _doc("Jane Quill reported from Ostrava that the army had left. Tom Reed contributed to the campaign.", [
        ("Jane Quill", "PERSON"), ("Tom Reed", "PERSON")])
    assert not _skipped(doc, "Jane Quill") and not _skipped(doc, "Tom Reed")


def test_related_story_link_is_no_actor():
    doc = _doc("The vote was delayed. ( Also on POLITICO: Ruritania recalls its envoy ) The senate adjourned.", [
        ("POLITICO", "ORG"), ("Ruritania", "GPE")])
    assert _skipped(doc, "POLITICO") and _skipped(doc, "Ruritania")
    doc = _doc("The senate (also on Monday) heard Ruritania's envoy.", [("Ruritania", "GPE")])
    assert not _skipped(doc, "Ruritania")


def test_outlet_owning_a_quoted_programme_is_no_actor():
    def doc_of(text, ents):
        doc = _doc(text, ents)
        for t in doc:
            if t.lower_ in ("'s", "’s"):
                t.tag_ = "POS"
        return doc

    doc = doc_of("The governor said on NBC's \"Sunday Desk\" that the vote would go ahead.", [("NBC", "ORG")])
    assert _skipped(doc, "NBC")
    # an outlet's own report, or an unquoted noun after it, leaves it a party
    doc = doc_of("NBC's reporter asked the governor about the vote.", [("NBC", "ORG")])
    assert not _skipped(doc, "NBC")
    doc = doc_of("Ruritania's \"peace plan\" was rejected.", [("Ruritania", "GPE")])
    assert not _skipped(doc, "Ruritania")  # no outlet: a quoted plan of a state


def test_make_or_model_of_an_aircraft_is_no_actor():
    doc = _doc("Two Black Hawk helicopters circled the harbour at dawn.", [("Black Hawk helicopters", "ORG")])
    assert _skipped(doc, "Black Hawk helicopters")
    # a state's or an armed force's aircraft are that state's forces
    doc = _doc("Ruritanian jets struck the depot.", [("Ruritanian jets", "NORP")])
    doc[0].ent_type_ = "NORP"
    assert not _skipped(doc, "Ruritanian jets")
    doc = _doc("Three Air Force cargo planes dropped food.", [("Air Force cargo planes", "ORG")])
    assert not _skipped(doc, "Air Force cargo planes")


def test_model_name_before_an_aircraft_noun_is_no_actor(nlp):
    from newsgraph.actors._mentions import _model_of_aircraft

    doc = nlp("The governor flew in a V-22 Osprey aircraft over the flooded valley.")
    start = next(t.i for t in doc if t.text == "V-22")
    end = next(t.i for t in doc if t.text == "Osprey") + 1
    lookup = bundled().actors.lookup
    assert _model_of_aircraft(list(doc), start, end, lookup)
    doc = nlp("Ruritanian jets struck the depot on Monday.")
    assert not _model_of_aircraft(list(doc), 0, 1, lookup)


@pytest.mark.parametrize("text, words, label", [
    ("The leaders discussed the Zorblax Nuclear Forces Treaty on Monday.", "Zorblax Nuclear Forces Treaty", "ORG"),
    ("Ruritania rejected the Northern Free Trade Agreement.", "Northern Free Trade Agreement", "ORG"),
    ("The council backed the Phase One Trade Deal.", "Phase One Trade Deal", "ORG"),
    ("Ruritania kept to the Joint Comprehensive Plan of Action.", "Joint Comprehensive Plan of Action", "ORG"),
])
def test_a_law_or_treaty_named_like_a_body_is_no_actor(text, words, label):
    """A treaty, a pact or a law named by its last word is no candidate (corpus/GUIDELINES.md, section 1)."""
    assert _skipped(_doc(text, [(words, label)]), words)


@pytest.mark.parametrize("text, words, label", [
    ("Georgia Gov. Nathan Deal signed the measure.", "Nathan Deal", "PERSON"),
    ("Heritage Action criticized the plan.", "Heritage Action", "ORG"),
    ("The Free Trade Commission met on Monday.", "Free Trade Commission", "ORG"),
])
def test_a_person_or_body_whose_name_ends_like_a_law_stays(text, words, label):
    assert not _skipped(_doc(text, [(words, label)]), words)
