"""Build the standalone application (one folder, Python inside) for the system this runs on.

    python -m pip install -e '.[build]'
    python tools/build_app.py [--dist DIR] [--work DIR]

PyInstaller reads packaging/facilitateur.spec. The result is DIR/facilitateur/ on Linux,
DIR/Facilitateur/ on Windows, DIR/Facilitateur.app on macOS (DIR: dist/ by default); its size is
printed. PyInstaller's intermediate files go to a temporary folder unless --work keeps them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "facilitateur.spec"


def built(dist: Path) -> Path:
    """Where the spec puts the application on this system."""
    if sys.platform == "darwin":
        return dist / "Facilitateur.app"
    return dist / ("Facilitateur" if sys.platform == "win32" else "facilitateur")


def size_of(folder: Path) -> int:
    """Bytes of the files under `folder` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the application goes")
    p.add_argument("--work", type=Path, help="keep PyInstaller's work files here")
    args = p.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="facilitateur-build-"))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN"]
    command += ["--distpath", str(args.dist), "--workpath", str(work), str(SPEC)]
    # The build reads the sources, not an installed copy: no bytecode left beside them.
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    if done.returncode != 0:
        return done.returncode
    app = built(args.dist)
    print(f"{app}: {size_of(app) / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
