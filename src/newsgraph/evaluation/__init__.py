"""Scorers for the evaluation sets (``newsgraph eval``)."""
