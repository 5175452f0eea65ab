"""Assembling the synthesis: page layout, page numbers "x / y", contents, bookmarks, metadata;
written to a temporary file and renamed, so a failed export leaves no broken PDF."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from sqlalchemy.orm import Session

from facilitateur import __version__
from facilitateur.export.atomic import atomic_path
from facilitateur.export.pdf import sections
from facilitateur.export.pdf.data import gather
from facilitateur.export.pdf.labels import LABELS
from facilitateur.export.pdf.style import GREY, fonts, styles

SECTIONS = ("cover", "contents", "figures", "programme", "blocks", "actions", "speaking", "closing")


class _Numbered(Canvas):
    """Draws "title — page x / y" once the number of pages is known."""

    footer = ""
    page_word = "page {n} / {total}"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        regular, _bold = fonts()
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:  # no footer on the cover
                self.setFont(regular, 8)
                self.setFillColor(GREY)
                width = self._pagesize[0]
                self.drawString(2 * cm, 1.2 * cm, self.footer[:90])
                self.drawRightString(
                    width - 2 * cm, 1.2 * cm, self.page_word.format(n=self._pageNumber, total=total)
                )
            super().showPage()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, path: str, **kwargs) -> None:
        super().__init__(path, **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame])])
        self._outline = 0

    def beforeDocument(self) -> None:
        # multiBuild lays the document out several times: the keys must be the same each time.
        self._outline = 0

    def afterFlowable(self, flowable) -> None:
        """Headings go into the contents and become PDF bookmarks."""
        if isinstance(flowable, Paragraph) and flowable.style.name in ("H1", "H2"):
            level = 0 if flowable.style.name == "H1" else 1
            text = flowable.getPlainText()
            key = f"h{self._outline}"
            self._outline += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))


def export_pdf(
    s: Session,
    out: Path,
    now: datetime,
    lang: str = "fr",
    chosen: Iterable[str] = SECTIONS,
    page: str = "A4",
    include_internal: bool = False,
) -> int:
    """Write the synthesis of the event to `out`; return its number of pages."""
    chosen = [name for name in SECTIONS if name in set(chosen)]
    data = gather(s, now, include_internal)
    styles()
    story = []
    for name in chosen:
        story += getattr(sections, name)(data, lang)
    title = data.title or LABELS[lang]["synthesis"]
    _Numbered.footer = title
    _Numbered.page_word = LABELS[lang]["page"]
    with atomic_path(Path(out)) as tmp:
        doc = _Doc(
            str(tmp),
            pagesize=LETTER if page.lower() == "letter" else A4,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2 * cm,
            bottomMargin=2 * cm,
            title=f"{title} — {LABELS[lang]['synthesis']}",
            author=", ".join(data.authors) or data.organiser,
            subject=LABELS[lang]["synthesis"],
            creator=f"Facilitateur {__version__}",
            lang=lang,
        )
        doc.multiBuild(story, canvasmaker=_Numbered)
        pages = doc.page
    return pages
