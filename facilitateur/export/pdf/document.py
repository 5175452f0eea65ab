"""Assembling the synthesis: page layout, page numbers "x / y", contents, bookmarks, metadata;
written to a temporary file and renamed, so a failed export leaves no broken PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from sqlalchemy.orm import Session

from facilitateur import __version__
from facilitateur.export.atomic import atomic_path
from facilitateur.export.pdf import contents, sections
from facilitateur.export.pdf.cover import cover, logo_size
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
BUILDERS = {"cover": cover, "openspace": openspace}


class _Numbered(Canvas):
    """Draws "title — page x / y" once the number of pages is known, and the contents' page
    numbers once the headings' pages are."""

    def __init__(self, *args, footer: str, page_word: str, entries: list, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.footer, self.page_word, self.entries = footer, page_word, entries
        self._marks: dict[int, list[tuple[str, float]]] = {}  # page → (key, top)
        contents.install(self)

    def mark_heading(self, key: str, top: float) -> None:
        """A bookmark destination here; made when the page is, since the pages are numbered
        in the PDF only when they are written out, in save()."""
        self._marks.setdefault(self._pageNumber, []).append((key, top))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        regular, _bold = fonts()
        pages = {key: page for page, marks in self._marks.items() for key, _top in marks}
        contents.define_numbers(self, self.entries, pages)
        for state in self._pages:
            self.__dict__.update(state)
            for key, top in self._marks.get(self._pageNumber, ()):
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
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

    def afterFlowable(self, flowable) -> None:
        """Headings become PDF bookmarks; their pages go into the contents."""
        key = getattr(flowable, "contents_key", None)
        if key is not None:
            level = contents.HEADINGS[flowable.style.name]
            self.canv.mark_heading(key, self.frame._y + flowable.height + 6)
            # Viewers put right-to-left titles in order themselves.
            title = getattr(flowable, "logical_text", flowable.getPlainText)()
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


Progress = Callable[[float], None]


def export_pdf(
    s: Session,
    out: Path,
    now: datetime,
    lang: str = "fr",
    chosen: Iterable[str] = SECTIONS,
    page: str = "A4",
    include_internal: bool = False,
    logo: Path | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the synthesis of the event to `out`; return its number of pages (`progress`: see
    write_pdf)."""
    data = gather(s, now, include_internal)
    return write_pdf(data, out, lang, chosen, page, progress, logo)


def _progress_of(report: Progress) -> Callable[[str, int], None]:
    """Reportlab's callback as a fraction of the work (the layout is a single pass)."""
    state = {"size": 1}

    def on(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["size"] = max(value, 1)
        elif kind == "PROGRESS":
            report(min(value / state["size"], 0.99))

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
        logo_size(Path(logo))  # a bad image is refused before any layout
        data.logo = Path(logo)
    story, at = [], None
    for name in chosen:
        if name == "contents":
            at = len(story)
        else:
            story += BUILDERS.get(name, getattr(sections, name, None))(data, lang)
    entries = contents.mark_headings(story)
    if at is not None:
        story[at:at] = sections.contents(entries, lang)
    title = data.title or LABELS[lang]["synthesis"]
    canvasmaker = partial(_Numbered, footer=title, page_word=LABELS[lang]["page"], entries=entries)
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
            doc.setProgressCallBack(_progress_of(progress))
        doc.build(story, canvasmaker=canvasmaker)
        if progress is not None:
            progress(1.0)  # the last chance to cancel: the file is not in place yet
        pages = doc.page
    return pages
