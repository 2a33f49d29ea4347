"""The CAMEO-to-PLOVER table that the CAMEO verb build and ``eval petrarch`` share."""

from newsgraph.evaluation._cameo2plover import plover_table, to_plover

ROWS = """\
# a comment
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
04: CONSULT
0431: CONSULT, visit # Host a visit
"""


def test_a_code_takes_its_own_row_or_its_nearest_coarser_type_without_a_mode(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text(ROWS, encoding="utf-8")
    table = plover_table(path)
    assert table["0431"] == ("CONSULT", "visit") and table["03"] == ("AGREE", "-")
    assert to_plover("0431", table) == ("CONSULT", "visit")
    assert to_plover("0432", table) == ("CONSULT", "-")  # no row: the root's type, no mode
    assert to_plover("0361", table) == ("AGREE", "-")
    assert to_plover("010", table) is None  # public statements have no PLOVER type
    assert to_plover("021", table) == ("REQUEST", "-")  # appeals: no row, REQUEST in PLOVER
    assert to_plover("99", table) is None
