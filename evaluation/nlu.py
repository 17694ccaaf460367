"""One evaluation run: every system on every held-out set, the reports written, the CI
gates applied (``make nlu-eval`` without baseline (b), ``make evaluate`` with it;
``scripts/evaluate.py`` is the command line)."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from evaluation import gates
from evaluation.metrics import (
    FAQ_SET, NLU_SETS, RISK_SETS, Predictor, evaluate, evaluate_risk, faq_accuracy, keyword_predictor,
    load_examples, rasa_predictor,
)
from evaluation.report import summary_markdown, write_report

SUMMARY_KEYS = ("examples", "immediate_risk_recall", "immediate_risk_emergency", "false_alarm_rate", "check_in_rate",
                "harmless", "worry_macro_f1", "accuracy", "immediate_risk_missed", "false_alarms", "check_ins")


def load_systems(model: Path, baseline_model: Optional[Path], timing: Dict) -> Dict[str, Predictor]:
    """The bot, baseline (a) and, given its model, baseline (b); their load times in ``timing``."""
    systems: Dict[str, Predictor] = {}
    start = time.time()
    systems["bot"] = rasa_predictor(model)
    timing["bot model load (s)"] = round(time.time() - start, 1)
    # the keyword baseline needs no training, so it runs every time
    systems["keyword"] = keyword_predictor()
    if baseline_model is not None:
        start = time.time()
        systems["rasa_default"] = rasa_predictor(baseline_model)
        timing["rasa_default model load (s)"] = round(time.time() - start, 1)
    return systems


def run(model: Path, baseline_model: Optional[Path], out: Path, command: str) -> Tuple[Dict, str, List[str]]:
    """Evaluate and write the reports under ``out``: (summary, its markdown, the failed gates)."""
    timing: Dict = {}
    systems = load_systems(model, baseline_model, timing)
    summary: Dict = {"nlu": {}, "faq": {}, "timing": timing}
    failures: List[str] = []
    for path in NLU_SETS:
        examples = load_examples(path)
        texts = [t for t, _ in examples]
        summary["nlu"][path.name] = {}
        for system, predict in systems.items():
            start = time.time()
            result = evaluate(examples, predict(texts))
            timing[f"{system} on {path.name} (ms per message)"] = round((time.time() - start) * 1000 / len(texts), 1)
            write_report(result, out / path.stem / system, f"{system} on {path.name}", command)
            summary["nlu"][path.name][system] = {k: result[k] for k in SUMMARY_KEYS}
            if system == "bot":
                failures += gates.nlu_set_failures(path.name, result)
    examples = load_examples(FAQ_SET)
    for system, predict in systems.items():
        if system == "keyword":
            continue  # keywords have no notion of questions
        result = evaluate(examples, predict([t for t, _ in examples]))
        write_report(result, out / FAQ_SET.stem / system, f"{system} on {FAQ_SET.name}", command)
        summary["faq"][system] = {"accuracy": result["accuracy"], "per_question": faq_accuracy(result)}

    summary["risk"] = {}
    for path in RISK_SETS:
        examples = load_examples(path)
        summary["risk"][path.name] = {}
        for system, predict in systems.items():
            result = evaluate_risk(examples, predict([t for t, _ in examples]))
            summary["risk"][path.name][system] = result
            if system == "bot":
                failures += gates.risk_set_failures(path.name, result)

    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    text = summary_markdown(summary, command)
    (out / "summary.md").write_text(text, encoding="utf-8")
    return summary, text, failures
