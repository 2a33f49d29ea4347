"""Reading sources into Documents: plain text, HTML, JSON Lines (optionally gzip'd), and folders of these.

``load(paths)`` yields, in a stable order, one ``Document`` per article read and one ``Rejected`` per
input that could not be read, with a one-line reason. It never raises for a bad file: the run goes on
(a ``ref`` given for inputs that are not one text or HTML document is the caller's error, an InputError).
"""

from __future__ import annotations

from ..records import Rejected
from ._checks import DEFAULT_MAX_BYTES, check_text, decode
from ._html import parse_html
from ._load import check_ref, load, load_text, sniff_format, valid_ref

__all__ = ["load", "parse_html", "load_text", "check_ref", "valid_ref", "Rejected", "sniff_format", "check_text", "decode", "DEFAULT_MAX_BYTES"]
