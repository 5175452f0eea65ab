"""Assembling the synthesis: page layout, page numbers "x / y", contents, bookmarks, metadata;
written to a temporary file and renamed, so a failed export leaves no broken PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
from facilitateur.export.pdf.data import Synthesis, gather
from facilitateur.export.pdf.labels import LABELS
from facilitateur.export.pdf.openspace_section import openspace
from facilitateur.export.pdf.style import GREY, fonts, styles

SECTIONS = (
    "cover",
    "contents",
    "figures",
    "programme",
    "blocks",
    "openspace",
    "actions",
    "speaking",
    "closing",
)
BUILDERS = {"openspace": openspace}


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
    logo: Path | None = None,
) -> int:
    """Write the synthesis of the event to `out`; return its number of pages."""
    return write_pdf(gather(s, now, include_internal), out, lang, chosen, page, logo=logo)


Progress = Callable[[float], None]


def _progress_of(report: Progress, passes: int) -> Callable[[str, int], None]:
    """Reportlab's callback as a fraction of the work: with the contents, the layout usually
    takes three passes (the page numbers move the pages once, then are checked), else one."""
    state = {"pass": 1, "size": 1}

    def on(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = max(value, 1)
        elif kind == "PROGRESS":
            done = (state["pass"] - 1 + value / state["size"]) / passes
            report(min(done, 0.99))

    return on


def write_pdf(
    data: Synthesis,
    out: Path,
    lang: str = "fr",
    chosen: Iterable[str] = SECTIONS,
    page: str = "A4",
    progress: Progress | None = None,
    logo: Path | None = None,
) -> int:
    """Lay out gathered data as the synthesis in `out`; return its number of pages. Touches no
    database, so it can run on a worker thread; `progress` gets fractions of the work done and
    may raise to cancel (the temporary file is then deleted and `out` left as it was)."""
    chosen = [name for name in SECTIONS if name in set(chosen)]
    styles()
    if logo is not None and "cover" in chosen:
        sections.logo_size(Path(logo))  # a bad image is refused before any layout
        data.logo = Path(logo)
    story = []
    for name in chosen:
        story += BUILDERS.get(name, getattr(sections, name, None))(data, lang)
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
        if progress is not None:
            progress(0.0)
            doc.setProgressCallBack(_progress_of(progress, 3 if "contents" in chosen else 1))
        doc.multiBuild(story, canvasmaker=_Numbered)
        if progress is not None:
            progress(1.0)  # the last chance to cancel: the file is not in place yet
        pages = doc.page
    return pages
