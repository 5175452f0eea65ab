"""The day's synthesis as a PDF (reportlab Platypus). No Qt here."""

from facilitateur.export.pdf.document import SECTIONS, export_pdf

__all__ = ["SECTIONS", "export_pdf"]
