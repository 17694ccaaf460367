"""The one bootstrap of the scripts in this folder.

``python scripts/<name>.py`` puts ``scripts/`` on ``sys.path``, not the repository root,
so the project's packages (``safeguarding``, ``evaluation``, ...) would not import. The
Makefile sets ``PYTHONPATH`` to the root; the README's commands (``.venv/bin/python
scripts/converse.py ...``) do not. A script that imports the project's packages starts
with ``import _bootstrap``, which puts the root first on ``sys.path`` once. The scripts'
logic lives in the packages (``evaluation/`` for the evaluation and the load test), so
this is all a script needs besides its command line."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
