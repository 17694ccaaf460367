"""Measure what the bot understands, on held-out sets it is never trained on, against
two baselines in the same run (issue 6).

The command line of ``evaluation/``: the sets and the systems are described in
``evaluation/metrics.py``, the CI gates in ``evaluation/gates.py``, the reports in
``evaluation/report.py``, the run in ``evaluation/nlu.py``.

Writes reports/evaluation/: summary.md and summary.json, and per set and system
report.json, report.md, confusion_matrix.png and the misclassified messages. Prints the
summary. Exit 1 (the CI gate) if, for the bot, on any set: an immediate-risk message is
not escalated (emergency or check-in) on the NLU sets, or fewer than 98% are on the
risk-only sets; more than 2% of harmless messages get the emergency reply, or more than
8% a check-in (on harmless_blind3.yml, where the check-in target is not yet met: more
than today's figure).

    python scripts/evaluate.py [--no-baselines] [--model ...] [--baseline-model ...]
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import _bootstrap  # noqa: E402, F401  (the repository root on sys.path: scripts/_bootstrap.py)
from evaluation.metrics import BASELINE_MODEL, MODEL  # noqa: E402
from safeguarding import PROJECT_ROOT  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--model", default=str(MODEL))
    parser.add_argument("--baseline-model", default=str(BASELINE_MODEL))
    parser.add_argument("--no-baselines", action="store_true",
                        help="skip baseline (b), Rasa's default pipeline, which needs its own training (the CI gate)")
    parser.add_argument("--out", default=str(PROJECT_ROOT / "reports" / "evaluation"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    # Rasa's structured log would print a debug line for every message parsed
    from rasa.utils.log_utils import configure_structlog

    from evaluation.nlu import run

    configure_structlog(logging.WARNING)
    command = "make nlu-eval" if args.no_baselines else "make evaluate"
    out = Path(args.out)
    _, text, failures = run(Path(args.model), None if args.no_baselines else Path(args.baseline_model), out, command)
    print(text)
    print(f"Reports in {out}")
    if failures:
        print("\nFAIL:", *failures, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
