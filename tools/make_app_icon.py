"""Draw the application icon's PNG sizes, the Windows .ico and the macOS .icns from its SVG.

    python tools/make_app_icon.py

resources/app/facilitateur.svg is the source; the PNGs (the window icon, the Linux desktop
entry's icon theme), facilitateur.ico (the Windows program) and facilitateur.icns (the macOS
bundle) are drawn from it by Qt's SVG renderer and kept in the repository, so that building the
application needs no image tool. Both container formats hold PNG images (Windows Vista and
later, macOS 10.7 and later).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "resources" / "app"
SOURCE = APP / "facilitateur.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types holding PNG data, by pixel size (ic10 is 512 at double density).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(size: int) -> bytes:
    """The SVG drawn at `size` × `size` pixels, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file whose entries are PNG images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS icon file whose entries are PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    drawn = {size: render(size) for size in {*PNG_SIZES, *ICO_SIZES, *(s for _k, s in ICNS_TYPES)}}
    for size in PNG_SIZES:
        (APP / f"facilitateur-{size}.png").write_bytes(drawn[size])
    (APP / "facilitateur.ico").write_bytes(ico({s: drawn[s] for s in ICO_SIZES}))
    (APP / "facilitateur.icns").write_bytes(icns({k: drawn[s] for k, s in ICNS_TYPES}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
