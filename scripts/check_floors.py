"""Install every dependency at the floor pyproject.toml names, in a throwaway environment, and run the tests there.

    python scripts/check_floors.py [pytest arguments]

A floor that cannot be installed (a conflict) or under which a test fails is a floor to raise.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = re.compile(r"^([A-Za-z0-9_.\-]+)\s*>=\s*([^,;\s]+)")


def floors() -> list[str]:
    """'name==version' for every runtime dependency that names a floor."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [f"{m[1]}=={m[2]}" for spec in project["dependencies"] if (m := FLOOR.match(spec))]


def main(arguments: list[str]) -> int:
    """Build the environment at the floors, install this checkout into it, run pytest; returns pytest's status."""
    with tempfile.TemporaryDirectory(prefix="floors-") as folder:
        constraints = Path(folder) / "floors.txt"
        constraints.write_text("\n".join(floors()) + "\n", encoding="utf-8")
        environment = Path(folder) / "venv"
        venv.create(environment, with_pip=True)
        python = str(environment / "bin" / "python")
        subprocess.run([python, "-m", "pip", "install", "-q", "-c", str(constraints), "-e", f"{ROOT}[dev]"], check=True)
        return subprocess.call([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
