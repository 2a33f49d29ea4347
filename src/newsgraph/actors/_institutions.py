"""The US federal institutions, national parties and Washington think tanks that English political
news names without a country ("the House", "the Justice Department", "Republicans", "the Heritage
Foundation"): knowledge-base entries, added to the bundled dictionaries, that an informed reader of
the period takes to be American.

Phoenix knows the Senate, the Congress written "U.S. Congress", the Pentagon and the CIA, but not the
House, the executive departments or the parties. Each entry is (name, CAMEO-style code, aliases,
kind): the sector is the guidelines' (a chamber and its committees are LEG, a party PTY, a department
GOV). A party named by its members ("Republicans") is a group; the text may still give another
country ("Sweden Democrats" is a longer name and is not matched).
"""

from __future__ import annotations

import functools

from ._dictionaries import Entry, norm

__all__ = ["US_INSTITUTIONS", "NATIONAL_BODIES", "INTERNATIONAL_BODIES", "COMPANIES", "SERVICES_AND_OUTLETS",
           "institution_entries", "un_body"]

US_INSTITUTIONS: list[tuple[str, str, list[str], str]] = [
    ("U.S. House of Representatives", "USALEG", ["House of Representatives", "House", "U.S. House",
                                                 "US House"], "organization"),
    ("U.S. Congress", "USALEG", ["Congress", "United States Congress", "US Congress"], "organization"),
    ("U.S. Senate", "USALEG", ["United States Senate", "US Senate"], "organization"),
    ("Republican Party", "USAPTY", ["GOP", "Republican National Committee", "RNC", "GOP leadership"],
     "organization"),
    ("Democratic Party", "USAPTY", ["Democratic National Committee", "DNC"], "organization"),
    ("Republicans", "USAPTY", ["House Republicans", "Senate Republicans", "congressional Republicans"], "group"),
    ("Democrats", "USAPTY", ["House Democrats", "Senate Democrats", "congressional Democrats"], "group"),
    ("U.S. Department of Justice", "USAGOV", ["Justice Department", "Department of Justice", "DOJ"],
     "organization"),
    ("U.S. Department of State", "USAGOV", ["State Department", "Department of State"], "organization"),
    ("U.S. Department of Homeland Security", "USAGOV", ["Department of Homeland Security",
                                                        "Homeland Security", "DHS"], "organization"),
    ("U.S. Department of the Treasury", "USAGOV", ["Treasury Department", "Treasury", "Department of the Treasury"],
     "organization"),
    ("U.S. Department of Defense", "USAMIL", ["Defense Department", "Department of Defense", "DOD"],
     "organization"),
    ("U.S. Department of Commerce", "USAGOV", ["Commerce Department", "Department of Commerce"], "organization"),
    ("U.S. Department of Labor", "USAGOV", ["Labor Department", "Department of Labor"], "organization"),
    ("U.S. Department of Energy", "USAGOV", ["Energy Department", "Department of Energy"], "organization"),
    ("U.S. Department of Agriculture", "USAGOV", ["Agriculture Department", "Department of Agriculture", "USDA"],
     "organization"),
    ("U.S. Immigration and Customs Enforcement", "USACOP", ["Immigration and Customs Enforcement", "ICE"],
     "organization"),
    ("U.S. Customs and Border Protection", "USACOP", ["Customs and Border Protection", "CBP", "Border Patrol",
                                                      "U.S. Border Patrol"], "organization"),
    ("U.S. Supreme Court", "USAJUD", ["Supreme Court", "U.S. Supreme Court"], "organization"),
    ("Federal Reserve", "USAGOV", ["Fed", "U.S. Federal Reserve"], "organization"),
    ("U.S. Secret Service", "USACOP", ["Secret Service"], "organization"),
    ("Congressional Research Service", "USALEG", ["CRS"], "organization"),
    ("Congressional Budget Office", "USALEG", ["CBO"], "organization"),
    ("Government Accountability Office", "USALEG", ["GAO"], "organization"),
    ("Federal Communications Commission", "USAGOV", ["FCC"], "organization"),
    ("Federal Election Commission", "USAGOV", ["FEC"], "organization"),
    ("Securities and Exchange Commission", "USAGOV", [], "organization"),
    ("Centers for Disease Control and Prevention", "USAGOV", ["Centers for Disease Control", "CDC"], "organization"),
    ("Food and Drug Administration", "USAGOV", ["FDA"], "organization"),
    ("Federal Aviation Administration", "USAGOV", ["FAA"], "organization"),
    ("National Transportation Safety Board", "USAGOV", ["NTSB"], "organization"),
    ("Internal Revenue Service", "USAGOV", ["IRS"], "organization"),
    ("Drug Enforcement Administration", "USACOP", ["DEA"], "organization"),
    ("Office of Foreign Assets Control", "USAGOV", ["OFAC"], "organization"),
    ("U.S. Department of Veterans Affairs", "USAGOV", ["Department of Veterans Affairs", "Veterans Affairs Department"],
     "organization"),
    ("U.S. Department of Education", "USAGOV", ["Department of Education", "Education Department"], "organization"),
    ("U.S. Department of Health and Human Services", "USAGOV", ["Department of Health and Human Services", "HHS",
                                                                "Health and Human Services"], "organization"),
    ("U.S. Department of Housing and Urban Development", "USAGOV", ["Department of Housing and Urban Development",
                                                                    "HUD"], "organization"),
    ("U.S. Department of the Interior", "USAGOV", ["Department of the Interior", "Interior Department"], "organization"),
    ("U.S. Department of Transportation", "USAGOV", ["Department of Transportation", "Transportation Department"],
     "organization"),
    ("Joint Chiefs of Staff", "USAMIL", ["Joint Chiefs", "U.S. Joint Chiefs of Staff"], "organization"),
    ("U.S. Navy", "USAMIL", ["US Navy"], "organization"),
    ("U.S. Air Force", "USAMIL", ["US Air Force"], "organization"),
    ("U.S. Marine Corps", "USAMIL", ["Marine Corps", "US Marine Corps"], "organization"),
    ("U.S. Coast Guard", "USAMIL", ["US Coast Guard"], "organization"),
    # Think tanks, pollsters and advocacy groups based in the US (the guidelines' sector SOC)
    ("Heritage Foundation", "USASOC", [], "organization"),
    ("Brookings Institution", "USASOC", ["Brookings"], "organization"),
    ("Council on Foreign Relations", "USASOC", [], "organization"),
    ("American Enterprise Institute", "USASOC", ["AEI"], "organization"),
    ("Cato Institute", "USASOC", [], "organization"),
    ("Hoover Institution", "USASOC", [], "organization"),
    ("Hudson Institute", "USASOC", [], "organization"),
    ("Atlantic Council", "USASOC", [], "organization"),
    ("Stimson Center", "USASOC", [], "organization"),
    ("Wilson Center", "USASOC", ["Woodrow Wilson International Center for Scholars"], "organization"),
    ("Carnegie Endowment for International Peace", "USASOC", [], "organization"),
    ("Pew Research Center", "USASOC", [], "organization"),
    ("National Rifle Association", "USASOC", ["NRA"], "organization"),
    ("Peterson Institute for International Economics", "USASOC", [], "organization"),
    ("Center for Strategic and International Studies", "USASOC", ["CSIS"], "organization"),
    ("Center for American Progress", "USASOC", [], "organization"),
    ("Foundation for Defense of Democracies", "USASOC", [], "organization"),
    ("Family Research Council", "USASOC", [], "organization"),
    ("Southern Poverty Law Center", "USASOC", [], "organization"),
    ("AARP", "USASOC", [], "organization"),
    # US federal bodies English news names without a country that the sources lack
    ("Transportation Security Administration", "USAGOV", ["TSA"], "organization"),
    ("North American Aerospace Defense Command", "USAMIL", ["NORAD"], "organization"),
    ("U.S. Army Corps of Engineers", "USAMIL", ["Army Corps of Engineers"], "organization"),
    ("Missile Defense Agency", "USAMIL", [], "organization"),
    ("U.S. Capitol Police", "USACOP", ["Capitol Police"], "organization"),
    ("Centers for Medicare and Medicaid Services", "USAGOV", [], "organization"),
    ("Trump administration", "USAGOV", ["Trump White House"], "organization"),
    ("Obama administration", "USAGOV", [], "organization"),
    ("Bush administration", "USAGOV", [], "organization"),
]

# Other states' bodies and parties that English news names without their country ("the Foreign
# Office", "Likud", "the Tories"), as an informed reader of the period knows them: the main parties of
# the states most in the news and Britain's offices of state. Names only of one state; "Labor",
# "Republicans" or "the Greens" name parties of several and are left out.
NATIONAL_BODIES: list[tuple[str, str, list[str], str]] = [
    ("Foreign Office", "GBRGOV", ["Foreign and Commonwealth Office", "FCO", "British Foreign Office"], "organization"),
    ("Home Office", "GBRGOV", ["British Home Office"], "organization"),
    ("Downing Street", "GBRGOV", ["No 10", "No. 10", "Number 10"], "organization"),
    ("Conservative Party", "GBRPTY", ["Tories", "Tory party", "British Conservative Party"], "organization"),
    ("Labour Party", "GBRPTY", ["Labour", "British Labour Party", "UK Labour Party"], "organization"),
    ("Liberal Democrats", "GBRPTY", ["Lib Dems"], "organization"),
    ("Scottish National Party", "GBRPTY", ["SNP"], "organization"),
    ("Democratic Unionist Party", "GBRPTY", ["DUP"], "organization"),
    ("Brexit Party", "GBRPTY", [], "organization"),
    ("UK Independence Party", "GBRPTY", ["UKIP"], "organization"),
    ("Likud", "ISRPTY", ["Likud party", "Likud Party"], "organization"),
    ("Blue and White", "ISRPTY", ["Blue and White party", "Blue and White Party"], "organization"),
    ("Yisrael Beiteinu", "ISRPTY", ["Yisrael Beytenu"], "organization"),
    ("Joint List", "ISRPTY", [], "organization"),
    ("National Front", "FRAPTY", ["Front National", "National Rally", "Rassemblement National"], "organization"),
    ("Christian Democratic Union", "DEUPTY", ["CDU"], "organization"),
    ("Social Democratic Party of Germany", "DEUPTY", ["SPD"], "organization"),
    ("Alternative for Germany", "DEUPTY", ["AfD"], "organization"),
    ("Justice and Development Party", "TURPTY", ["AK Party", "AKP"], "organization"),
    ("Republican People's Party", "TURPTY", ["CHP"], "organization"),
    ("United Russia", "RUSPTY", [], "organization"),
    ("Communist Party of China", "CHNPTY", ["Chinese Communist Party", "CCP"], "organization"),
    ("Freedom and Justice Party", "EGYPTY", [], "organization"),
    ("Al Nour", "EGYPTY", ["Nour Party", "al-Nour", "Al-Nour"], "organization"),
    ("African National Congress", "ZAFPTY", ["ANC"], "organization"),
    ("Liberal Democratic Party of Japan", "JPNPTY", ["LDP"], "organization"),
    ("Bharatiya Janata Party", "INDPTY", ["BJP"], "organization"),
]

# Bodies of the UN and the EU, and armed movements and parties of the period's wars, that the sources
# lack or hold under another name: news names them without their country or with the UN's own name
# ("the U.N. Human Rights Council", "the Syrian Democratic Forces", "the Houthis"). An IGO's body takes
# the IGO's code (no country, sector IGO); an armed movement its home country and REB.
INTERNATIONAL_BODIES: list[tuple[str, str, list[str], str]] = [
    ("UN Human Rights Council", "IGOUNO", ["Human Rights Council"], "organization"),
    ("UN Refugee Agency", "IGOUNOREF", ["UN High Commissioner for Refugees", "UN refugee agency"], "organization"),
    ("UN Relief and Works Agency", "IGOUNO", ["UNRWA", "UN Relief and Works Agency for Palestine Refugees"],
     "organization"),
    ("European Central Bank", "IGOEUR", ["ECB"], "organization"),
    ("Organization of the Petroleum Exporting Countries", "IGOOPC", [], "organization"),
    ("Syrian Democratic Forces", "SYRREB", ["SDF", "U.S.-backed Syrian Democratic Forces"], "organization"),
    ("People's Protection Units", "SYRREB", ["YPG", "Kurdish People's Protection Units"], "organization"),
    ("Houthis", "YEMREB", ["Houthi", "Houthi rebels", "Houthi movement", "Houthi militia", "Houthi fighters"],
     "organization"),
    ("Fatah", "PSEPTY", ["Fatah party", "Fatah movement"], "organization"),
]

# Companies of the period's news that the sources lack, under the sources' own code for a company of a
# home country (MNCUSA: an American company, BUS): the carriers, pollsters, banks and national
# champions English news names without their country ("FedEx", "Gallup", "Huawei", "Gazprom").
# Names that are also common words or places ("Amazon", "Shell", "Apple") are left out, and so are the
# social platforms ("Twitter", "Instagram"), which news names as the medium of a post far more often
# than as a party to an event (as actors, the train split's output gained junk and lost alignments).
COMPANIES: list[tuple[str, str, list[str], str]] = [
    ("Uber", "MNCUSA", [], "organization"),
    ("Walmart", "MNCUSA", ["Wal-Mart"], "organization"),
    ("FedEx", "MNCUSA", ["Federal Express"], "organization"),
    ("UPS", "MNCUSA", ["United Parcel Service"], "organization"),
    ("Gallup", "MNCUSA", [], "organization"),
    ("ExxonMobil", "MNCUSA", ["Exxon Mobil"], "organization"),
    ("General Motors", "MNCUSA", [], "organization"),
    ("JPMorgan Chase", "MNCUSA", ["JPMorgan", "JP Morgan"], "organization"),
    ("Intel", "MNCUSA", [], "organization"),
    ("Harley-Davidson", "MNCUSA", [], "organization"),
    ("Trump Organization", "MNCUSA", [], "organization"),
    ("Huawei", "MNCCHN", ["Huawei Technologies"], "organization"),
    ("ZTE", "MNCCHN", [], "organization"),
    ("Alibaba", "MNCCHN", [], "organization"),
    ("Tencent", "MNCCHN", [], "organization"),
    ("Gazprom", "MNCRUS", [], "organization"),
    ("Rosneft", "MNCRUS", [], "organization"),
    ("Saudi Aramco", "MNCSAU", ["Aramco"], "organization"),
    ("Volkswagen", "MNCDEU", [], "organization"),
    ("Lufthansa", "MNCDEU", [], "organization"),
    ("Statoil", "MNCNOR", ["Equinor"], "organization"),
    ("HSBC", "MNCGBR", [], "organization"),
    ("Bain Capital", "MNCUSA", [], "organization"),
    ("Koch Industries", "MNCUSA", [], "organization"),
    ("Ford Motor Company", "MNCUSA", ["Ford Motor", "Ford Motor Co."], "organization"),
    ("Tesla", "MNCUSA", ["Tesla Inc."], "organization"),
    ("SpaceX", "MNCUSA", [], "organization"),
    ("Moderna", "MNCUSA", [], "organization"),
    ("American Airlines", "MNCUSA", [], "organization"),
    ("United Airlines", "MNCUSA", [], "organization"),
    ("Delta Air Lines", "MNCUSA", [], "organization"),
    ("Air France", "MNCFRA", [], "organization"),
    ("Airbus", "MNCFRA", [], "organization"),
    ("Siemens", "MNCDEU", [], "organization"),
    ("Germanwings", "MNCDEU", [], "organization"),
    ("Nissan", "MNCJPN", [], "organization"),
    ("Malaysia Airlines", "MNCMYS", [], "organization"),
    ("Korean Air", "MNCKOR", [], "organization"),
    ("Sinopec", "MNCCHN", [], "organization"),
    ("Lukoil", "MNCRUS", [], "organization"),
    ("Aeroflot", "MNCRUS", [], "organization"),
    ("Naftogaz", "MNCUKR", [], "organization"),
]

# Intelligence services, offices and outlets, at home and abroad, that English news names without their
# country ("the GRU", "the Blue House", "BFMTV", "the Tennessean"), which the sources lack.
SERVICES_AND_OUTLETS: list[tuple[str, str, list[str], str]] = [
    ("GRU", "RUSSPY", ["Main Intelligence Directorate", "Russian military intelligence"], "organization"),
    ("SVR", "RUSSPY", ["Foreign Intelligence Service of Russia"], "organization"),
    ("Inter-Services Intelligence", "PAKSPY", [], "organization"),
    ("BFMTV", "FRAJRN", ["BFM TV"], "organization"),
    ("France 24", "FRAJRN", ["France24"], "organization"),
    ("REN-TV", "RUSJRN", ["REN TV"], "organization"),
    ("Blue House", "KORGOV", ["Cheong Wa Dae"], "organization"),
    ("Global Affairs Canada", "CANGOV", [], "organization"),
    ("Iranian Students' News Agency", "IRNJRN", ["ISNA", "ISNA news agency"], "organization"),
    ("Mehr News Agency", "IRNJRN", ["Mehr News"], "organization"),
    ("Le Parisien", "FRAJRN", [], "organization"),
    ("Asahi Shimbun", "JPNJRN", ["Asahi"], "organization"),
    ("Yomiuri Shimbun", "JPNJRN", ["Yomiuri"], "organization"),
    ("Des Moines Register", "USAJRN", [], "organization"),
    ("Rolling Stone", "USAJRN", [], "organization"),
    ("Washington Free Beacon", "USAJRN", ["Free Beacon"], "organization"),
    ("The Tennessean", "USAJRN", ["Tennessean"], "organization"),
]


def institution_entries() -> list[Entry]:
    """The tables as dictionary entries."""
    return [Entry(name=name, codes=[(code, None, None)], aliases=list(aliases), kind=kind)
            for name, code, aliases, kind in US_INSTITUTIONS + NATIONAL_BODIES + INTERNATIONAL_BODIES + COMPANIES
            + SERVICES_AND_OUTLETS]


# The last words of a body's name ("U.N. Human Rights Office", "the UN mission in Mali"): a name that
# opens with the UN's and ends in one of them is a UN body, whichever of its many the bases hold.
_UN_BODY_NOUNS = frozenset({"council", "agency", "commission", "committee", "office", "mission", "fund", "programme",
                            "program", "organization", "organisation", "court", "tribunal", "assembly", "panel",
                            "conference", "secretariat", "body", "bodies", "force", "forces", "operation"})


def un_body(text: str, lookup) -> Entry | None:
    """The entry of a UN body that ``lookup`` (a name -> entry function) does not hold under this
    name: "United Nations Security Council" is the bases' "UN Security Council"; any other name of
    the UN's own followed by a body's noun ("U.N. Human Rights Office") the UN (IGOUNO). None for
    other names."""
    if text[:1] not in ("U", "u") and text[:4].lower() != "the ":  # "UN", "the U.N.": most names leave here
        return None
    key = norm(text)
    if key.startswith("united nations "):
        key = "un " + key[len("united nations "):]
        hit = lookup(key)
        if hit is not None:
            return hit
    words = key.split()
    if len(words) < 2 or words[0] != "un" or words[-1] not in _UN_BODY_NOUNS:
        return None
    return _un_entry(text)


@functools.lru_cache(maxsize=256)
def _un_entry(text: str) -> Entry:
    return Entry(name=text, codes=[("IGOUNO", None, None)], kind="organization")
