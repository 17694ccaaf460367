"""The evaluation's reports: per set and system (report.json, report.md and the
confusion matrix) and the summary (summary.md), which also carries every variant tried
(evaluation/variants.md)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict

from safeguarding import PROJECT_ROOT

VARIANTS = PROJECT_ROOT / "evaluation" / "variants.md"  # the variants tried, copied into every report


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
             f"- emergency replies on harmless messages: {result['false_alarm_rate']}",
             f"- check-ins on harmless messages: {result['check_in_rate']}",
             f"- worry macro F1: {result['worry_macro_f1']}",
             f"- accuracy: {result['accuracy']}", "",
             "| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |"
              for k, v in result["per_intent"].items()]
    if result["errors"]:
        lines += ["", "## Misclassified", "", "| message | expected | predicted |", "|---|---|---|"]
        lines += [f"| {e['text'].replace('|', '/')} | {e['expected']} | {e['predicted']} |" for e in result["errors"]]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def summary_markdown(summary: Dict, command: str) -> str:
    lines = ["# Evaluation summary", "", f"Command: `{command}`. Sets are in tests/nlu/ and never trained on.", ""]
    for set_name, systems in summary["nlu"].items():
        lines += [f"## {set_name}", "",
                  "| system | immediate risk escalated | of it, full emergency | emergency on harmless "
                  "| check-in on harmless | worry macro F1 | accuracy |",
                  "|---|---|---|---|---|---|---|"]
        for system, r in systems.items():
            lines.append(f"| {system} | {r['immediate_risk_recall']} | {r['immediate_risk_emergency']} "
                         f"| {r['false_alarm_rate']} ({len(r['false_alarms'])}/{r['harmless']}) "
                         f"| {r['check_in_rate']} ({len(r['check_ins'])}/{r['harmless']}) "
                         f"| {r['worry_macro_f1']} | {r['accuracy']} |")
        lines.append("")
    if summary.get("risk"):
        lines += ["## Risk tiers (risk-only sets)", "",
                  "| set | system | danger escalated | of it, full emergency | danger read as out of scope "
                  "| emergency on harmless | check-in on harmless |",
                  "|---|---|---|---|---|---|---|"]
        for set_name, systems_ in summary["risk"].items():
            for system, r in systems_.items():
                lines.append(f"| {set_name} | {system} "
                             f"| {r['escalated_rate']} ({r['risk'] - len(r['missed'])}/{r['risk']}) "
                             f"| {r['emergency_rate_on_risk']} | {len(r['brush_offs'])} "
                             f"| {r['emergency_rate_on_harmless']} ({len(r['harmless_emergencies'])}/{r['harmless']}) "
                             f"| {r['check_in_rate_on_harmless']} ({len(r['harmless_check_ins'])}/{r['harmless']}) |")
        lines.append("")
    if summary.get("faq"):
        systems = list(summary["faq"])
        lines += ["## Questions (faq_heldout.yml): retrieval accuracy per question", "",
                  "| question | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
        keys = sorted({k for s in systems for k in summary["faq"][s]["per_question"]})
        for key in keys:
            lines.append(f"| {key} | "
                         + " | ".join(str(summary["faq"][s]["per_question"].get(key, 0.0)) for s in systems) + " |")
        lines.append("| **all questions** | " + " | ".join(str(summary["faq"][s]["accuracy"]) for s in systems) + " |")
        lines.append("")
    if summary.get("timing"):
        lines += ["## Timing", ""] + [f"- {k}: {v}" for k, v in summary["timing"].items()] + [""]
    if VARIANTS.is_file():
        # the variants tried, one heading level down, so the report holds them too
        lines += ["#" + line if line.startswith("#") else line
                  for line in VARIANTS.read_text(encoding="utf-8").splitlines()] + [""]
    return "\n".join(lines)
