"""The day's synthesis as a PDF (reportlab Platypus). No Qt here."""

from facilitateur.export.pdf.data import Synthesis, gather
from facilitateur.export.pdf.document import (
    SECTIONS,
    LayoutFailure,
    PageSize,
    Section,
    export_pdf,
    write_pdf,
)

__all__ = [
    "SECTIONS",
    "LayoutFailure",
    "PageSize",
    "Section",
    "Synthesis",
    "export_pdf",
    "gather",
    "write_pdf",
]
