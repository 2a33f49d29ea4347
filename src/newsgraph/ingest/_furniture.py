"""Page furniture: the parts of a scraped news page that are not the story.

Newsletter sign-ups, privacy and cookie notices, copyright and reprint lines, "Read more" and
related-story links and cards, video boxes, share buttons, photo captions' controls and credits (the
caption itself stays), bylines, an outlet's line under them, funding notes and
reporting credits, editor's notes, update stamps and a summary box's label are found by their form, whatever the article, and **masked**: each of their
characters is replaced by a space
(a line break stays a line break), so the text the pipeline reads has the same length as the text as
read and every offset stays an offset into it. Nothing downstream sees a credit as an actor, a
sign-up notice as an agreement, or a copyright year as a date.
"""

from __future__ import annotations

import re

__all__ = ["furniture_spans", "mask"]

_I = re.IGNORECASE | re.MULTILINE

# A whole line is furniture when it matches one of these (lines are short: the length caps keep a
# paragraph of story that merely mentions a newsletter or a photo).
_LINES: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^[ \t]*(sign up|subscribe)\b[^\n]*\b(newsletters?|e-?mails?|alerts?|updates)\b[^\n]*$", _I), 300),
    (re.compile(r"^[^\n]*\bnewsletters?\s+manage newsletters\b[^\n]*$", _I), 300),
    # The New York Times' sign-up box flattened into one line: it opens "Newsletter Sign Up", asks the reader
    # to prove they are no robot and ends by offering all the Times' newsletters (about 550 characters; the
    # outlet named three times and never acting)
    (re.compile(r"^[ \t]*newsletter sign up\b[^\n]*$", _I), 1000),
    (re.compile(r"^[^\n]*\bby (signing up|subscribing|clicking)\b[^\n]*\b(agree|privacy|terms)\b[^\n]*$", _I), 400),
    (re.compile(r"^[^\n]*\b(our|see|read) (privacy policy|terms of (service|use)|cookie policy|use of cookies)\b"
                r"[^\n]*$", _I), 250),
    (re.compile(r"^[ \t]*(copyright\b|\u00a9|\(c\)\s*\d{4})[^\n]*$", _I), 300),
    (re.compile(r"^[^\n]*\b(all rights reserved|for reprint permission|reprints? and permissions)\b[^\n]*$", _I), 300),
    # the Associated Press's note on who funds a desk (it "receives support for ... from" a foundation and
    # is "solely responsible for all content")
    (re.compile(r"^[^\n]*\breceives support\b[^\n]*\bsolely responsible for all content\b[^\n]*$", _I), 400),
    # a newsletter offered at a line's end ("Want the weekly digest? Sign up for the e-mail")
    (re.compile(r"^[^\n]*\bsign up for (our|the)\b[^\n.]{0,40}\b(newsletters?|e-?mails?)[ \t.!]*$", _I), 160),
    # an editor's note: the author's affiliation, a correction or an update, about the story, not in it
    (re.compile(r"^[ \t]*\(?editor'?s'? note\b[^\n]*$", _I), 500),
    # a live story's update stamp ("Updated at 7:30 p.m. ET", "Updated on Jan. 9 at 8:05 a.m.")
    (re.compile(r"^[ \t]*(last )?(updated|posted)( at| on)?[ \t]+[^\n]{0,40}\d{1,2}(:\d{2}|\s*[ap]\.?m\b)[^\n]*$", _I), 100),
    # USA Today's outlet line under the byline ("Jane Roe and Jan Doe\n\nUSA TODAY", "Special for USA TODAY"):
    # where the story appeared, not an actor of it
    (re.compile(r"^[ \t]*((?i:special for)[ \t]+)?USA TODAY[ \t]*$", re.M), 40),
    # a picture's or video player's control word alone on its line
    (re.compile(r"^[ \t]*(CLOSE|Photo|Image|Video|Replay)[ \t]*$", re.M), 20),
    # "More:" heads a related story's headline in USA Today's pages ("More: Talks stall in Doha"), "Read:"
    # and "See related:" in others'
    (re.compile(r"^[ \t]*(read more|related( coverage| stories| articles)?|see also|see related|more from|"
                r"(more|read)(?=[ \t]*:)|"
                r"recommended|"
                r"advertisement|story continued below|continue reading|click here|watch|listen|"
                r"trending|most popular|sponsored)\b[^\n]*$", _I), 160),
    # another story of the outlet's set between the paragraphs as a link, in brackets or not: "(Also on
    # POLITICO: Senate to vote Friday)", "Also see:", "Also read: ..."
    # (the outlet's name in capitals: "Also on the program: ..." is a line of story)
    (re.compile(r"^[ \t]*\(?[ \t]*((?i:also (on|in|from|at)) [A-Z][\w.&'-]*( [A-Z][\w.&'-]*){0,2}|"
                r"(?i:also (see|read|watch)))[ \t]*:[^\n]*$", re.M), 200),
    # a link the outlet sets in brackets between the paragraphs, labelled by what it leads to: "( WATCH:
    # Senator's five best moments)", "( PHOTOS: The campaign in pictures)", "( From POLITICO Magazine: ...)",
    # "(Graphic: ... - tmsnrt.rs/...)"; the label before the colon and the closing bracket at the line's end
    # ("(Watch the vote live, she said.)" and a bracketed note or update stay)
    (re.compile(r"^[ \t]*\([ \t]*((?i:watch|photos?|videos?|see also|document|podcast|timeline|transcript|quiz|"
                r"graphic)|(?i:from|previously on) [A-Z][\w.&'-]*( [A-Z][\w.&'-]*){0,2}|[A-Z]{3,} (?i:podcast|junkies))"
                r"[ \t]*:[^\n]*\)[ \t]*$", re.M), 200),
    # Fox News's box of links to its other stories between the paragraphs, "More On This..." alone on its
    # line or with the first linked headline after it ("More On This... Talks stall in Doha"): the
    # guidelines (2.1) code nothing in a related story's headline
    (re.compile(r"^[ \t]*More On This[ \t]*(\.\.\.|\u2026)[^\n]*$", re.M), 200),
    # another story's headline set between the paragraphs as a link, "Read more" at its end ("Minister
    # pleads guilty to lying to parliament Read more"): the corpus guidelines (2.1) code nothing in it
    (re.compile(r"^[^\n]*\S[ \t]+Read more[ \t\u00a0]*$", re.M), 250),
    # other stories' headlines as links between the paragraphs, by the forms that mark them as links
    # whatever the words: a label for a story or a hub of stories ("STORY: Talks stall in Doha", "Full
    # Coverage: Elections"); an opinion piece's label at the end ("Talks will fail: Our view"); NPR's
    # player ("Talks Stall In Doha Listen \u00b7 3:56 3:56"); USA Today's share line. The corpus
    # guidelines (2.1) code nothing in them.
    (re.compile(r"^[ \t]*(STORY|(?i:full|special) (?i:coverage))[ \t]*:[^\n]*[^\n.][ \t]*$", re.M), 160),
    (re.compile(r"^[^\n]{10,160}:[ \t]*(Column|Our view|Other views?|Opposing views?)[ \t]*$", re.M), 200),
    (re.compile(r"^[^\n]{5,300}[ \t]Listen[ \t]*\u00b7[ \t]*\d{1,2}:\d{2}([ \t]+\d{1,2}:\d{2})?[ \t]*$", re.M), 320),
    (re.compile(r"^[ \t]*Read or Share this story:[^\n]*$", _I), 300),
    (re.compile(r"^[ \t]*(photo|image|video|graphic)s?( credit)?\s*:[^\n]*$", _I), 200),
    (re.compile(r"^[ \t]*(\(?(additional )?(reporting|editing|writing|research) by\b)[^\n]*$", _I), 300),
    # the wire's closing credit of the reporters who helped ("\u2014 With assistance by Jane Roe, and Jan Doe")
    (re.compile(r"^[ \t]*(\u2014|--?)?[ \t]*with assistance (by|from)\b[^\n]*$", _I), 300),
    (re.compile(r"^[^\n]*\bcontributed to this (report|story|article)\.?\)?[ \t]*$", _I), 300),
    (re.compile(r"^[ \t]*(follow|join)\b[^\n]*\b(on twitter|on facebook|on instagram|@\w+)[^\n]*$", _I), 200),
    (re.compile(r"^[ \t]*(?i:by) [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?"
                r"(,[^\n]{0,60})?[ \t]*$", re.MULTILINE), 120),
    # a line that is only a picture credit: "Harry Dempster/Express/Getty Images", "AP Photo/Jane Doe"
    (re.compile(r"^[ \t]*[^\n.!?]{0,60}(/| via )(getty images|ap|afp|reuters|epa|ap photo|afp/getty images)"
                r"[ \t]*$", _I), 90),
]

# Furniture inside a line of story: caption controls and picture credits.
_SPANS = [
    # a dateline before a paragraph's first sentence: a place in capitals, perhaps its state, perhaps the
    # wire in brackets, and a dash ("CITY (Wire) -", "CITY, State —"): where the report was filed,
    # never an actor, though the parse reads it into the sentence after it ("U.S. - China talks" is
    # a heading's words, not a dateline); two places a slash joins ("CITY/CITY (Wire) -") are a story filed
    # from both
    re.compile(r"^[ \t]*(?!U\.[SKN]\.)[A-Z][A-Z.'-]+(?:(?:[ \t]+|/)[A-Z][A-Z.'-]+){0,3}"
               r"(?:,[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2})?"
               r"(?:[ \t]*\([A-Za-z .&]{2,30}\))?[ \t]*[-\u2014\u2013]+(?=[ \t])", re.M),
    # NPR's picture control and the credit after it, to the line's end: "Enlarge this image toggle
    # caption Jane Roe/AP Jane Roe/AP", "toggle caption AP AP" (a credit has no sentence's end)
    re.compile(r"\b(enlarge this image[ \t]+)?toggle caption\b([ \t]+[^\n.!?]{0,100}$)?", re.I | re.M),
    re.compile(r"\b(hide|toggle) caption\b", re.I),
    # CNN's summary box: the label goes, the summary sentences after it stay (they are the story's)
    re.compile(r"^[ \t]*Story highlights\b", re.I | re.M),
    # CNN's video box flattened into the text: "JUST WATCHED <title> Replay More Videos ... MUST WATCH
    # <title> 02:18", a link to another story told twice
    re.compile(r"\bJUST WATCHED\b[^\n]{0,300}?\bMUST WATCH\b[^\n]{0,300}?\b\d{1,2}:\d{2}\b"),
    re.compile(r"\bprevious next\b", re.I),
    # The Guardian's share buttons before a picture's caption ("Facebook Twitter Pinterest Troops arrive
    # ... Photograph: Jane Roe/Reuters"): the buttons go, the caption stays
    re.compile(r"^[ \t]*Facebook Twitter Pinterest\b", re.M),
    re.compile(r"\(\s*(ap|afp|reuters|epa)?\s*photo(graph)?s?\s*(/|by|:)[^)\n]{1,80}\)", re.I),
    re.compile(r"\[\s*photo[^\]\n]{0,80}\]", re.I),
    # "Harry Dempster/Express/Getty Images", "Heinz Kreifelts/AP", "T.J. Kirkpatrick/Getty Images"
    re.compile(r"(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*(?:/[A-Z][\w.&' -]{0,30})*/"
               r"(?:Getty Images|AP|AFP|Reuters|EPA|Bloomberg|Sipa USA)\b"),
    re.compile(r"\|\s*(ap|afp|reuters|getty)( photo| images)?\b", re.I),
    re.compile(r"\b(?:AP|AFP|Reuters|Getty Images) (?:Photo|file photo)\b"),
]


# The New York Times' picture caption flattened into a line: "Image <caption>. Credit <credit>" or
# "Credit... <credit>", the credit no sentence (it ends in no full stop). The control word and the
# credit are masked; the caption stays, as after "Hide caption".
_CAPTION = re.compile(r"^[ \t]*(?P<control>Image)[ \t]+[^\n]{1,600}?[ \t](?P<credit>Credit(?:\.\.\.|\u2026|:)?"
                      r"[ \t]+[^\n]{0,199}[^\n.!?\"\u201d \t])[ \t]*$", re.M)


# A picture's credit at the end of a caption's line, the caption itself kept: the wire's ("2018. Jane
# Roe/Pool via REUTERS", "Handout via REUTERS", "KCNA/via REUTERS"), Bloomberg's and the wires'
# "Photographer: Jane Roe/AFP via Getty Images", an armed service's ("U.S. Army/Staff Sgt. Jane Roe/Task
# Force-Iraq") and USA Today's ("Jane Roe, USA TODAY Network"). The mark must be near the line's end
# (``_CREDIT_TAIL`` characters) and the credit runs from the end of the caption's last sentence (or from
# "Photographer:") to the line's end; "REUTERS/Jane Roe" alone the actors stage already reads as a credit.
_CREDIT_MARK = re.compile(r"(?P<own>Photographer:)|(?:/[ \t]*|\bvia[ \t]+)REUTERS\b|\bvia[ \t]+Getty Images\b"
                          r"|\bU\.S\. (?:Army|Navy|Air Force|Marine Corps|Coast Guard)/"
                          r"|,[ \t]+USA TODAY Network\b")
_CREDIT_TAIL = 120
# where a caption's sentence ends before its credit: a stop after a word or a year that is no initial
# ("2018.Jane Roe/Pool", "Aug. 6. Jane Roe"), perhaps a closing quote
_CAPTION_STOP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"\u201d\u2019]?(?=[ \t]|[A-Z])")


def _caption_credits(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the picture credits that end caption lines (:data:`_CREDIT_MARK`)."""
    out: list[tuple[int, int]] = []
    for m in _CREDIT_MARK.finditer(text):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if end - m.start() > _CREDIT_TAIL or text[m.end():end].rstrip().endswith((".", "!", "?")) and not m["own"]:
            continue
        if m["own"]:
            start = m.start()
        else:
            line = text.rfind("\n", 0, m.start()) + 1
            stops = list(_CAPTION_STOP.finditer(text, line, m.start()))
            start = stops[-1].end() if stops else line
            while start < m.start() and text[start] in " \t":
                start += 1
        out.append((start, end))
    return out


# A credit line at a story's end: every sentence of it is a reporting credit ("Contributing: Jane Roe in
# Doha; the Associated Press", "Roe reported from Doha.", "AP Writer Jane Roe contributed to this report
# from Doha.", "Follow Jane Roe on Twitter ..."). The names before "contributed" or "reported" are
# capitalised words and the few lower-case words of a credit (a staff title, "and", "in" before a
# place), so a story's "the government contributed to the fund" or "..., Politico reported." is no
# credit.
_CREDIT_WORD = (r"(?:[A-Z][\w.'\u2019&-]*|and|in|on|of|the|writers?|news|assistant|business|correspondents?|"
                r"reporters?|staff|producers?|photographer|editors?)")
_CREDIT_PLACE = r"[A-Z][\w.'\u2019-]*(?:,?[ \t]+[A-Z][\w.'\u2019-]*){0,4}"
_CREDIT_SENTENCE = re.compile(
    r"^[ \t]*(?:[-\u2022\u2981\u29bf*]+[ \t]*)?(?:"
    r"(?i:contributing):[^\n]*"
    r"|(?i:follow\b[^\n]*\bon (?:twitter|facebook|instagram))\b[^\n]*"
    r"|" + _CREDIT_WORD + r"(?:,?;?[ \t]+" + _CREDIT_WORD + r")*,?[ \t]+"
    r"(?:(?:also[ \t]+)?contributed(?:[ \t]+(?:reporting|to[ \t]+this[ \t]+(?:report|story|article)s?|this[ \t]+report))?"
    r"|(?:wrote[ \t]+and[ \t]+)?reported(?:[ \t]+and[ \t]+wrote)?)"
    r"(?:[ \t]+from[ \t]+" + _CREDIT_PLACE +
    r"(?:,?[ \t]+and[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)?[ \t]+from[ \t]+" + _CREDIT_PLACE + r")*)?"
    r")[ \t]*[.;]?[ \t]*$")
# Where a credit line's sentences part: after a full stop before a capital or a bullet, not after an
# initial ("Jane E. Roe"); and where a sentence's clauses may part, after a semicolon.
_CREDIT_BREAK = re.compile(r"(?<=\.)(?<!\b[A-Z]\.)[ \t]+(?=[A-Z\u2022\u2981\u29bf-])")
_CLAUSE_BREAK = re.compile(r"(?<=;)[ \t]+(?=[A-Z\u2022\u2981\u29bf-])")
_LINE = re.compile(r"^[^\n]+$", re.M)


def _credit_line(line: str) -> bool:
    """Every sentence of ``line`` is a reporting credit (:data:`_CREDIT_SENTENCE`), whole or clause by
    clause: a list of helpers parted by semicolons is one credit ("Contributing: Jane Roe in Oldtown, Ruritania;
    Jan Doe in Newtown", "Associated Press writers Jane Roe in Oldtown; Jan Doe in Newtown contributed"),
    and so is each of two credits a semicolon joins ("Roe reported from Oldtown; Doe wrote from Newtown")."""
    parts = [p for p in _CREDIT_BREAK.split(line) if p.strip()]
    return bool(parts) and all(
        _CREDIT_SENTENCE.match(p) or all(_CREDIT_SENTENCE.match(q) for q in _CLAUSE_BREAK.split(p) if q.strip())
        for p in parts)


# A name's pop-up card flattened into the sentence (The Hill): after a person's name, their full name,
# the headline of a related story glued to its last word or after a space (a headline may open with a
# year or a quotation mark), more headlines, and "MORE" ("Sen. Jane Roe Jane Ann RoeSenate passes the
# bill Roe says ... MORE (D-Ohio) said", "Jane Roe Jane Ann Roe2020 hopefuls ... MORE"). The card is
# masked from the full name to "MORE"; the name the sentence gives stays. The pattern is a lookahead so
# that every start is tried: a first name repeated ("Jane Roe Jane Ann Roe Voters ...") also reads as a
# card, and of the starts that end at one "MORE" the last is the full name's. The name the sentence gives
# is a word of its own that ends in a small letter (no word of a line in capitals).
_CARD = re.compile(r"(?=(?<!\S)(?P<last>[A-Z][\w'\u2019-]*[a-z])(?:[ \t]+|(?=[A-Z]))(?P<card>(?:[A-Z(][\w.()'\u2019-]*[ \t]+){0,4}"
                   r"(?P=last)(?=[A-Z0-9'\"\u2018\u201c]|[ \t]+[A-Z0-9'\"\u2018\u201c])[^\n]{0,600}?[ \t]MORE\b))")


# A photo gallery flattened into one line: "Photos: T Photos: T <caption> <caption> ..." or "Photos:
# Photos: T ...", a title repeated and the captions of every picture, often thousands of characters
# (the length caps of ``_LINES`` keep long lines, so a gallery is recognised by its form instead).
_GALLERY = re.compile(r"^[ \t]*photos?[ \t]*:[ \t]*(?:photos?[ \t]*:[ \t]*)?([^\n]*)$", _I)


_TITLE = re.compile(r"(.{10,120}?)[ \t]+photos?[ \t]*:", re.I)


def _gallery(body: str) -> bool:
    """The line after "Photos:" is a gallery: its title, told again after "Photos:", recurs in the
    captions, or the line has a caption control."""
    if "hide caption" in body.lower():
        return True
    m = _TITLE.match(body)
    return m is not None and body.count(m.group(1)) >= 2


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the furniture in ``text``, sorted and not overlapping."""
    found: list[tuple[int, int]] = []
    for pattern, longest in _LINES:
        for m in pattern.finditer(text):
            if m.end() - m.start() <= longest:
                found.append((m.start(), m.end()))
    for pattern in _SPANS:
        found.extend((m.start(), m.end()) for m in pattern.finditer(text))
    # per "MORE", the last start of a card after a space, else (a full name glued to the sentence's name)
    # the last start of all: a name glued to its own end ("McCain" read as "Mc" + "Cain") starts none
    cards: dict[int, tuple[bool, int]] = {}
    for m in _CARD.finditer(text):
        start = m.start("card")
        cards[m.end("card")] = max(cards.get(m.end("card"), (False, 0)), (text[start - 1].isspace(), start))
    found.extend((s, e) for e, (_, s) in cards.items())
    for m in _CAPTION.finditer(text):
        found.extend([(m.start("control"), m.end("control")), (m.start("credit"), m.end("credit"))])
    found.extend(_caption_credits(text))
    for m in _LINE.finditer(text):
        if len(m.group()) <= 800 and _credit_line(m.group()):
            found.append((m.start(), m.end()))
    for m in _GALLERY.finditer(text):
        if _gallery(m.group(1)):
            found.append((m.start(), m.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def mask(text: str) -> str:
    """``text`` with its furniture replaced by spaces (line breaks kept): same length, same offsets."""
    spans = furniture_spans(text)
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for s, e in spans:
        out.append(text[last:s])
        out.append("".join("\n" if ch == "\n" else " " for ch in text[s:e]))
        last = e
    out.append(text[last:])
    return "".join(out)
