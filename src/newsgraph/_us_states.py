"""The US states' names and the abbreviations news text writes beside a legislator's name ("D-Calif.",
"R-N.Y.", "(D-CA)", "Sen. X (R-Ky.)"), read by the actors stage (a description's state, a town's state after
a comma) and the quotes stage (a speaker's title)."""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "STATE_OF"]

# a state's name -> the abbreviations of it, lower-case and without dots
ABBREVIATIONS: dict[str, frozenset[str]] = {name: frozenset(abbr.split()) for name, abbr in {
    "alabama": "ala al", "alaska": "ak", "arizona": "ariz az", "arkansas": "ark ar", "california": "calif ca",
    "colorado": "colo co", "connecticut": "conn ct", "delaware": "del de", "florida": "fla fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "ill il", "indiana": "ind in", "iowa": "ia", "kansas": "kan ks",
    "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md", "massachusetts": "mass ma",
    "michigan": "mich mi", "minnesota": "minn mn", "mississippi": "miss ms", "missouri": "mo",
    "montana": "mont mt", "nebraska": "neb ne", "nevada": "nev nv", "new hampshire": "nh", "new jersey": "nj",
    "new mexico": "nm", "new york": "ny", "north carolina": "nc", "north dakota": "nd", "ohio": "oh",
    "oklahoma": "okla ok", "oregon": "ore or", "pennsylvania": "pa", "rhode island": "ri",
    "south carolina": "sc", "south dakota": "sd", "tennessee": "tenn tn", "texas": "tex tx", "utah": "ut",
    "vermont": "vt", "virginia": "va", "washington": "wash wa", "west virginia": "wva wv", "wisconsin": "wis wi",
    "wyoming": "wyo wy"}.items()}
# an abbreviation -> the state's name
STATE_OF: dict[str, str] = {a: name for name, abbrs in ABBREVIATIONS.items() for a in abbrs}
