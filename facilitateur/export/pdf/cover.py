"""The cover of the synthesis: title, dates, venue, organiser, authors, a logo."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Spacer

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.data import Synthesis
from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.style import drawable, styles
from facilitateur.export.pdf.text import RTL, clean, safe
from facilitateur.export.pdf.typography import typeset

FRAME_WIDTH = 17 * cm - 12  # the page's frame, less its padding
SMALLEST = 9.0  # points: the venue is not drawn smaller to stay on one line


def fitted(style: ParagraphStyle, text: str, width: float = FRAME_WIDTH) -> ParagraphStyle:
    """The style at the size (down to 9 points) at which the text holds on one line; the
    style as it is when it cannot (it then wraps)."""
    if RTL.search(text):
        return style
    size = style.fontSize
    while stringWidth(drawable(text), style.fontName, size) > width and size > SMALLEST:
        size -= 0.5
    if stringWidth(drawable(text), style.fontName, size) > width:
        return style
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.35)


def cover(d: Synthesis, w: Wording) -> list[Flowable]:
    """Title, what the document is, dates, venue, organiser, authors, a logo."""
    st = styles()
    lang = w.lang
    kind = w["synthesis" if d.ran else "programme_doc"]
    out: list[Flowable] = [Spacer(1, 5 * cm if d.logo is None else 2 * cm)]
    if d.logo is not None:
        out += [cover_logo(d.logo), Spacer(1, 1.2 * cm)]
    out += [
        Paragraph(safe(d.title, lang) or kind, st["cover"]),
        Paragraph(kind, st["coverkind"]),
    ]
    for text in (w.dates(d.dates), d.venue, d.organiser):
        if text:
            plain = typeset(clean(text), lang)
            out.append(Paragraph(safe(text, lang), fitted(st["coversub"], plain)))
    if d.authors:
        out += [
            Spacer(1, 2 * cm),
            Paragraph(w.field(w["authors"], safe(w.join(d.authors), lang)), st["coversub"]),
        ]
    return out


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
