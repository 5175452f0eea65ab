"""Assembling the synthesis: page layout, page numbers "x / y", contents, bookmarks, metadata;
written to a temporary file and renamed, so a failed export leaves no broken PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy.orm import Session

from facilitateur import __version__
from facilitateur.export.atomic import atomic_path
from facilitateur.export.pdf import contents, sections
from facilitateur.export.pdf.blocks_section import blocks
from facilitateur.export.pdf.charts import fit_text
from facilitateur.export.pdf.cover import cover, logo_size
from facilitateur.export.pdf.data import Synthesis, gather
from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.openspace_section import openspace
from facilitateur.export.pdf.programme_section import programme
from facilitateur.export.pdf.style import GREY, drawable, fonts, readable, styles
from facilitateur.export.pdf.text import clean
from facilitateur.export.pdf.typography import typeset
from facilitateur.models.refusal import Refusal
from facilitateur.models.text.language import Language


class Section(StrEnum):
    """A section of the synthesis, in the document's order (its name on the command line)."""

    COVER = "cover"
    CONTENTS = "contents"
    FIGURES = "figures"
    PROGRAMME = "programme"
    BLOCKS = "blocks"
    OPENSPACE = "openspace"
    ACTIONS = "actions"
    SPEAKING = "speaking"
    CLOSING = "closing"


SECTIONS = tuple(Section)


class PageSize(StrEnum):
    """The paper the synthesis is laid out for (its name on the command line)."""

    A4 = "A4"
    LETTER = "Letter"


SIZES = {PageSize.A4: A4, PageSize.LETTER: LETTER}
BUILDERS: dict[Section, Callable[[Synthesis, Wording], list[Flowable]]] = {
    Section.COVER: cover,
    Section.FIGURES: sections.figures,
    Section.PROGRAMME: programme,
    Section.BLOCKS: blocks,
    Section.OPENSPACE: openspace,
    Section.ACTIONS: sections.actions,
    Section.SPEAKING: sections.speaking,
    Section.CLOSING: sections.closing,
}
# Sections with nothing to say before the day has run (a programme has no closing).
ONLY_ONCE_RUN = (Section.SPEAKING, Section.CLOSING)


class LayoutFailure(Exception):
    """The synthesis could not be laid out: which section, on which page, and why (a reason
    and its values, for the application to say in its language)."""

    def __init__(self, section: str, page: int, why: str) -> None:
        section = str(section)  # a Section said by its name, as on the command line
        super().__init__(
            f"the synthesis could not be laid out: section {section!r}, page {page}: {why}"
        )
        self.reason = Refusal.PDF_LAYOUT
        self.values = {"section": section, "page": page, "why": why}


class SectionMark(Flowable):
    """Where a section begins (it takes no room): a layout failure names its section."""

    def __init__(self, name: Section) -> None:
        super().__init__()
        self.name = name

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Numbered(contents.ContentsCanvas):
    """Draws "title — page x / y" once the number of pages is known, and the contents' page
    numbers once the headings' pages are."""

    # reportlab's Canvas keeps these; its stub leaves its private parts out.
    _pageNumber: int
    _pagesize: tuple[float, float]
    _startPage: Callable[[], None]

    def __init__(
        self, *args: Any, footer: str, page_word: str, entries: list[contents.Entry], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
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
                number = drawable(self.page_word.format(n=self._pageNumber, total=total))
                room = width - 4 * cm - stringWidth(number, regular, 8) - 12
                self.drawString(2 * cm, 1.2 * cm, fit_text(drawable(self.footer), regular, 8, room))
                self.drawRightString(width - 2 * cm, 1.2 * cm, number)
            super().showPage()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, path: str, **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame])])
        self.section = ""

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings become PDF bookmarks; their pages go into the contents."""
        if isinstance(flowable, SectionMark):
            self.section = flowable.name
            return
        key = getattr(flowable, "contents_key", None)
        if key is not None:
            assert isinstance(flowable, Paragraph), "contents.mark_headings marks paragraphs"
            canv = self.canv
            assert isinstance(canv, _Numbered), "write_pdf draws on a _Numbered canvas"
            level = contents.HEADINGS[flowable.style.name]
            # (the frame's current height: a private part, absent from reportlab's stub)
            canv.mark_heading(key, self.frame._y + flowable.height + 6)  # type: ignore[attr-defined]
            # Viewers put right-to-left titles in order themselves.
            title = getattr(flowable, "logical_text", flowable.getPlainText)()
            canv.addOutlineEntry(readable(title), key, level=level, closed=level > 0)


Progress = Callable[[float], None]


def export_pdf(
    s: Session,
    out: Path,
    now: datetime,
    lang: Language = Language.FR,
    chosen: Iterable[Section] = SECTIONS,
    page: PageSize = PageSize.A4,
    include_internal: bool = False,
    logo: Path | None = None,
    progress: Progress | None = None,
    region: str = "",
) -> int:
    """Write the synthesis of the event to `out`; return its number of pages (`progress`: see
    write_pdf; `region`: the system's, for the forms of times and dates)."""
    data = gather(s, now, include_internal)
    return write_pdf(data, out, lang, chosen, page, progress, logo, region)


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
    lang: Language = Language.FR,
    chosen: Iterable[Section] = SECTIONS,
    page: PageSize = PageSize.A4,
    progress: Progress | None = None,
    logo: Path | None = None,
    region: str = "",
) -> int:
    """Lay out gathered data as the synthesis in `out`; return its number of pages. Touches no
    database, so it can run on a worker thread; `progress` gets fractions of the work done and
    may raise to cancel (the temporary file is then deleted and `out` left as it was). Times
    and dates take the forms of `lang` in the system's `region` (models/text/datetime_forms.py)."""
    chosen = [name for name in SECTIONS if name in set(chosen)]
    w = Wording(lang, region)
    styles()
    if logo is not None and Section.COVER in chosen:
        logo_size(Path(logo))  # a bad image is refused before any layout
        data.logo = Path(logo)
    if not data.ran:
        kept = [name for name in chosen if name not in ONLY_ONCE_RUN]
        # Nothing left to say (only the speaking time asked for): the programme, as it is.
        alone = {Section.COVER, Section.CONTENTS}
        chosen = kept if set(kept) - alone else [*kept, Section.PROGRAMME]
    story: list[Flowable] = []
    at: int | None = None
    for name in chosen:
        part = [] if name == Section.CONTENTS else BUILDERS[name](data, w)
        if name != Section.CONTENTS and not part:
            continue
        # Each section on a new page; the closing lines after what comes before if they fit.
        if story:
            story.append(CondPageBreak(7 * cm) if name == Section.CLOSING else PageBreak())
        story.append(SectionMark(name))
        if name == Section.CONTENTS:
            at = len(story)
        story += part
    entries = contents.mark_headings(story)
    if at is not None:
        story[at:at] = sections.contents(entries, w)
    kind = w["synthesis" if data.ran else "programme_doc"]
    title = typeset(clean(data.title), lang) or kind
    canvasmaker = partial(_Numbered, footer=title, page_word=w["page"], entries=entries)
    with atomic_path(Path(out)) as tmp:
        doc = _Doc(
            str(tmp),
            pagesize=SIZES[PageSize(page)],
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2 * cm,
            bottomMargin=2 * cm,
            title=f"{title} — {kind}",
            author=w.join(data.authors) or data.organiser,
            subject=kind,
            creator=f"Facilitateur {__version__}",
            lang=lang,
        )
        if progress is not None:
            progress(0.0)
            doc.setProgressCallBack(_progress_of(progress))
        try:
            doc.build(story, canvasmaker=canvasmaker)
        except LayoutError as e:
            raise LayoutFailure(doc.section, doc.page, _why(e)) from None
        if progress is not None:
            progress(1.0)  # the last chance to cancel: the file is not in place yet
        pages = doc.page
    return pages


def _why(error: LayoutError) -> str:
    """Reportlab's message without the flowable's dump (its text can be pages long)."""
    text = str(error)
    if "too large" in text:
        return "something in it is larger than a page"
    return text.split("\n")[0][:200]
