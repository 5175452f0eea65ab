"""Entry points: read a programme from text or a file, in any of the formats we know."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facilitateur.models.programme.assemble import to_contract
from facilitateur.models.programme.model import ProgrammeError
from facilitateur.models.programme.text_parser import read_text

FORMATS = ("auto", "text", "csv", "xlsx", "json")
MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 as Excel writes in France."""
    if b"\x00" in data[:4096]:
        raise ProgrammeError(1, "not text (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ProgrammeError(
            line, f"cannot decode byte 0x{data[e.start]:02x}: not UTF-8 nor Windows-1252 text"
        ) from None


def parse_programme(text: str, fmt: str = "text") -> dict[str, Any]:
    """Parse programme text (`text`, `csv` or `json`) into the contract's JSON structure."""
    if fmt == "csv":
        from facilitateur.models.programme.tables import read_csv

        return to_contract(read_csv(text))
    if fmt == "json":
        from facilitateur.models.programme.from_json import read_json

        return read_json(text)
    return to_contract(read_text(text))


def sniff(path: Path, data: bytes) -> str:
    """The format of a file, from its name and first bytes."""
    suffix = path.suffix.lower()
    if data[:2] == b"PK" or suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".json" or data.lstrip()[:1] in (b"{",):
        return "json"
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "text"


def parse_file(path: Path | str, fmt: str = "auto") -> dict[str, Any]:
    """Parse a programme file; ProgrammeError (with a line) for input that is not one."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ProgrammeError(1, f"larger than {MAX_BYTES // 2**20} MB: not a programme")
        data = path.read_bytes()
    except OSError as e:
        raise ProgrammeError(1, f"cannot be read ({e.strerror})") from None
    if fmt == "auto":
        fmt = sniff(path, data)
    if fmt == "xlsx":
        from facilitateur.models.programme.tables import read_xlsx

        return to_contract(read_xlsx(data))
    return parse_programme(decode(data), fmt)
