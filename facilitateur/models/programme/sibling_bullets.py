"""Parallel parts listed under one slot: bulleted lines that open with the same word as the
slot's own title are blocks at the slot's times, side by side, not parts of the first."""

from __future__ import annotations

from facilitateur.models.programme.model import Block, Day

# Forty-third round. A slot with no title of its own takes the first line under it as its
# title (`14h-15h15 :` then `• Atelier Débat …`); when the lines of the same list after it
# open with the same word as that title (`• Atelier Test d’outils …`, `• Atelier Partage
# …`; `- Workshop A: …`, `- Workshop B: …`), the list names things of one sort happening at
# once, each its own block at the slot's times. Lines opening otherwise stay parts of the
# block (`Atelier …` then `• Restitution`), and a title that is the shared word alone
# (`Ateliers` over `• Atelier A`) heads its parts.


def _first_word(text: str) -> str:
    head = text.split(maxsplit=1)
    return head[0].casefold().strip(":–-,") if head else ""


def siblings_of_the_first(day: Day) -> None:
    """Split each timed block whose title and bulleted parts all open with one word into
    parallel blocks at its times, one a line, in the order written."""
    if not any(b.items for b in day.blocks):
        return
    blocks: list[Block] = []
    for b in day.blocks:
        blocks.append(b)
        word = _first_word(b.title)
        if (
            b.start is None
            or b.end is None
            or not b.items
            or not word[:1].isalpha()
            or len(b.title.split()) < 2
            or not b.title[:1].isupper()
            or any(
                it.bullet != b.item_bullet
                or not it.bullet
                or _first_word(it.title) != word
                or len(it.title.split()) < 2
                for it in b.items
            )
        ):
            continue
        for it in b.items:
            sibling = Block(it.title, it.line, speakers=it.speakers, rule=b.rule)
            sibling.start, sibling.end = b.start, b.end
            sibling.mark, sibling.kind_of_day = b.mark, b.kind_of_day
            blocks.append(sibling)
        b.items, b.item_bullet = [], None
    day.blocks = blocks
