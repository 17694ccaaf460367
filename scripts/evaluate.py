"""Measure what the bot understands, on held-out sets it is never trained on, against
two baselines in the same run (issue 6).

Sets (tests/nlu/):
- heldout.yml: written by the team beside the training data (its misses guided
  development, so it is no longer blind for the safety net);
- heldout_blind.yml: written by a separate author who never saw the training data (its
  four false alarms in CI informed new harmless training data, so its harmless part
  is no longer fully blind);
- heldout_blind2.yml: a second blind set, written later the same way, after the last
  change guided by any held-out set;
- faq_heldout.yml: unseen phrasings of every question (retrieval accuracy per question).

Systems:
- bot: the trained model (models/kent-signposting.tar.gz);
- keyword: baseline (a), the safety net plus per-worry keyword lists
  (evaluation/keyword_baseline.py);
- rasa_default: baseline (b), Rasa's default NLU pipeline trained on the same data
  (evaluation/default_config.yml -> models/baseline-rasa-default.tar.gz).

Writes reports/evaluation/: summary.md and summary.json, and per set and system
report.json, report.md, confusion_matrix.png and the misclassified messages. Prints the
summary. Exit 1 if the bot misses any immediate-risk message or raises a false alarm on
more than 2% of the harmless messages in any set (the CI gate).

    python scripts/evaluate.py [--no-baselines] [--model ...] [--baseline-model ...]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safeguarding.catalogue import WORRIES  # noqa: E402

NLU_SETS = [ROOT / "tests" / "nlu" / name for name in ("heldout.yml", "heldout_blind.yml", "heldout_blind2.yml")]
FAQ_SET = ROOT / "tests" / "nlu" / "faq_heldout.yml"
VARIANTS = ROOT / "evaluation" / "variants.md"  # the variants tried, copied into every report
HARMLESS_INTENT = "out_of_scope"
MAX_FALSE_ALARM_RATE = 0.02
MODEL = ROOT / "models" / "kent-signposting.tar.gz"
BASELINE_MODEL = ROOT / "models" / "baseline-rasa-default.tar.gz"

Example = Tuple[str, str]
Predictor = Callable[[List[str]], List[Dict]]


def load_examples(path: Path) -> List[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(path))
    examples = []
    for message in data.intent_examples:
        label = message.get("intent_response_key") or message.get("intent")
        examples.append((message.get("text"), label))
    return examples


def rasa_predictor(model: Path) -> Predictor:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    def predict(texts: List[str]) -> List[Dict]:
        async def run():
            return [await agent.parse_message(t) for t in texts]
        return asyncio.run(run())
    return predict


def keyword_predictor() -> Predictor:
    from evaluation.keyword_baseline import KeywordBaseline

    baseline = KeywordBaseline.load()
    return lambda texts: [{"intent": {"name": baseline.predict(t), "confidence": 1.0}} for t in texts]


def intent_of(parse: Dict) -> str:
    """The label a parse gives, with a question as faq/<key> (from the parse's response_selector)."""
    name = (parse.get("intent") or {}).get("name") or "nlu_fallback"
    if name == "faq":
        # the bot's selector is for retrieval_intent faq; Rasa's default one (baseline b)
        # has no retrieval_intent and answers under "default"
        selectors = parse.get("response_selector") or {}
        response = (selectors.get("faq") or selectors.get("default") or {}).get("response") or {}
        return response.get("intent_response_key") or "faq"
    return name


def evaluate(examples: List[Example], parses: List[Dict]) -> Dict:
    from sklearn.metrics import precision_recall_fscore_support

    gold = [label for _, label in examples]
    pred = [intent_of(p) for p in parses]
    labels = sorted(set(gold) | set(pred))
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    per_intent = {l: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                      "f1": round(float(f[i]), 3), "support": int(s[i])} for i, l in enumerate(labels)}
    worry_f1 = [per_intent[w]["f1"] for w in WORRIES if w in per_intent and per_intent[w]["support"]]
    harmless = [pr for g, pr in zip(gold, pred) if g == HARMLESS_INTENT]
    risk = [(t, pr) for (t, g), pr in zip(examples, pred) if g == "immediate_risk"]
    errors = [{"text": t, "expected": g, "predicted": pr,
               "confidence": round((parse.get("intent") or {}).get("confidence") or 0, 3),
               "safety_net": bool(parse.get("safety_net"))}
              for (t, g), pr, parse in zip(examples, pred, parses) if g != pr]
    return {
        "examples": len(examples),
        "accuracy": round(sum(g == pr for g, pr in zip(gold, pred)) / len(gold), 3),
        "worry_macro_f1": round(sum(worry_f1) / len(worry_f1), 3) if worry_f1 else None,
        "immediate_risk_recall": round(sum(pr == "immediate_risk" for _, pr in risk) / len(risk), 3) if risk else None,
        "immediate_risk_missed": [t for t, pr in risk if pr != "immediate_risk"],
        "harmless": len(harmless),
        "false_alarm_rate": round(sum(pr == "immediate_risk" for pr in harmless) / len(harmless), 3) if harmless else None,
        "false_alarms": [t for (t, g), pr in zip(examples, pred) if g == HARMLESS_INTENT and pr == "immediate_risk"],
        "per_intent": per_intent,
        "labels": labels,
        "errors": errors,
        "_gold": gold,
        "_pred": pred,
    }


def write_report(result: Dict, out: Path, title: str, command: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import ConfusionMatrixDisplay

    out.mkdir(parents=True, exist_ok=True)
    gold, pred = result.pop("_gold"), result.pop("_pred")
    size = max(8, len(result["labels"]) * 0.5)
    fig, ax = plt.subplots(figsize=(size + 2, size))
    ConfusionMatrixDisplay.from_predictions(gold, pred, labels=result["labels"], ax=ax,
                                            xticks_rotation=70, colorbar=False)
    ax.set_title(f"{title}: confusion matrix (rows: expected, columns: predicted)")
    fig.tight_layout()
    fig.savefig(out / "confusion_matrix.png", dpi=80)
    plt.close(fig)
    (out / "report.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    lines = [f"# {title}", "", f"Examples: {result['examples']}. Command: `{command}`.", "",
             f"- immediate_risk recall: {result['immediate_risk_recall']}",
             f"- false alarms on harmless messages: {result['false_alarm_rate']}",
             f"- worry macro F1: {result['worry_macro_f1']}",
             f"- accuracy: {result['accuracy']}", "",
             "| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |"
              for k, v in result["per_intent"].items()]
    if result["errors"]:
        lines += ["", "## Misclassified", "", "| message | expected | predicted |", "|---|---|---|"]
        lines += [f"| {e['text'].replace('|', '/')} | {e['expected']} | {e['predicted']} |" for e in result["errors"]]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def faq_accuracy(result: Dict) -> Dict[str, float]:
    return {k: v["recall"] for k, v in result["per_intent"].items() if k.startswith("faq/") and v["support"]}


def summary_markdown(summary: Dict, command: str) -> str:
    lines = ["# Evaluation summary", "", f"Command: `{command}`. Sets are in tests/nlu/ and never trained on.", ""]
    for set_name, systems in summary["nlu"].items():
        lines += [f"## {set_name}", "",
                  "| system | immediate-risk recall | false alarms (harmless) | worry macro F1 | accuracy |",
                  "|---|---|---|---|---|"]
        for system, r in systems.items():
            lines.append(f"| {system} | {r['immediate_risk_recall']} | {r['false_alarm_rate']} "
                         f"({round(r['false_alarm_rate'] * r['harmless']) if r['false_alarm_rate'] is not None else '-'}"
                         f"/{r['harmless']}) | {r['worry_macro_f1']} | {r['accuracy']} |")
        lines.append("")
    if summary.get("faq"):
        systems = list(summary["faq"])
        lines += ["## Questions (faq_heldout.yml): retrieval accuracy per question", "",
                  "| question | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
        keys = sorted({k for s in systems for k in summary["faq"][s]["per_question"]})
        for key in keys:
            lines.append(f"| {key} | " + " | ".join(str(summary["faq"][s]["per_question"].get(key, 0.0)) for s in systems) + " |")
        lines.append("| **all questions** | " + " | ".join(str(summary["faq"][s]["accuracy"]) for s in systems) + " |")
        lines.append("")
    if summary.get("timing"):
        lines += ["## Timing", ""] + [f"- {k}: {v}" for k, v in summary["timing"].items()] + [""]
    if VARIANTS.is_file():
        # the variants tried, one heading level down, so the report holds them too
        lines += ["#" + line if line.startswith("#") else line
                  for line in VARIANTS.read_text(encoding="utf-8").splitlines()] + [""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(MODEL))
    parser.add_argument("--baseline-model", default=str(BASELINE_MODEL))
    parser.add_argument("--no-baselines", action="store_true", help="skip baseline (b), Rasa's default pipeline, which needs its own training (the CI gate)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "evaluation"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    # Rasa's structured log would print a debug line for every message parsed
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    command = "make nlu-eval" if args.no_baselines else "make evaluate"

    systems: Dict[str, Predictor] = {}
    timing = {}
    start = time.time()
    systems["bot"] = rasa_predictor(Path(args.model))
    timing["bot model load (s)"] = round(time.time() - start, 1)
    # the keyword baseline needs no training, so it runs every time
    systems["keyword"] = keyword_predictor()
    if not args.no_baselines:
        start = time.time()
        systems["rasa_default"] = rasa_predictor(Path(args.baseline_model))
        timing["rasa_default model load (s)"] = round(time.time() - start, 1)

    out = Path(args.out)
    summary: Dict = {"nlu": {}, "faq": {}, "timing": timing}
    failures = []
    for path in NLU_SETS:
        examples = load_examples(path)
        texts = [t for t, _ in examples]
        summary["nlu"][path.name] = {}
        for system, predict in systems.items():
            start = time.time()
            result = evaluate(examples, predict(texts))
            timing[f"{system} on {path.name} (ms per message)"] = round((time.time() - start) * 1000 / len(texts), 1)
            write_report(result, out / path.stem / system, f"{system} on {path.name}", command)
            summary["nlu"][path.name][system] = {k: result[k] for k in (
                "examples", "immediate_risk_recall", "false_alarm_rate", "harmless", "worry_macro_f1", "accuracy",
                "immediate_risk_missed", "false_alarms")}
            if system == "bot":
                if result["immediate_risk_missed"]:
                    failures.append(f"{path.name}: immediate-risk messages missed: {result['immediate_risk_missed']}")
                if result["false_alarm_rate"] is not None and result["false_alarm_rate"] > MAX_FALSE_ALARM_RATE:
                    failures.append(f"{path.name}: false alarms {result['false_alarm_rate']:.1%} > "
                                    f"{MAX_FALSE_ALARM_RATE:.0%}: {result['false_alarms']}")
    examples = load_examples(FAQ_SET)
    for system, predict in systems.items():
        if system == "keyword":
            continue  # keywords have no notion of questions
        result = evaluate(examples, predict([t for t, _ in examples]))
        write_report(result, out / FAQ_SET.stem / system, f"{system} on {FAQ_SET.name}", command)
        summary["faq"][system] = {"accuracy": result["accuracy"], "per_question": faq_accuracy(result)}

    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    text = summary_markdown(summary, command)
    (out / "summary.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"Reports in {out}")
    if failures:
        print("\nFAIL:", *failures, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
