"""US public figures of 2009-2021 news that no bundled source holds: the executive branch below the
president (cabinet, cabinet-rank officials, the White House's chiefs of staff, press secretaries,
national security advisers and senior advisers, the heads of the intelligence agencies, the FBI and
the Federal Reserve, UN ambassadors, deputy secretaries of state, chairmen of the Joint Chiefs), the
Supreme Court's justices, governors of the large states, leaders and long-serving members of Congress
who left it before the congress-legislators snapshot (2026), the period's presidential candidates and
campaign chiefs, and national news anchors and columnists.

Phoenix ends in early 2014 and congress-legislators lists only members in office in 2026, so an
informed reader's "Rex Tillerson", "Paul Ryan" or "Justice Ruth Bader Ginsburg" had no entry. The
table is written from general knowledge of the period, by office rather than by article; dates are
those of taking and leaving office (a day where well known, else the month's first). Each row is
(name, aliases, gender, offices, title nouns); an office is (sector, start, end), all American; a
sector "" is a time outside any office (the code "USA" alone: an American of no sector, as the
annotators code a lawyer or a leaker in the news). A
name a bundled source already holds keeps that source's entry: these only fill gaps. The
journalists and private people have no title nouns, so a bare surname ("Cooper", "Cohen") is never
taken for one.
"""

from __future__ import annotations

from ._dictionaries import Dictionary, Entry, norm

__all__ = ["US_OFFICIALS", "IGO_OFFICIALS", "US_CANDIDACIES", "official_entries", "candidacy_codes", "add_officials"]

_Office = tuple[str, str | None, str | None]

US_OFFICIALS: list[tuple[str, list[str], str, list[_Office], list[str]]] = [
    # -- the Obama administration (2009-2017)
    ("John Kerry", [], "M", [("LEG", "1985-01-03", "2013-02-01"), ("GOV", "2013-02-01", "2017-01-20")],
     ["secretary of state", "senator"]),
    ("Timothy Geithner", ["Tim Geithner"], "M", [("GOV", "2009-01-26", "2013-01-25")], ["treasury secretary"]),
    ("Jack Lew", ["Jacob Lew"], "M", [("GOV", "2010-11-18", "2017-01-20")], ["treasury secretary", "chief of staff"]),
    ("Robert Gates", [], "M", [("GOV", "2006-12-18", "2011-07-01")], ["defense secretary"]),
    ("Leon Panetta", [], "M", [("SPY", "2009-02-13", "2011-07-01"), ("GOV", "2011-07-01", "2013-02-26")],
     ["defense secretary", "director"]),
    ("Chuck Hagel", [], "M", [("GOV", "2013-02-27", "2015-02-17")], ["defense secretary"]),
    ("Ash Carter", ["Ashton Carter"], "M", [("GOV", "2015-02-17", "2017-01-20")], ["defense secretary"]),
    ("Eric Holder", [], "M", [("GOV", "2009-02-03", "2015-04-27")], ["attorney general"]),
    ("Loretta Lynch", [], "F", [("GOV", "2015-04-27", "2017-01-20")], ["attorney general"]),
    ("Janet Napolitano", [], "F", [("GOV", "2009-01-21", "2013-09-06")], ["secretary"]),
    ("Jeh Johnson", [], "M", [("GOV", "2013-12-23", "2017-01-20")], ["secretary"]),
    ("Susan Rice", [], "F", [("GOV", "2009-01-22", "2017-01-20")], ["ambassador", "national security adviser"]),
    ("Samantha Power", [], "F", [("GOV", "2013-08-05", "2017-01-20")], ["ambassador"]),
    ("Tom Donilon", ["Thomas Donilon"], "M", [("GOV", "2010-10-08", "2013-07-01")], ["national security adviser"]),
    ("Denis McDonough", [], "M", [("GOV", "2013-01-25", "2017-01-20")], ["chief of staff"]),
    ("Rahm Emanuel", [], "M", [("GOV", "2009-01-20", "2010-10-01"), ("GOV", "2011-05-16", "2019-05-20")],
     ["chief of staff", "mayor"]),
    ("Robert Gibbs", [], "M", [("GOV", "2009-01-20", "2011-02-11")], ["press secretary"]),
    ("Jay Carney", [], "M", [("GOV", "2011-02-11", "2014-06-20")], ["press secretary"]),
    ("Josh Earnest", [], "M", [("GOV", "2014-06-20", "2017-01-20")], ["press secretary"]),
    ("Valerie Jarrett", [], "F", [("GOV", "2009-01-20", "2017-01-20")], ["adviser"]),
    ("David Axelrod", [], "M", [("GOV", "2009-01-20", "2011-01-31")], ["adviser"]),
    ("David Plouffe", [], "M", [("GOV", "2011-01-10", "2013-01-25")], ["adviser"]),
    ("Ben Rhodes", [], "M", [("GOV", "2009-01-20", "2017-01-20")], ["deputy national security adviser"]),
    ("Jake Sullivan", [], "M", [("GOV", "2009-01-20", "2014-08-01"), ("PTY", "2015-04-12", "2016-11-09"),
                                ("GOV", "2021-01-20", "2025-01-20")], ["adviser", "national security adviser"]),
    ("Michele Flournoy", [], "F", [("GOV", "2009-02-09", "2012-02-03")], ["under secretary"]),
    ("Patrick Kennedy", ["Patrick F. Kennedy"], "M", [("GOV", "2007-05-07", "2017-01-26")], ["under secretary"]),
    ("P.J. Crowley", ["Philip J. Crowley"], "M", [("GOV", "2009-05-26", "2011-03-13")],
     ["spokesman", "assistant secretary"]),
    ("Mark Toner", [], "M", [("GOV", "2011-01-01", "2017-08-01")], ["spokesman", "deputy spokesman"]),
    ("John McHugh", [], "M", [("LEG", "1993-01-03", "2009-09-21"), ("GOV", "2009-09-21", "2015-11-20")],
     ["secretary", "congressman"]),
    ("James Clapper", [], "M", [("SPY", "2010-08-09", "2017-01-20")], ["director of national intelligence"]),
    ("John Brennan", [], "M", [("GOV", "2009-01-20", "2013-03-08"), ("SPY", "2013-03-08", "2017-01-20")],
     ["director", "adviser"]),
    ("David Petraeus", [], "M", [("MIL", "2007-01-26", "2011-07-18"), ("SPY", "2011-09-06", "2012-11-09")],
     ["general", "director"]),
    ("James Comey", [], "M", [("COP", "2013-09-04", "2017-05-09")], ["director"]),
    ("Robert Mueller", [], "M", [("COP", "2001-09-04", "2013-09-04"), ("JUD", "2017-05-17", "2019-05-29")],
     ["director", "special counsel"]),
    ("John Bolton", [], "M", [("GOV", "2005-08-01", "2006-12-09"), ("GOV", "2018-04-09", "2019-09-10")],
     ["ambassador", "national security adviser"]),
    ("Kurt Volker", [], "M", [("GOV", "2008-07-01", "2009-05-01"), ("GOV", "2017-07-07", "2019-09-27")],
     ["ambassador", "envoy", "special representative"]),
    ("Marc Short", [], "M", [("GOV", "2017-01-20", "2018-07-20"), ("GOV", "2019-03-01", "2021-01-20")],
     ["director", "chief of staff"]),
    ("Michael Flynn", [], "M", [("MIL", "2012-07-24", "2014-08-07"), ("GOV", "2017-01-20", "2017-02-13")],
     ["national security adviser", "general"]),
    ("Ernest Moniz", [], "M", [("GOV", "2013-05-21", "2017-01-20")], ["energy secretary"]),
    ("Penny Pritzker", [], "F", [("GOV", "2013-06-26", "2017-01-20")], ["commerce secretary"]),
    ("Tom Vilsack", [], "M", [("GOV", "2009-01-21", "2017-01-13")], ["agriculture secretary"]),
    ("Kathleen Sebelius", [], "F", [("GOV", "2009-04-28", "2014-06-09")], ["secretary"]),
    ("Sylvia Mathews Burwell", ["Sylvia Burwell"], "F", [("GOV", "2013-04-24", "2017-01-20")], ["secretary"]),
    ("Arne Duncan", [], "M", [("GOV", "2009-01-21", "2015-12-31")], ["education secretary"]),
    ("Julian Castro", [], "M", [("GOV", "2009-06-01", "2014-07-22"), ("GOV", "2014-07-28", "2017-01-20"),
                                ("PTY", "2019-01-12", "2020-01-02")], ["secretary", "mayor"]),
    ("Eric Shinseki", [], "M", [("GOV", "2009-01-21", "2014-05-30")], ["secretary"]),
    ("Gina McCarthy", [], "F", [("GOV", "2013-07-18", "2017-01-20")], ["administrator"]),
    ("Michael Froman", [], "M", [("GOV", "2013-06-21", "2017-01-20")], ["trade representative"]),
    ("Ben Bernanke", [], "M", [("GOV", "2006-02-01", "2014-01-31")], ["chairman"]),
    ("Janet Yellen", [], "F", [("GOV", "2014-02-03", "2018-02-03")], ["chair", "chairwoman"]),
    ("Jerome Powell", ["Jay Powell"], "M", [("GOV", "2018-02-05", None)], ["chairman", "chair"]),
    ("Mike Mullen", [], "M", [("MIL", "2007-10-01", "2011-09-30")], ["admiral", "chairman"]),
    ("Martin Dempsey", [], "M", [("MIL", "2011-10-01", "2015-09-25")], ["general", "chairman"]),
    ("Joseph Dunford", ["Joe Dunford"], "M", [("MIL", "2014-10-17", "2019-09-30")], ["general", "chairman"]),
    ("Mark Milley", [], "M", [("MIL", "2015-08-14", "2023-09-30")], ["general", "chairman"]),
    ("Victoria Nuland", [], "F", [("GOV", "2011-06-01", "2017-01-20")], ["spokeswoman", "assistant secretary"]),
    ("Jen Psaki", [], "F", [("GOV", "2013-04-01", "2017-01-20"), ("GOV", "2021-01-20", "2022-05-13")],
     ["spokeswoman", "press secretary"]),
    ("Marie Harf", [], "F", [("GOV", "2013-06-01", "2016-03-01")], ["spokeswoman"]),
    ("John Kirby", [], "M", [("MIL", "2013-12-01", "2015-05-01"), ("GOV", "2015-05-01", "2017-01-20")],
     ["spokesman", "admiral"]),
    ("Antony Blinken", ["Tony Blinken"], "M", [("GOV", "2013-01-20", "2017-01-20"), ("GOV", "2021-01-26", "2025-01-20")],
     ["deputy secretary of state", "secretary of state"]),
    ("William Burns", ["Bill Burns"], "M", [("GOV", "2008-05-13", "2014-11-03"), ("SPY", "2021-03-19", "2025-01-20")],
     ["deputy secretary of state", "director"]),
    ("Michael McFaul", [], "M", [("GOV", "2009-01-20", "2014-02-26")], ["ambassador"]),
    ("J. Christopher Stevens", ["Chris Stevens", "Christopher Stevens"], "M", [("GOV", "2012-05-22", "2012-09-11")],
     ["ambassador"]),
    ("Anthony Fauci", [], "M", [("GOV", "1984-11-02", "2022-12-31")], ["director"]),
    # -- the Trump administration (2017-2021)
    ("Rex Tillerson", [], "M", [("BUS", "2006-01-01", "2016-12-31"), ("GOV", "2017-02-01", "2018-03-31")],
     ["secretary of state"]),
    ("Mike Pompeo", ["Michael Pompeo"], "M", [("LEG", "2011-01-03", "2017-01-23"), ("SPY", "2017-01-23", "2018-04-26"),
                                              ("GOV", "2018-04-26", "2021-01-20")],
     ["secretary of state", "director"]),
    ("Steven Mnuchin", ["Steve Mnuchin"], "M", [("GOV", "2017-02-13", "2021-01-20")], ["treasury secretary"]),
    ("James Mattis", ["Jim Mattis"], "M", [("MIL", "2010-08-11", "2013-03-22"), ("GOV", "2017-01-20", "2018-12-31")],
     ["defense secretary", "general"]),
    ("Patrick Shanahan", [], "M", [("GOV", "2017-07-19", "2019-06-23")], ["defense secretary"]),
    ("Mark Esper", [], "M", [("GOV", "2017-11-20", "2020-11-09")], ["defense secretary", "secretary"]),
    ("Jeff Sessions", [], "M", [("LEG", "1997-01-03", "2017-02-08"), ("GOV", "2017-02-09", "2018-11-07")],
     ["attorney general", "senator"]),
    ("William Barr", ["Bill Barr"], "M", [("GOV", "2019-02-14", "2020-12-23")], ["attorney general"]),
    ("Matthew Whitaker", ["Matt Whitaker"], "M", [("GOV", "2017-10-04", "2019-02-14")], ["attorney general"]),
    ("Rod Rosenstein", [], "M", [("GOV", "2017-04-26", "2019-05-11")], ["deputy attorney general"]),
    ("John Kelly", [], "M", [("MIL", "2012-11-19", "2016-01-14"), ("GOV", "2017-01-20", "2019-01-02")],
     ["chief of staff", "secretary", "general"]),
    ("Kirstjen Nielsen", [], "F", [("GOV", "2017-01-20", "2019-04-10")], ["secretary"]),
    ("Reince Priebus", [], "M", [("PTY", "2011-01-14", "2017-01-19"), ("GOV", "2017-01-20", "2017-07-31")],
     ["chief of staff", "chairman"]),
    ("Mick Mulvaney", [], "M", [("LEG", "2011-01-03", "2017-02-16"), ("GOV", "2017-02-16", "2020-03-31")],
     ["chief of staff", "director"]),
    ("Mark Meadows", [], "M", [("LEG", "2013-01-03", "2020-03-30"), ("GOV", "2020-03-31", "2021-01-20")],
     ["chief of staff", "congressman"]),
    ("Sean Spicer", [], "M", [("PTY", "2011-02-01", "2017-01-19"), ("GOV", "2017-01-20", "2017-07-21")],
     ["press secretary"]),
    ("Sarah Huckabee Sanders", ["Sarah Sanders"], "F", [("GOV", "2017-01-20", "2019-07-01")], ["press secretary"]),
    ("Stephanie Grisham", [], "F", [("GOV", "2017-01-20", "2021-01-06")], ["press secretary"]),
    ("Kayleigh McEnany", [], "F", [("GOV", "2020-04-07", "2021-01-20")], ["press secretary"]),
    ("Hope Hicks", [], "F", [("GOV", "2017-01-20", "2018-03-29"), ("GOV", "2020-03-01", "2021-01-20")],
     ["communications director"]),
    ("Anthony Scaramucci", [], "M", [("GOV", "2017-07-21", "2017-07-31")], ["communications director"]),
    ("Kellyanne Conway", [], "F", [("PTY", "2016-08-17", "2017-01-19"), ("GOV", "2017-01-20", "2020-08-31")],
     ["counselor", "campaign manager"]),
    ("Steve Bannon", ["Stephen Bannon"], "M", [("PTY", "2016-08-17", "2017-01-19"), ("GOV", "2017-01-20", "2017-08-18")],
     ["chief strategist"]),
    ("Jared Kushner", [], "M", [("GOV", "2017-01-20", "2021-01-20")], ["adviser"]),
    ("Stephen Miller", [], "M", [("GOV", "2017-01-20", "2021-01-20")], ["adviser"]),
    ("Gary Cohn", [], "M", [("GOV", "2017-01-20", "2018-04-02")], ["adviser", "director"]),
    ("Larry Kudlow", [], "M", [("GOV", "2018-04-02", "2021-01-20")], ["adviser", "director"]),
    ("Peter Navarro", [], "M", [("GOV", "2017-01-20", "2021-01-20")], ["adviser"]),
    ("Robert Lighthizer", [], "M", [("GOV", "2017-05-15", "2021-01-20")], ["trade representative"]),
    ("Wilbur Ross", [], "M", [("GOV", "2017-02-28", "2021-01-20")], ["commerce secretary"]),
    ("H.R. McMaster", ["H. R. McMaster", "HR McMaster", "Herbert McMaster"], "M",
     [("MIL", "1984-05-01", "2017-02-20"), ("GOV", "2017-02-20", "2018-04-09")],
     ["national security adviser", "general"]),
    ("Robert O'Brien", [], "M", [("GOV", "2018-05-25", "2021-01-20")], ["national security adviser"]),
    ("Dan Coats", [], "M", [("LEG", "2011-01-03", "2017-01-03"), ("SPY", "2017-03-16", "2019-08-15")],
     ["director of national intelligence", "senator"]),
    ("Gina Haspel", [], "F", [("SPY", "2017-02-02", "2021-01-20")], ["director"]),
    ("Christopher Wray", [], "M", [("COP", "2017-08-02", "2025-01-19")], ["director"]),
    ("Nikki Haley", [], "F", [("GOV", "2011-01-12", "2018-12-31")], ["ambassador", "governor"]),
    ("Kelly Craft", [], "F", [("GOV", "2017-10-23", "2021-01-20")], ["ambassador"]),
    ("Betsy DeVos", [], "F", [("GOV", "2017-02-07", "2021-01-08")], ["education secretary"]),
    ("Ben Carson", [], "M", [("PTY", "2015-05-04", "2016-03-04"), ("GOV", "2017-03-02", "2021-01-20")],
     ["secretary"]),
    ("Rick Perry", [], "M", [("GOV", "2000-12-21", "2015-01-20"), ("PTY", "2015-06-04", "2015-09-11"),
                             ("GOV", "2017-03-02", "2019-12-01")], ["energy secretary", "governor"]),
    ("Ryan Zinke", [], "M", [("GOV", "2017-03-01", "2019-01-02")], ["interior secretary"]),
    ("Scott Pruitt", [], "M", [("GOV", "2017-02-17", "2018-07-06")], ["administrator"]),
    ("Andrew Wheeler", [], "M", [("GOV", "2018-04-20", "2021-01-20")], ["administrator"]),
    ("Tom Price", [], "M", [("LEG", "2005-01-03", "2017-02-10"), ("GOV", "2017-02-10", "2017-09-29")],
     ["secretary"]),
    ("Alex Azar", [], "M", [("GOV", "2018-01-29", "2021-01-20")], ["secretary"]),
    ("Elaine Chao", [], "F", [("GOV", "2001-01-29", "2009-01-20"), ("GOV", "2017-01-31", "2021-01-11")],
     ["secretary"]),
    ("Sonny Perdue", [], "M", [("GOV", "2017-04-25", "2021-01-20")], ["agriculture secretary"]),
    ("Alexander Acosta", ["Alex Acosta"], "M", [("GOV", "2017-04-28", "2019-07-19")], ["labor secretary"]),
    ("David Shulkin", [], "M", [("GOV", "2015-07-07", "2018-03-28")], ["secretary"]),
    ("Stephen Biegun", ["Steve Biegun"], "M", [("GOV", "2018-08-23", "2021-01-20")],
     ["special representative", "deputy secretary of state"]),
    ("John J. Sullivan", [], "M", [("GOV", "2017-05-24", "2022-10-06")], ["deputy secretary of state", "ambassador"]),
    ("Deborah Birx", [], "F", [("GOV", "2014-04-04", "2021-01-20")], ["coordinator", "ambassador"]),
    # -- the Supreme Court
    ("John Roberts", [], "M", [("JUD", "2003-06-02", None)], ["chief justice", "justice"]),
    ("Antonin Scalia", [], "M", [("JUD", "1986-09-26", "2016-02-13")], ["justice"]),
    ("Anthony Kennedy", [], "M", [("JUD", "1988-02-18", "2018-07-31")], ["justice"]),
    ("Clarence Thomas", [], "M", [("JUD", "1991-10-23", None)], ["justice"]),
    ("Ruth Bader Ginsburg", [], "F", [("JUD", "1980-06-30", "2020-09-18")], ["justice"]),
    ("Stephen Breyer", [], "M", [("JUD", "1980-12-10", "2022-06-30")], ["justice"]),
    ("Samuel Alito", [], "M", [("JUD", "1990-04-30", None)], ["justice"]),
    ("Sonia Sotomayor", [], "F", [("JUD", "1992-10-01", None)], ["justice"]),
    ("Elena Kagan", [], "F", [("GOV", "2009-03-19", "2010-05-17"), ("JUD", "2010-08-07", None)], ["justice"]),
    ("Neil Gorsuch", [], "M", [("JUD", "2006-08-08", None)], ["justice"]),
    ("Brett Kavanaugh", [], "M", [("JUD", "2006-05-30", None)], ["justice", "judge"]),
    ("Amy Coney Barrett", [], "F", [("JUD", "2017-11-02", None)], ["justice", "judge"]),
    ("Merrick Garland", [], "M", [("JUD", "1997-03-20", "2021-03-10"), ("GOV", "2021-03-11", "2025-01-20")],
     ["judge", "attorney general"]),
    # -- governors
    ("Jerry Brown", ["Edmund G. Brown Jr."], "M", [("GOV", "2011-01-03", "2019-01-07")], ["governor"]),
    ("Arnold Schwarzenegger", [], "M", [("GOV", "2003-11-17", "2011-01-03")], ["governor"]),
    ("Gavin Newsom", [], "M", [("GOV", "2011-01-10", None)], ["governor"]),
    ("Andrew Cuomo", [], "M", [("GOV", "2007-01-01", "2021-08-23")], ["governor"]),
    ("Chris Christie", [], "M", [("GOV", "2010-01-19", "2018-01-16")], ["governor"]),
    ("Scott Walker", [], "M", [("GOV", "2011-01-03", "2019-01-07")], ["governor"]),
    ("John Kasich", [], "M", [("GOV", "2011-01-10", "2019-01-14")], ["governor"]),
    ("Greg Abbott", [], "M", [("GOV", "2015-01-20", None)], ["governor"]),
    ("Ron DeSantis", [], "M", [("LEG", "2013-01-03", "2018-09-10"), ("GOV", "2019-01-08", None)], ["governor"]),
    ("Bobby Jindal", [], "M", [("GOV", "2008-01-14", "2016-01-11")], ["governor"]),
    ("Jeb Bush", [], "M", [("GOV", "1999-01-05", "2007-01-02"), ("PTY", "2015-06-15", "2016-02-20")], ["governor"]),
    ("Larry Hogan", [], "M", [("GOV", "2015-01-21", "2023-01-18")], ["governor"]),
    ("Gretchen Whitmer", [], "F", [("GOV", "2019-01-01", None)], ["governor"]),
    ("Sarah Palin", [], "F", [("GOV", "2006-12-04", "2009-07-26")], ["governor"]),
    # -- members of Congress who left it before 2026
    ("Paul Ryan", [], "M", [("LEG", "1999-01-03", "2019-01-03")], ["speaker", "congressman"]),
    ("Harry Reid", [], "M", [("LEG", "1983-01-03", "2017-01-03")], ["senator", "majority leader"]),
    ("John McCain", [], "M", [("LEG", "1983-01-03", "2018-08-25")], ["senator"]),
    ("Eric Cantor", [], "M", [("LEG", "2001-01-03", "2014-08-18")], ["majority leader", "congressman"]),
    ("John Boehner", [], "M", [("LEG", "1991-01-03", "2015-10-31")], ["speaker", "congressman"]),
    ("Patrick Leahy", [], "M", [("LEG", "1975-01-03", "2023-01-03")], ["senator"]),
    ("Bill Nelson", [], "M", [("LEG", "1979-01-03", "1991-01-03"), ("LEG", "2001-01-03", "2019-01-03"),
                              ("GOV", "2021-05-03", "2025-01-20")], ["senator", "administrator"]),
    ("Dave Camp", [], "M", [("LEG", "1991-01-03", "2015-01-03")], ["congressman", "chairman"]),
    ("Jon Kyl", [], "M", [("LEG", "1987-01-03", "2013-01-03"), ("LEG", "2018-09-05", "2018-12-31")], ["senator"]),
    ("Kevin McCarthy", [], "M", [("LEG", "2007-01-03", "2023-12-31")], ["speaker", "majority leader"]),
    ("Marco Rubio", [], "M", [("LEG", "2011-01-03", "2025-01-20"), ("GOV", "2025-01-21", None)], ["senator"]),
    ("Joe Manchin", [], "M", [("GOV", "2005-01-17", "2010-11-15"), ("LEG", "2010-11-15", "2025-01-03")], ["senator"]),
    ("Kyrsten Sinema", [], "F", [("LEG", "2013-01-03", "2025-01-03")], ["senator"]),
    ("Dianne Feinstein", [], "F", [("LEG", "1992-11-10", "2023-09-29")], ["senator"]),
    ("Orrin Hatch", [], "M", [("LEG", "1977-01-03", "2019-01-03")], ["senator"]),
    ("Bob Corker", [], "M", [("LEG", "2007-01-03", "2019-01-03")], ["senator"]),
    ("Jeff Flake", [], "M", [("LEG", "2001-01-03", "2019-01-03")], ["senator"]),
    ("Al Franken", [], "M", [("LEG", "2009-07-07", "2018-01-02")], ["senator"]),
    ("Claire McCaskill", [], "F", [("LEG", "2007-01-03", "2019-01-03")], ["senator"]),
    ("Joe Donnelly", [], "M", [("LEG", "2007-01-03", "2019-01-03")], ["senator"]),
    ("Heidi Heitkamp", [], "F", [("LEG", "2013-01-03", "2019-01-03")], ["senator"]),
    ("Lamar Alexander", [], "M", [("LEG", "2003-01-03", "2021-01-03")], ["senator"]),
    ("Richard Burr", [], "M", [("LEG", "1995-01-03", "2023-01-03")], ["senator"]),
    ("Rob Portman", [], "M", [("LEG", "2011-01-03", "2023-01-03")], ["senator"]),
    ("Pat Toomey", [], "M", [("LEG", "2011-01-03", "2023-01-03")], ["senator"]),
    ("Ben Sasse", [], "M", [("LEG", "2015-01-03", "2023-01-08")], ["senator"]),
    ("Trey Gowdy", [], "M", [("LEG", "2011-01-03", "2019-01-03")], ["congressman"]),
    ("Devin Nunes", [], "M", [("LEG", "2003-01-03", "2022-01-01")], ["congressman", "chairman"]),
    ("Jason Chaffetz", [], "M", [("LEG", "2009-01-03", "2017-06-30")], ["congressman", "chairman"]),
    ("Elijah Cummings", [], "M", [("LEG", "1996-04-16", "2019-10-17")], ["congressman"]),
    ("John Lewis", [], "M", [("LEG", "1987-01-03", "2020-07-17")], ["congressman"]),
    ("Steve King", [], "M", [("LEG", "2003-01-03", "2021-01-03")], ["congressman"]),
    ("Justin Amash", [], "M", [("LEG", "2011-01-03", "2021-01-03")], ["congressman"]),
    ("Beto O'Rourke", [], "M", [("LEG", "2013-01-03", "2019-01-03"), ("PTY", "2019-03-14", "2019-11-01")],
     ["congressman"]),
    ("Adam Kinzinger", [], "M", [("LEG", "2011-01-03", "2023-01-03")], ["congressman"]),
    ("Liz Cheney", [], "F", [("LEG", "2017-01-03", "2023-01-03")], ["congresswoman"]),
    ("Tulsi Gabbard", [], "F", [("LEG", "2013-01-03", "2021-01-03"), ("SPY", "2025-02-12", None)], ["congresswoman"]),
    # -- presidential candidates and campaign chiefs who held no office at the time
    ("Mitt Romney", [], "M", [("GOV", "2003-01-02", "2007-01-04"), ("PTY", "2011-06-02", "2012-11-06"),
                              ("LEG", "2019-01-03", "2025-01-03")], ["governor", "senator", "nominee"]),
    ("Carly Fiorina", [], "F", [("PTY", "2015-05-04", "2016-02-10")], []),
    ("Pete Buttigieg", [], "M", [("GOV", "2012-01-01", "2020-01-01"), ("PTY", "2020-01-01", "2020-03-01"),
                                 ("GOV", "2021-02-03", "2025-01-20")], ["mayor", "secretary"]),
    ("Michael Bloomberg", ["Mike Bloomberg"], "M", [("GOV", "2002-01-01", "2013-12-31"),
                                                   ("PTY", "2019-11-24", "2020-03-04")], ["mayor"]),
    ("Andrew Yang", [], "M", [("PTY", "2017-11-06", "2020-02-11")], []),
    ("Paul Manafort", [], "M", [("PTY", "2016-03-28", "2016-08-19")], ["campaign chairman"]),
    ("George Papadopoulos", [], "M", [("PTY", "2016-03-01", "2016-10-01")], ["adviser"]),
    ("Roger Stone", [], "M", [("PTY", None, None)], []),
    ("Corey Lewandowski", [], "M", [("PTY", "2015-01-01", "2016-06-20")], ["campaign manager"]),
    ("Brad Parscale", [], "M", [("PTY", "2018-02-27", "2020-07-15")], ["campaign manager"]),
    ("Robby Mook", [], "M", [("PTY", "2015-04-12", "2016-11-08")], ["campaign manager"]),
    ("John Podesta", [], "M", [("GOV", "2014-01-01", "2015-02-13"), ("PTY", "2015-02-13", "2016-11-08")],
     ["counselor", "campaign chairman"]),
    ("Jim Messina", [], "M", [("GOV", "2009-01-20", "2011-01-31"), ("PTY", "2011-04-04", "2012-11-06")],
     ["campaign manager"]),
    # -- national news anchors, hosts and columnists
    ("Bob Woodward", [], "M", [("JRN", None, None)], []),
    ("Rachel Maddow", [], "F", [("JRN", None, None)], []),
    ("Sean Hannity", [], "M", [("JRN", None, None)], []),
    ("Tucker Carlson", [], "M", [("JRN", None, None)], []),
    ("Chris Wallace", [], "M", [("JRN", None, None)], []),
    ("Wolf Blitzer", [], "M", [("JRN", None, None)], []),
    ("Anderson Cooper", [], "M", [("JRN", None, None)], []),
    ("Jake Tapper", [], "M", [("JRN", None, None)], []),
    ("Chuck Todd", [], "M", [("JRN", None, None)], []),
    ("George Stephanopoulos", [], "M", [("GOV", "1993-01-20", "1996-12-31"), ("JRN", "1997-01-01", None)], []),
    ("Megyn Kelly", [], "F", [("JRN", None, None)], []),
    ("Bill O'Reilly", [], "M", [("JRN", None, None)], []),
    ("Rush Limbaugh", [], "M", [("JRN", None, None)], []),
    ("Laura Ingraham", [], "F", [("JRN", None, None)], []),
    ("Joe Scarborough", [], "M", [("LEG", "1995-01-03", "2001-09-06"), ("JRN", "2003-01-01", None)], []),
    ("Mika Brzezinski", [], "F", [("JRN", None, None)], []),
    # people in the period's news for what they did outside office: American, of no office's sector
    ("Rudy Giuliani", ["Rudolph Giuliani"], "M", [("GOV", "1994-01-01", "2001-12-31"), ("", "2002-01-01", None)],
     ["mayor"]),
    ("Michael Cohen", [], "M", [("", None, None)], []),
    ("Edward Snowden", [], "M", [("", None, None)], []),
    ("Lester Holt", [], "M", [("JRN", None, None)], []),
    ("Maggie Haberman", [], "F", [("JRN", None, None)], []),
    ("David Ignatius", [], "M", [("JRN", None, None)], []),
    ("Thomas Friedman", ["Thomas L. Friedman"], "M", [("JRN", None, None)], []),
    ("Paul Krugman", [], "M", [("JRN", None, None)], []),
]


# The heads and envoys of the UN, the EU, NATO and the other intergovernmental bodies in the period's
# news, whom the sources hold only by their national offices (Phoenix's "Ban Ki-moon" is South Korea's
# foreign minister; its "Donald Tusk" and "Herman van Rompuy" are still prime ministers) or not at all.
# Who acts for an IGO has its sector and no country (the guidelines' IGO): each row is (name, aliases,
# gender, offices, title nouns) where an office is a whole code with its dates (IGOUNO the UN, IGOEUR
# the EU, IGO another body; a national office under its country), and an undated elite code of the
# person's country for the time outside any office. Dates are those of taking and leaving office (the
# month's first where the day is not well known).
IGO_OFFICIALS: list[tuple[str, list[str], str, list[_Office], list[str]]] = [
    ("Ban Ki-moon", ["Ban Ki Moon"], "M", [("IGOUNO", "2007-01-01", "2016-12-31"), ("KORELI", None, None)],
     ["secretary general", "secretary-general"]),
    ("Antonio Guterres", ["António Guterres"], "M", [("IGOUNO", "2005-06-15", "2015-12-31"),
                                                    ("IGOUNO", "2017-01-01", None), ("PRTELI", None, None)],
     ["secretary general", "secretary-general"]),
    ("Catherine Ashton", [], "F", [("IGOEUR", "2009-12-01", "2014-10-31"), ("GBRELI", None, None)],
     ["high representative", "foreign policy chief"]),
    ("Federica Mogherini", [], "F", [("ITAGOV", "2014-02-22", "2014-10-31"), ("IGOEUR", "2014-11-01", "2019-11-30"),
                                     ("ITAELI", None, None)], ["high representative", "foreign policy chief"]),
    ("Josep Borrell", [], "M", [("ESPGOV", "2018-06-07", "2019-11-30"), ("IGOEUR", "2019-12-01", None),
                                ("ESPELI", None, None)], ["high representative", "foreign policy chief"]),
    ("Donald Tusk", [], "M", [("POLGOV", "2007-11-16", "2014-09-22"), ("IGOEUR", "2014-12-01", "2019-11-30"),
                              ("POLELI", None, None)], ["president", "prime minister"]),
    ("Herman Van Rompuy", [], "M", [("BELGOV", "2008-12-30", "2009-11-25"), ("IGOEUR", "2009-12-01", "2014-11-30"),
                                    ("BELELI", None, None)], ["president"]),
    ("Charles Michel", [], "M", [("BELGOV", "2014-10-11", "2019-10-27"), ("IGOEUR", "2019-12-01", None),
                                 ("BELELI", None, None)], ["president", "prime minister"]),
    ("Jean-Claude Juncker", [], "M", [("LUXGOV", "1995-01-20", "2013-12-04"), ("IGOEUR", "2014-11-01", "2019-11-30"),
                                      ("LUXELI", None, None)], ["president"]),
    ("Jose Manuel Barroso", ["José Manuel Barroso"], "M", [("IGOEUR", "2004-11-22", "2014-10-31"),
                                                          ("PRTELI", None, None)], ["president"]),
    ("Ursula von der Leyen", [], "F", [("DEUGOV", "2005-11-22", "2019-07-17"), ("IGOEUR", "2019-12-01", None),
                                       ("DEUELI", None, None)], ["president", "defense minister"]),
    ("Michel Barnier", [], "M", [("IGOEUR", "2010-02-09", "2014-10-31"), ("IGOEUR", "2016-10-01", "2021-03-31"),
                                 ("FRAELI", None, None)], ["negotiator", "commissioner"]),
    ("Mario Draghi", [], "M", [("IGOEUR", "2011-11-01", "2019-10-31"), ("ITAGOV", "2021-02-13", None),
                               ("ITAELI", None, None)], ["president"]),
    ("Jens Stoltenberg", [], "M", [("NORGOV", "2005-10-17", "2013-10-16"), ("IGO", "2014-10-01", None),
                                   ("NORELI", None, None)], ["secretary general", "secretary-general"]),
    ("Anders Fogh Rasmussen", [], "M", [("DNKGOV", "2001-11-27", "2009-04-05"), ("IGO", "2009-08-01", "2014-09-30"),
                                        ("DNKELI", None, None)], ["secretary general", "secretary-general"]),
    ("Christine Lagarde", [], "F", [("FRAGOV", "2007-06-19", "2011-06-29"), ("IGO", "2011-07-05", "2019-09-12"),
                                    ("IGOEUR", "2019-11-01", None), ("FRAELI", None, None)],
     ["managing director", "president"]),
    ("Kristalina Georgieva", [], "F", [("IGO", "2019-10-01", None), ("BGRELI", None, None)], ["managing director"]),
    ("Jim Yong Kim", [], "M", [("IGO", "2012-07-01", "2019-02-01"), ("USAELI", None, None)], []),
    ("Yukiya Amano", [], "M", [("IGOUNO", "2009-12-01", "2019-07-18"), ("JPNELI", None, None)], ["director general"]),
    ("Rafael Grossi", ["Rafael Mariano Grossi"], "M", [("IGOUNO", "2019-12-03", None), ("ARGELI", None, None)],
     ["director general"]),
    ("Tedros Adhanom Ghebreyesus", ["Tedros Adhanom"], "M", [("IGOUNO", "2017-07-01", None), ("ETHELI", None, None)],
     ["director general"]),
    ("Staffan de Mistura", [], "M", [("IGOUNO", "2014-07-10", "2018-12-31"), ("ITAELI", None, None)], ["envoy"]),
    ("Lakhdar Brahimi", [], "M", [("IGOUNO", "2012-08-17", "2014-05-31"), ("DZAELI", None, None)], ["envoy"]),
    ("Martin Griffiths", [], "M", [("IGOUNO", "2018-02-16", None), ("GBRELI", None, None)], ["envoy"]),
    ("Zeid Ra'ad al-Hussein", ["Zeid Raad al-Hussein", "Zeid Ra'ad Al Hussein"], "M",
     [("IGOUNO", "2014-09-01", "2018-08-31"), ("JORELI", None, None)], ["high commissioner"]),
    ("Michelle Bachelet", [], "F", [("CHLGOV", "2006-03-11", "2010-03-11"), ("CHLGOV", "2014-03-11", "2018-03-11"),
                                    ("IGOUNO", "2018-09-01", "2022-08-31"), ("CHLELI", None, None)],
     ["high commissioner", "president"]),
    ("Filippo Grandi", [], "M", [("IGOUNO", "2016-01-01", None), ("ITAELI", None, None)], ["high commissioner"]),
    ("Mark Lowcock", [], "M", [("IGOUNO", "2017-09-01", "2021-06-30"), ("GBRELI", None, None)], []),
    ("Lassina Zerbo", [], "M", [("IGO", "2013-08-01", "2021-07-31"), ("BFAELI", None, None)], ["executive secretary"]),
    ("Nabil Elaraby", ["Nabil el-Araby", "Nabil al-Arabi"], "M", [("EGYGOV", "2011-03-07", "2011-07-01"),
                                                                ("IGO", "2011-07-01", "2016-07-03"), ("EGYELI", None, None)],
     ["secretary general", "secretary-general"]),
    ("Ahmed Aboul Gheit", [], "M", [("EGYGOV", "2004-07-14", "2011-03-06"), ("IGO", "2016-07-03", None),
                                    ("EGYELI", None, None)], ["secretary general", "secretary-general"]),
    ("Roberto Azevedo", ["Roberto Azevêdo"], "M", [("IGO", "2013-09-01", "2020-08-31"), ("BRAELI", None, None)],
     ["director general"]),
]


def official_entries() -> list[Entry]:
    """The tables as dictionary entries: dated codes (American for the US table), the gender and the
    title nouns."""
    return [Entry(name=name, codes=[("USA" + sector, start, end) for sector, start, end in offices],
                  aliases=list(aliases), kind="person", gender=gender, titles=list(titles))
            for name, aliases, gender, offices, titles in US_OFFICIALS] + [
        Entry(name=name, codes=list(offices), aliases=list(aliases), kind="person", gender=gender, titles=list(titles))
        for name, aliases, gender, offices, titles in IGO_OFFICIALS]


def add_officials(actors: Dictionary) -> None:
    """Add the table to the bundled actors. A person no source holds is a new entry. A person a source
    already holds keeps that entry, which the table completes: Phoenix ends in early 2014 and leaves
    an office then held open-ended ("John Kerry", secretary of state with no end) and gives no title
    nouns, so a bare "Mr. Kerry" found no officeholder and a 2019 "Kerry" stayed in office. The
    table's offices go first and replace the source's open-ended ones; the source's ended offices
    and undated codes stay after them. A name a source gives to a body with no dated office ("John
    Kirby" among the US military's aliases) is the table's person."""
    for entry in official_entries():
        names = (entry.name, *entry.aliases)
        known = next((k for n in names if (k := actors.lookup(n)) is not None), None)
        if known is None:
            actors.add(entry)
        elif known.kind not in (None, "person") and not any(start or end for _c, start, end in known.codes):
            actors.add(entry, first=True)
        elif norm(known.name).split()[-1:] == norm(entry.name).split()[-1:]:
            ended = [c for c in known.codes if not (c[1] is not None and c[2] is None) and c not in entry.codes]
            known.codes[:] = entry.codes + ended
            known.kind = "person"
            known.titles = known.titles or entry.titles
            known.gender = known.gender or entry.gender
            for n in names:
                key = norm(n)
                if key and actors.lookup(n) is None:
                    (actors.exact if known.exact else actors.stems)[key] = known


# Presidential nominees and running mates of the two parties, 2012-2020, in the years their
# candidacy made them party figures (PTY, as the guidelines code a candidate who holds no office): from
# the day they declared (a running mate: the day they were picked) to the eve of the inauguration, or, for a
# nominee who lost and took no office afterwards, on with no end, as the party's standard-bearer.
# These are added before the sources' own codes of the same person, which Phoenix and the executive
# branch's file give only as offices (Phoenix's "Mitt Romney" is a former governor, an elite, and
# executive.yaml's "Donald Trump" starts on 2017-01-20), so a candidacy is read before an office
# that ended earlier. A candidate who sat in Congress or held another office (Sanders, Kaine, Ryan)
# keeps that office: a sitting senator running for president is LEG.
US_CANDIDACIES: list[tuple[str, list[_Office]]] = [
    ("Mitt Romney", [("PTY", "2011-06-02", "2019-01-02")]),
    ("Hillary Clinton", [("PTY", "2015-04-12", None)]),
    ("Donald Trump", [("PTY", "2015-06-16", "2017-01-19")]),
    ("Mike Pence", [("PTY", "2016-07-15", "2017-01-19")]),
    ("Joe Biden", [("PTY", "2019-04-25", "2021-01-19")]),
]


def candidacy_codes() -> list[tuple[str, list[tuple[str, str | None, str | None]]]]:
    """The candidacies as (name, dated American codes)."""
    return [(name, [("USA" + sector, start, end) for sector, start, end in offices])
            for name, offices in US_CANDIDACIES]
