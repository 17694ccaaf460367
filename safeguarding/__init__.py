"""Plain-Python core of the Kent online-safety signposting bot.

Nothing in this package imports Rasa: the resource catalogue, the signposting rules,
age bands and the immediate-risk safety net are ordinary modules, used by the Rasa
custom actions (``actions/``) and NLU components (``nlu_components/``) and tested
directly.
"""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
