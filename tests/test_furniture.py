"""Page furniture is masked before the pipeline reads a text: same length, same offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest._furniture import furniture_spans, mask

PAGE = (
    "Envoy resigns after talks collapse\n\n"
    "Hide caption The envoy met the minister in Doha on Monday. Previous Next Jane Roe/AFP/Getty Images\n\n"
    "The talks ended without a deal, officials said. (AP Photo/John Doe)\n\n"
    "Sign up for Daily Newsletters Manage Newsletters\n\n"
    "Get the stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy.\n\n"
    "Read more: Why the talks failed\n\n"
    "Minister pleads guilty to lying to parliament Read more\n\n"
    "More:Envoy says the talks can wait\n\n"
    "More: The minister's trip in pictures\n\n"
    "Story Continued Below\n\n"
    "Reporting by Jane Roe; Editing by John Doe\n\n"
    "\u2014 With assistance by Ann Poe, and Jan Doe\n\n"
    "The Associated Press contributed to this report.\n\n"
    "Copyright \u00a9 2019 The Daily Example, LLC. Click here for reprint permission.\n\n"
    "Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP\n\n"
    "toggle caption AP AP\n\n"
    "Photos: Photos: Summit in Doha Photos: Photos: Summit in Doha Summit in Doha \u2013 Rebels attacked the "
    "convoy near the border on Sunday. Summit in Doha \u2013 The minister thanked the envoy. " + "More captions. " * 30
)


def test_furniture_is_masked_and_the_story_kept():
    masked = mask(PAGE)
    assert len(masked) == len(PAGE) and masked.count("\n") == PAGE.count("\n")
    for gone in ("Hide caption", "Previous Next", "Getty", "AP Photo", "Newsletters", "Privacy Policy",
                 "Read more", "pleads guilty", "More:", "can wait", "in pictures", "Story Continued", "Reporting by",
                 "With assistance", "Ann Poe", "contributed to this report", "Copyright", "2019",
                 "Enlarge", "toggle", "Jane Roe/AP", "AP AP", "Photos", "Rebels attacked", "thanked the envoy"):
        assert gone not in masked, gone
    for kept in ("Envoy resigns after talks collapse", "The envoy met the minister in Doha on Monday.",
                 "The talks ended without a deal, officials said."):
        assert kept in masked and masked.index(kept) == PAGE.index(kept)


@pytest.mark.parametrize(("text", "kept"), [
    ("OLDTOWN (Wire) - The council voted to end the strike.", "The council voted to end the strike."),
    ("PORT EXAMPLE, Ruritania \u2014 Ministers met on Monday.", "Ministers met on Monday."),
    ("Story so far.\nRIVERTON \u2013 Police said the road was closed.", "Police said the road was closed."),
    ("OLDTOWN/NEWTOWN (Wire) - Ministers of both states met on Monday.", "Ministers of both states met on Monday."),
])
def test_a_dateline_is_masked_and_its_sentence_kept(text, kept):
    masked = mask(text)
    assert masked.endswith(kept) and masked[:len(text) - len(kept)].strip() in ("", "Story so far.")


@pytest.mark.parametrize("line", [
    "Contributing: Jane Roe in Doha; the Associated Press",
    "Roe reported from Oldtown. Contributing: Ann Poe in Newtown, Va.; Jan Doe in Doha; the Associated Press.",
    "Doe reported from Oldtown. Associated Press writers Jane Roe in Newtown, Ruritania; Ann Poe in Doha; "
    "and Jan Doe in Oldtown contributed.",
    "Example's Jane Roe reported from Oldtown and Jan Doe from Newtown. Example's Ann Poe, Jon Moe and "
    "Kim Loe also contributed to this report.",
    "Roe reported from Doha. Wire writers John Doe in Oldtown and Ann Poe in Port Example contributed.",
    "\u2022 Jane Roe reported from Riverton, Ohio. John Doe contributed to this article from Washington.",
    "Example News' Jane Roe, John Doe and Ann Poe contributed to this report",
    "Roe and Doe reported from Doha; Ann Poe reported and wrote from Oldtown.",
    "Jane Roe reported from Oldtown. Follow John Doe on Twitter at example.com/johndoe",
])
def test_a_line_of_reporting_credits_is_masked(line):
    text = "The envoy met the minister.\n" + line + "\nThe talks resumed."
    masked = mask(text)
    assert masked.split("\n")[1].strip() == ""
    assert masked.startswith("The envoy met the minister.") and masked.endswith("The talks resumed.")


def test_a_video_box_is_masked_and_the_story_around_it_kept():
    text = ("The envoy resigned on Monday. JUST WATCHED Rebels seize the port Replay More Videos ... MUST WATCH "
            "Rebels seize the port 02:18 The minister thanked him.")
    masked = mask(text)
    assert "Rebels" not in masked and "02:18" not in masked
    assert masked.startswith("The envoy resigned on Monday. ") and masked.endswith(" The minister thanked him.")


def test_a_name_card_with_related_headlines_is_masked_and_the_name_kept():
    text = ("Sen. Jane Roe Jane Ann RoeSenate passes the budget Ruritania recalls its envoy MORE (D-Ohio) said the "
            "talks failed. Gov. Bill Poe William (Bill) PoeDoe says he will run MORE agreed.")
    masked = mask(text)
    assert len(masked) == len(text)
    for gone in ("Jane Ann", "Senate passes", "Ruritania", "MORE", "William", "Doe says"):
        assert gone not in masked, gone
    assert masked.startswith("Sen. Jane Roe ") and "(D-Ohio) said the talks failed." in masked
    assert "Gov. Bill Poe " in masked and masked.endswith(" agreed.")
    # capitals and "MORE" in a story without a card stay
    story = "Jane Roe said MORE troops would go. RoeSenate is a typo that no card follows."
    assert furniture_spans(story) == []


@pytest.mark.parametrize("text, kept", [
    # the headline glued to the full name opens with a year
    ("Rep. Ann Doe Ann Marie Doe2030 hopefuls court farm voters Doe hires a manager MORE (R-Iowa) spoke.", "Rep. Ann Doe "),
    # the headline follows the full name after a space
    ("Speaker Tom Poe Thomas Lee Poe Voters wary of new tax plan Poe wins a vote MORE (R-Ohio) left.", "Speaker Tom Poe "),
    # the card's full name glued to the name the sentence gives
    ("said Ann DoeAnn Marie DoeThe Daily Brief: budget talks stall MORE, the envoy.", "said Ann Doe"),
])
def test_a_name_card_in_its_other_layouts_is_masked(text, kept):
    masked = mask(text)
    assert len(masked) == len(text) and masked.startswith(kept)
    for gone in ("Marie", "Lee", "hopefuls", "Voters", "Daily", "MORE"):
        assert gone not in masked, gone
    # the sentence after the card stays
    assert masked.rstrip(".").split()[-1] in text.rstrip(".").split()[-1]


@pytest.mark.parametrize("story", [
    "The government contributed to the fund, Example News reported.",
    "Doe contributed so much to the campaign that he was its biggest donor.",
    "Ruritania reported from its capital that the ceasefire held.",
    "Ruritania reported from Oldtown a loss of three million.",
    "U.S. - China talks resumed on Monday.",
    "NATO said the drill - its largest - would go ahead.",
    "The European Union protests the company's new privacy policy.",
    "Watchdog groups said the vote was fair.",
    "By Tuesday, the ceasefire had collapsed and both sides were firing again.",
    "Officials will read more documents before they decide, the minister said.",
    "More than 200 people marched: the police said the march was peaceful.",
    "The photo showed the president with the minister in Kabul.",
    "Also on the agenda: the budget, the border and the envoy's report.",
    "Also in his speech: a promise to cut taxes.",
])
def test_story_sentences_that_look_like_furniture_are_kept(story):
    assert furniture_spans(story) == []
    assert mask(story) == story


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_mask_keeps_length_and_line_breaks(text):
    masked = mask(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    for s, e in furniture_spans(text):
        assert masked[s:e].strip() == ""


@pytest.mark.model
def test_credits_and_notices_give_no_actor_event_or_date(extractor):
    from newsgraph.records import Document

    result = extractor(Document(text=PAGE, published="2019-05-07"))
    names = " ".join(a.name for a in result.actors)
    assert "Roe" not in names and "Getty" not in names and "Daily Example" not in names
    assert all(t.value != "2019" for t in result.timexes)
    assert not any(e.event == "AGREE" and "agree" in e.text for e in result.events)
    for t in result.timexes:  # offsets are offsets into the text as read
        assert PAGE[t.span[0]:t.span[1]] == t.text


@pytest.mark.parametrize("line, caption", [
    ("Image The minister leaves the summit in Ruritania. Credit Jane Roe/Example Press",
     "The minister leaves the summit in Ruritania."),
    ("Image Protesters outside the court on Monday. Credit... Pool photo by John Doe",
     "Protesters outside the court on Monday."),
])
def test_a_caption_keeps_its_words_and_loses_its_control_and_credit(line, caption):
    text = "The court ruled on Monday.\n\n" + line + "\n\nThe minister said nothing."
    masked = mask(text)
    assert len(masked) == len(text) and caption in masked and masked.index(caption) == text.index(caption)
    assert "Image" not in masked and "Credit" not in masked and "Doe" not in masked and "Roe" not in masked
    assert "The court ruled on Monday." in masked and "The minister said nothing." in masked


def test_image_and_credit_inside_story_sentences_are_kept():
    text = "Image matters, the minister said. Credit ratings fell on Monday."
    assert mask(text) == text


@pytest.mark.parametrize("line", [
    "Want the weekly digest? Sign up for the e-mails!",
    "Editor's note: Jane Roe teaches history at Example College; the views are her own.",
    "(Editor's note: An earlier version of this story gave the wrong date of the vote.)",
    "Updated at 4:15 p.m. ET",
    "Updated on Feb. 3 at 9:40 a.m.",
    "CLOSE",
    "Photo",
    "Read: Ruritania recalls its envoy",
    "SEE RELATED: Talks stall in Oldtown",
    "Newsletter Sign Up Keep reading below. Prove you are human by ticking the box. "
    "Sign Up You will get mail with news and offers from The Daily Example. "
    "See every Daily Example newsletter.",
    "USA TODAY",
    "Special for USA TODAY",
    "The Associated Press receives support for health coverage from the Example Foundation. "
    "The agency alone is solely responsible for all content.",
])
def test_furniture_lines_of_other_outlets_are_masked(line):
    text = "The envoy resigned.\n" + line + "\nThe minister thanked him."
    masked = mask(text)
    assert len(masked) == len(text)
    assert masked == "The envoy resigned.\n" + " " * len(line) + "\nThe minister thanked him."


@pytest.mark.parametrize("story", [
    "Voters who sign up for the newsletter of the campaign get a ballot guide, the party said on Monday.",
    "The photo was taken in Oldtown.",
    "Updated figures show 12 dead.",
    "She read the statement aloud: the talks were over.",
    "The ministry updated its guidance at 4 p.m. on Monday after the vote.",
    "The minister told USA TODAY that the talks were over.",
    "Newsletter sign ups rose after the vote, the party said.\nUSA TODAY reported the vote first.",
])
def test_story_lines_like_furniture_stay(story):
    assert mask(story) == story


def test_the_story_highlights_label_is_masked_and_the_highlights_kept():
    text = "Story highlights Ruritania recalls its envoy\nThe envoy resigned."
    masked = mask(text)
    assert masked == " " * len("Story highlights") + " Ruritania recalls its envoy\nThe envoy resigned."


def test_share_buttons_before_a_caption_are_masked_and_the_caption_kept():
    text = "Facebook Twitter Pinterest Troops arrive in Oldtown. Photograph: Jane Roe/Reuters\nThe envoy resigned."
    masked = mask(text)
    assert masked.startswith(" " * len("Facebook Twitter Pinterest") + " Troops arrive in Oldtown.")
    assert masked.endswith("\nThe envoy resigned.")


@pytest.mark.parametrize("line", [
    "STORY: Ruritania recalls its envoy",
    "Full Coverage: Talks in Oldtown",
    "Special coverage: Election in Ruritania",
    "The talks will fail: Our view",
    "Oldtown deserves better: Column",
    "Talks Stall In Oldtown Listen \u00b7 3:56 3:56",
    "Read or Share this story: https://example.com/abc",
])
def test_another_storys_headline_as_a_link_is_masked(line):
    text = "The envoy resigned.\n\n" + line + "\n\nThe minister thanked him."
    assert mask(text) == "The envoy resigned.\n\n" + " " * len(line) + "\n\nThe minister thanked him."


@pytest.mark.parametrize("story", [
    # a subheading of the story and a label of its own, no link
    "Talks stall\n\nThe envoy resigned.",
    "OLDTOWN: Envoy resigns after the talks",
    # a colon with a space, a clock time: sentences of the story
    "The minister said: The talks are over.",
    "The envoy arrived at 10:30 and left at noon",
    "The story: Ruritania recalls its envoy",
    "He told the reporters to listen",
])
def test_story_lines_like_a_linked_headline_stay(story):
    assert mask(story) == story


@pytest.mark.parametrize("line, caption", [
    ("Leaders talk at the summit in Oldtown, Ruritania July 11, 2018.Jane Roe/Pool via REUTERS",
     "Leaders talk at the summit in Oldtown, Ruritania July 11, 2018."),
    ("The king speaks in Oldtown April 15, 2018. Jan Doe/Courtesy of the Royal Court/Handout via REUTERS",
     "The king speaks in Oldtown April 15, 2018."),
    ("Ministers meet in Oldtown on Aug. 6. Photographer: Jane Roe/AFP via Getty Images",
     "Ministers meet in Oldtown on Aug. 6."),
    ("Troops patrol in Oldtown, December 29, 2019. U.S. Army/Staff Sgt. Jan E. Doe/Task Force-Ruritania",
     "Troops patrol in Oldtown, December 29, 2019."),
    ("Migrants wait at the border on June 30, 2019. Jane Roe, USA TODAY Network",
     "Migrants wait at the border on June 30, 2019."),
])
def test_a_picture_credit_ending_a_caption_line_is_masked_and_the_caption_kept(line, caption):
    text = "The court ruled on Monday.\n\n" + line + "\n\nThe minister said nothing."
    masked = mask(text)
    assert len(masked) == len(text)
    assert masked.startswith("The court ruled on Monday.\n\n" + caption + " ")
    assert masked[len("The court ruled on Monday.\n\n") + len(caption):].strip() == "The minister said nothing."


@pytest.mark.parametrize("story", [
    "The footage was obtained via REUTERS and aired on Monday. The minister resigned.",
    "How the USA TODAY Network covered the border for a month",
])
def test_story_lines_naming_a_wire_stay(story):
    assert mask(story) == story


@pytest.mark.parametrize("line", [
    "( Also on POLITICO: Senator vows to block the envoy's nomination)",
    "(Also on POLITICO: The minister's week in five charts)",
    "Also see:",
    "Also read: Why the talks failed",
])
def test_a_link_to_another_story_of_the_outlet_is_masked(line):
    text = "The envoy met the minister on Monday.\n\n" + line + "\n\nThe talks ended without a deal.\n"
    assert [text[s:e] for s, e in furniture_spans(text)] == [line]


@pytest.mark.parametrize("line", [
    "( WATCH: The governor's five sharpest debate lines)",
    "( PHOTOS: The senator's career in pictures)",
    "( VIDEO: An aide on the budget talks)",
    "( See also: Who is the new envoy?)",
    "( From POLITICO Magazine: Why the committee stalls)",
    "(Graphic: Troop levels by province - tmsnrt.rs/abc123)",
])
def test_a_bracketed_link_labelled_by_what_it_leads_to_is_masked(line):
    text = "The envoy met the minister on Monday.\n\n" + line + "\n\nThe talks ended without a deal.\n"
    assert [text[s:e] for s, e in furniture_spans(text)] == [line]


@pytest.mark.parametrize("line", [
    "(Watch the vote live, the speaker told members.)",
    "(Note: An earlier version of this story gave the wrong date of the vote.)",
    "(Latest update to this page: 9:45 a.m. ET)",
])
def test_a_bracketed_line_of_story_or_a_note_stays(line):
    text = "The envoy met the minister on Monday.\n\n" + line + "\n\nThe talks ended without a deal.\n"
    assert furniture_spans(text) == []


@pytest.mark.parametrize("line", [
    "More On This...",
    "More On This... Envoy recalled as border talks stall",
    "More On This\u2026 Senate panel to question the general",
])
def test_an_outlets_box_of_links_to_its_other_stories_is_masked(line):
    text = "The envoy met the minister on Monday.\n\n" + line + "\n\nThe talks ended without a deal.\n"
    assert [text[s:e] for s, e in furniture_spans(text)] == [line]


def test_more_on_this_within_a_line_of_story_stays():
    text = "The envoy met the minister on Monday. More on this issue came from the aides.\n"
    assert furniture_spans(text) == []
