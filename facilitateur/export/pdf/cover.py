"""The cover of the synthesis: title, dates, venue, organiser, authors, a logo."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Image, PageBreak, Spacer

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.data import Synthesis
from facilitateur.export.pdf.labels import LABELS, long_date
from facilitateur.export.pdf.style import styles
from facilitateur.export.pdf.text import safe


def cover(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    dates = " – ".join(
        long_date(x, lang) for x in (d.dates[:1] + d.dates[-1:] if len(d.dates) > 1 else d.dates)
    )
    out = [Spacer(1, 5 * cm if d.logo is None else 2 * cm)]
    if d.logo is not None:
        out += [cover_logo(d.logo), Spacer(1, 1.2 * cm)]
    out += [
        Paragraph(safe(d.title) or L["synthesis"], st["cover"]),
        Paragraph(L["synthesis"], st["coversub"]),
    ]
    for text in (dates, d.venue, d.organiser):
        if text:
            out.append(Paragraph(safe(text), st["coversub"]))
    if d.authors:
        out += [
            Spacer(1, 2 * cm),
            Paragraph(
                f"{L['authors']} : " if lang == "fr" else f"{L['authors']}: ", st["coversub"]
            ),
            Paragraph(safe(", ".join(d.authors)), st["coversub"]),
        ]
    return [*out, PageBreak()]


LOGO_MAX = (7 * cm, 3.5 * cm)


def logo_size(path: Path) -> tuple[float, float]:
    """The logo's drawn size (within 7 × 3.5 cm, proportions kept); ValueError, saying why,
    for a file that is not a PNG or JPEG image."""
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab and Pillow raise many kinds, with long technical texts
        raise ValueError(f"{path}: not an image that can go in a PDF (PNG or JPEG)") from None
    if width <= 0 or height <= 0:
        raise ValueError(f"{path}: an image without size")
    scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    return width * scale, height * scale


def cover_logo(path: Path) -> Image:
    width, height = logo_size(path)
    return Image(str(path), width=width, height=height, hAlign="CENTER")
