"""The interface's translations: the .ts files in resources/translations are their source.

They are edited where translators edit them (Qt Linguist, or any text editor), and this script
never overwrites a translation someone wrote:

    python tools/translations.py update
        extracts the texts of the code into both .ts files (pyside6-lupdate, keeping every
        translation written), takes each new English text as its own English translation (the
        texts are written in English), writes the .qm files (pyside6-lrelease) and lists what is
        left to translate (exit status 1 when anything is).
    python tools/translations.py set "English text" "Texte français"
        writes the French of a text (in every context that has it).
    python tools/translations.py plural "%n topics" "%n sujet" "%n sujets" "%n topic" "%n topics"
        writes the forms of a count: French for 0 and 1, then 2 and more; English for 1, then
        0 and 2 and more.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
FILES = {lang: FOLDER / f"facilitateur_{lang}.ts" for lang in ("fr", "en")}


def _tool(name: str) -> str:
    """The Qt tool beside this Python (a virtual environment's bin), else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def _write(tree: ET.ElementTree, ts: Path) -> None:
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return not all((f.text or "").strip() for f in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def _messages(tree: ET.ElementTree, source: str) -> list[ET.Element]:
    return [m for m in tree.getroot().iter("message") if m.findtext("source") == source]


def release() -> None:
    for ts in FILES.values():
        command = [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True, capture_output=True)


def extract() -> None:
    """The texts of the code into both .ts files, in lupdate's own layout (the one Qt
    Linguist writes), keeping every translation."""
    sources = sorted(str(p) for p in (ROOT / "facilitateur" / "ui").rglob("*.py"))
    command = [_tool("pyside6-lupdate"), *sources, "-ts", *map(str, FILES.values())]
    subprocess.run([*command, "-no-obsolete"], check=True, capture_output=True)


def update() -> int:
    extract()
    english = ET.parse(FILES["en"])
    filled = 0
    for message in english.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" and _unfinished(message):
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        _write(english, FILES["en"])
        extract()
    release()
    left = [
        (lang, m.findtext("source"))
        for lang, ts in FILES.items()
        for m in ET.parse(ts).getroot().iter("message")
        if _unfinished(m)
    ]
    for lang, source in left:
        print(f"to translate ({lang}): {source!r}", file=sys.stderr)
    return 1 if left else 0


def set_text(source: str, french: str) -> int:
    tree = ET.parse(FILES["fr"])
    found = [m for m in _messages(tree, source) if m.get("numerus") != "yes"]
    if not found:
        print(f"no such text in {FILES['fr'].name} (run `update` first): {source!r}")
        return 1
    for message in found:
        translation = message.find("translation")
        translation.text = french
        translation.attrib.pop("type", None)
    _write(tree, FILES["fr"])
    extract()
    release()
    return 0


def set_plural(source: str, forms: list[str]) -> int:
    for lang, pair in (("fr", forms[:2]), ("en", forms[2:])):
        tree = ET.parse(FILES[lang])
        found = [m for m in _messages(tree, source) if m.get("numerus") == "yes"]
        if not found:
            print(f"no such count in {FILES[lang].name} (run `update` first): {source!r}")
            return 1
        for message in found:
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.pop("type", None)
            for form in pair:
                ET.SubElement(translation, "numerusform").text = form
        _write(tree, FILES[lang])
    extract()
    release()
    return 0


def main(argv: list[str]) -> int:
    match argv:
        case ["update"]:
            return update()
        case ["set", source, french]:
            return set_text(source, french)
        case ["plural", source, fr_one, fr_many, en_one, en_many]:
            return set_plural(source, [fr_one, fr_many, en_one, en_many])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
