"""Reading a programme (pasted text, CSV, xlsx or JSON) into an agenda. No Qt here."""

from facilitateur.models.programme.api import FORMATS, parse_file, parse_programme
from facilitateur.models.programme.model import ProgrammeError

__all__ = ["FORMATS", "ProgrammeError", "parse_file", "parse_programme"]
