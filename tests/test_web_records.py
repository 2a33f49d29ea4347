"""Hand-made results for the web tests (no model): an envoy resigns, a deal, a quote, hostile text.

No tests here: the other test_web* modules import these builders."""

from __future__ import annotations

from newsgraph.records import Actor, Agreement, Commitment, Document, Event, Quote, Result, Role, Timex

RESIGN = "US envoy Zalmay Khalilzad resigned on Monday after talks with the Taliban."
HOSTILE_NAME = '<script>alert("name")</script>Evil & Co'
HOSTILE_TEXT = ('The <b>mayor</b> <img src=x onerror=alert(1)> met <script>alert("text")</script> officials '
                "on Tuesday; he said \"</blockquote><script>alert('q')</script>\".")


def _actors() -> tuple[Actor, Actor, Actor]:
    envoy = Actor(id="zalmay-khalilzad", name="Zalmay Khalilzad", kind="person", aliases=["Khalilzad"],
                  country="USA", sector="GOV", code="USAGOV", mentions=3)
    taliban = Actor(id="taliban", name="Taliban", kind="group", country="AFG", sector="REB", mentions=2)
    usa = Actor(id="united-states", name="United States", kind="country", aliases=["US"], country="USA", mentions=2)
    return envoy, taliban, usa


def resign_result(*, source: str = "a.txt", published: str = "2021-10-19", text: str = RESIGN) -> Result:
    """An article whose first sentence is Khalilzad's resignation (RETREAT/resign) on 2021-10-18."""
    envoy, taliban, usa = _actors()
    full = text + " The deal signed in February 2020 bound the Taliban. The US will withdraw in September."
    start = full.index("resigned")
    resign = Event(id="e1", event="RETREAT", mode="resign", actor=["zalmay-khalilzad"], span=(0, len(text)), text=text,
                   date={"value": "2021-10-18", "text": "Monday", "source": "timex"}, cameo="0831",
                   trigger={"text": "resigned", "span": [start, start + len("resigned")]}, confidence=0.8)
    s2 = full.index("The deal")
    deal_sentence = "The deal signed in February 2020 bound the Taliban."
    signed = Event(id="e2", event="SUPPORT", actor=["united-states"], recipient=["taliban"],
                   span=(s2, s2 + len(deal_sentence)), text=deal_sentence,
                   date={"value": "2020-02", "text": "February 2020", "source": "timex"},
                   trigger={"text": "signed", "span": [s2 + 9, s2 + 15]})
    s3 = full.index("The US will")
    w = "The US will withdraw in September."
    withdraw = Event(id="e3", event="RETREAT", mode="withdraw", actor=["united-states"], span=(s3, s3 + len(w)), text=w,
                     modality="future", date={"value": "2021-09", "text": "September", "source": "timex"},
                     trigger={"text": "withdraw", "span": [s3 + 12, s3 + 20]})
    talks = Event(id="e4", event="CONSULT", actor=["taliban"], recipient=["zalmay-khalilzad"], span=(0, len(text)),
                  text=text, date={"value": "2021-10-18", "text": "Monday", "source": "sentence"}, negated=True,
                  modality="reported", trigger={"text": "talks", "span": [text.index("talks"), text.index("talks") + 5]})
    role = Role(actor="zalmay-khalilzad", title="Special Representative for Afghanistan Reconciliation",
                span=(0, len(text)), text=text, country="USA", start="2018-09-05", end="2021-10-19", status="former")
    quote = Quote(speaker="zalmay-khalilzad", text="the right time", span=(0, 14), kind="direct", cue="tell")
    deal = Agreement(id="deal-2020", name="Doha agreement", text=deal_sentence, span=(s2, s2 + len(deal_sentence)),
                     parties=["taliban", "united-states"], date="2020-02",
                     commitments=[Commitment(party="taliban", text="not allow al Qaeda to attack US interests"),
                                  Commitment(party="united-states", text="withdraw its troops", kind="promise")])
    return Result(document=Document(text=full, published=published, source=source, title="Envoy resigns",
                                    url="https://example.org/envoy"),
                  actors=[envoy, taliban, usa], events=[resign, signed, withdraw, talks], roles=[role],
                  quotes=[quote], agreements=[deal],
                  timexes=[Timex(text="Monday", type="DATE", value="2021-10-18", span=(text.index("Monday"), text.index("Monday") + 6))])


def hostile_result() -> Result:
    """Markup and script in the article's text, title, url, actor names, quotes, roles and agreements."""
    evil = Actor(id="evil-co", name=HOSTILE_NAME, kind="organization", aliases=["<i>Evil</i>"], mentions=1)
    mayor = Actor(id="mayor", name="<b>Mayor</b>", kind="person", mentions=1)
    ev = Event(id="h1", event="CONSULT", actor=["mayor"], recipient=["evil-co"], span=(0, len(HOSTILE_TEXT)),
               text=HOSTILE_TEXT, date={"value": "2021-10-19", "text": "<script>", "source": "timex"},
               trigger={"text": "met", "span": [HOSTILE_TEXT.index("met"), HOSTILE_TEXT.index("met") + 3]},
               context=["<script>alert('ctx')</script>"], mode="<script>alert('mode')</script>")
    role = Role(actor="evil-co", title="<script>alert('title')</script>Chair", span=(0, 5), text=HOSTILE_TEXT)
    quote = Quote(speaker="evil-co", text="</blockquote><script>alert('q')</script>", span=(0, 5))
    deal = Agreement(id="evil-deal", name="<script>alert('deal')</script>", text=HOSTILE_TEXT, span=(0, 5),
                     parties=["evil-co", "mayor"], date="2021-10-01",
                     commitments=[Commitment(party="evil-co", text="<img src=x onerror=alert('c')>")])
    doc = Document(text=HOSTILE_TEXT, published="2021-10-19", source="<script>alert('src')</script>",
                   title="<script>alert('title')</script>", url="javascript:alert('url')")
    return Result(document=doc, actors=[evil, mayor], events=[ev], roles=[role], quotes=[quote], agreements=[deal])
