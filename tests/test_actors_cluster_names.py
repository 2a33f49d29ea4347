"""Actor names as a reader writes them (no model needed)."""

from newsgraph.actors._cluster import tidy_name


def test_a_name_over_blanked_furniture_or_a_line_break_has_single_spaces():
    assert tidy_name("Jan Roe        's campaign") == "Jan Roe's campaign"
    assert tidy_name("Jan Roe\u2019s aides") == "Jan Roe\u2019s aides"
    assert tidy_name("the Ruritanian\n  Ministry of Roads") == "the Ruritanian Ministry of Roads"
    assert tidy_name(" Jan   Roe ") == "Jan Roe"


def test_a_name_without_extra_blanks_is_unchanged():
    for name in ("Jan Roe", "O'Neill", "Roe's", "U.S. Senate"):
        assert tidy_name(name) == name
