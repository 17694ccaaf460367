"""Evaluate the trained NLU model on the held-out sets, which are never trained on:

- tests/nlu/heldout.yml: written by the team beside the training data (its misses
  guided development, so it is no longer blind for the safety net);
- tests/nlu/heldout_blind.yml: written by a separate author who never saw the training
  data.

Writes reports/nlu/<set>/: per-intent precision/recall/F1 (JSON and Markdown), a
confusion matrix PNG and the misclassified messages. Fails (exit 1) if any immediate-risk
message in either set is missed.

    python scripts/evaluate_nlu.py [--model models/kent-signposting.tar.gz]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from pathlib import Path
from typing import Dict, List, Tuple

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safeguarding.catalogue import WORRIES  # noqa: E402

HELDOUT_SETS = [ROOT / "tests" / "nlu" / "heldout.yml", ROOT / "tests" / "nlu" / "heldout_blind.yml"]
HARMLESS_INTENT = "out_of_scope"


def load_examples(path: Path) -> List[Tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(path))
    return [(m.get("text"), m.get("intent")) for m in data.intent_examples]


async def predict(agent, texts: List[str]) -> List[Dict]:
    return [await agent.parse_message(text) for text in texts]


def evaluate(examples: List[Tuple[str, str]], parses: List[Dict]) -> Dict:
    from sklearn.metrics import precision_recall_fscore_support

    gold = [intent for _, intent in examples]
    pred = [p["intent"]["name"] for p in parses]
    labels = sorted(set(gold) | set(pred))
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    per_intent = {l: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                      "f1": round(float(f[i]), 3), "support": int(s[i])} for i, l in enumerate(labels)}
    worry_f1 = [per_intent[w]["f1"] for w in WORRIES if w in per_intent]
    harmless = [(t, pr) for (t, g), pr in zip(examples, pred) if g == HARMLESS_INTENT]
    risk = [(t, pr) for (t, g), pr in zip(examples, pred) if g == "immediate_risk"]
    errors = [{"text": t, "intent": g, "predicted": pr["intent"]["name"],
               "confidence": round(pr["intent"].get("confidence") or 0, 3),
               "safety_net": bool(pr.get("safety_net"))}
              for (t, g), pr in zip(examples, parses) if g != pr["intent"]["name"]]
    return {
        "examples": len(examples),
        "accuracy": round(sum(g == pr for g, pr in zip(gold, pred)) / len(gold), 3),
        "worry_macro_f1": round(sum(worry_f1) / len(worry_f1), 3) if worry_f1 else None,
        "immediate_risk_recall": per_intent.get("immediate_risk", {}).get("recall"),
        "immediate_risk_missed": [t for t, pr in risk if pr != "immediate_risk"],
        "harmless_false_alarm_rate": round(sum(pr == "immediate_risk" for _, pr in harmless) / len(harmless), 3) if harmless else None,
        "harmless_false_alarms": [t for t, pr in harmless if pr == "immediate_risk"],
        "safety_net_fired": sum(bool(pr.get("safety_net")) for pr in parses),
        "per_intent": per_intent,
        "labels": labels,
        "errors": errors,
        "_gold": gold,
        "_pred": pred,
    }


def write_reports(result: Dict, out: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import ConfusionMatrixDisplay

    out.mkdir(parents=True, exist_ok=True)
    gold, pred = result.pop("_gold"), result.pop("_pred")
    fig, ax = plt.subplots(figsize=(13, 11))
    ConfusionMatrixDisplay.from_predictions(gold, pred, labels=result["labels"], ax=ax,
                                            xticks_rotation=60, colorbar=False)
    ax.set_title("Held-out NLU evaluation: confusion matrix")
    fig.tight_layout()
    fig.savefig(out / "confusion_matrix.png", dpi=90)
    (out / "heldout_report.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    lines = [f"# NLU evaluation: {title}", "",
             f"Examples: {result['examples']}. Command: `make nlu-eval`.", "",
             f"- immediate_risk recall: {result['immediate_risk_recall']}",
             f"- false alarms on harmless messages: {result['harmless_false_alarm_rate']}",
             f"- worry macro F1: {result['worry_macro_f1']}",
             f"- accuracy: {result['accuracy']}", "",
             "| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |"
              for k, v in result["per_intent"].items()]
    (out / "heldout_report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "kent-signposting.tar.gz"))
    parser.add_argument("--data", nargs="*", default=[str(p) for p in HELDOUT_SETS])
    parser.add_argument("--out", default=str(ROOT / "reports" / "nlu"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    from rasa.core.agent import Agent

    agent = Agent.load(args.model)
    failed = False
    for data in map(Path, args.data):
        examples = load_examples(data)
        parses = asyncio.run(predict(agent, [t for t, _ in examples]))
        result = evaluate(examples, parses)
        write_reports(result, Path(args.out) / data.stem, data.name)
        if result["immediate_risk_missed"]:
            failed = True
            print(f"\nFAIL ({data.name}): immediate_risk messages missed:", *result["immediate_risk_missed"], sep="\n  ")
        print()
    print(f"Reports in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
