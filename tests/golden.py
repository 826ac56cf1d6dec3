"""The golden wire files (tests/fixtures/golden/*.json): one answer per endpoint the client uses,
as docs/api.md shows it. Checked three ways: the reference backend answers in their shape
(tests/reference/test_golden_wire.py), the client's models read every name of them, and
docs/api.md shows each one unchanged (tests/models/test_golden_models.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIR = Path(__file__).resolve().parent / "fixtures" / "golden"
API_DOC = ROOT / "docs" / "api.md"

# In docs/api.md a golden block is the ```json block right after `<!-- golden: NAME.json -->`;
# any other ```json block must say `<!-- not golden: why -->` (a sketch, not an answer).
_MARKED_BLOCK = re.compile(
    r"<!-- (golden: (?P<name>[\w.]+)|not golden: [^>]*) -->\n```json\n(?P<body>.*?)\n```", re.S
)


def names() -> list[str]:
    return sorted(p.name for p in GOLDEN_DIR.glob("*.json"))


def load(name: str) -> Any:
    return json.loads((GOLDEN_DIR / name).read_text(encoding="utf-8"))


def doc_blocks() -> tuple[dict[str, list[Any]], int, int]:
    """The golden blocks of docs/api.md by name, how many blocks are marked, how many exist."""
    text = API_DOC.read_text(encoding="utf-8")
    golden: dict[str, list[Any]] = {}
    marked = 0
    for match in _MARKED_BLOCK.finditer(text):
        marked += 1
        if match["name"]:
            golden.setdefault(match["name"], []).append(json.loads(match["body"]))
    return golden, marked, text.count("```json")
