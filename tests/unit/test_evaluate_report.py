"""The evaluation report (evaluation/report.py, written by scripts/evaluate.py) carries the
variants tried next to the current figures, as the evaluation issue asks; and the CI
gates (evaluation/gates.py) fail what they should."""
from __future__ import annotations

from evaluation import gates
from evaluation import report as evaluate


def test_the_summary_holds_the_figures_and_every_variant_tried():
    summary = {"nlu": {"heldout.yml": {"bot": {"immediate_risk_recall": 1.0, "immediate_risk_emergency": 0.95,
                                               "false_alarm_rate": 0.0, "check_in_rate": 0.05, "harmless": 60,
                                               "false_alarms": [], "check_ins": ["a", "b", "c"],
                                               "worry_macro_f1": 0.965, "accuracy": 0.96}}},
               "risk": {"risk_blind3.yml": {"bot": {
                   "risk": 170, "missed": [{"text": "x"}, {"text": "y"}], "escalated_rate": 0.988,
                   "emergency_rate_on_risk": 0.9, "brush_offs": ["x"], "harmless": 0,
                   "emergency_rate_on_harmless": None, "check_in_rate_on_harmless": None,
                   "harmless_emergencies": [], "harmless_check_ins": []}}},
               "faq": {}, "timing": {}}
    text = evaluate.summary_markdown(summary, "make nlu-eval")
    assert "| bot | 1.0 | 0.95 | 0.0 (0/60) | 0.05 (3/60) | 0.965 | 0.96 |" in text
    assert "| risk_blind3.yml | bot | 0.988 (168/170) | 0.9 | 1 |" in text
    assert "## Variants tried" in text
    variant_rows = [line for line in evaluate.VARIANTS.read_text(encoding="utf-8").splitlines()
                    if line.startswith("| ") and not line.startswith("| variant")]
    assert len(variant_rows) >= 5
    for row in variant_rows:
        assert row in text


def test_the_gates_fail_a_missed_risk_and_too_many_false_alarms():
    passing = {"immediate_risk_missed": [], "false_alarm_rate": 0.0, "false_alarms": [],
               "check_in_rate": 0.05, "check_ins": []}
    assert gates.nlu_set_failures("heldout.yml", passing) == []
    failing = dict(passing, immediate_risk_missed=["i took pills"], false_alarm_rate=0.03, check_in_rate=0.09)
    assert len(gates.nlu_set_failures("heldout.yml", failing)) == 3
    risk = {"escalated_rate": 0.97, "missed": [{"text": "x"}], "emergency_rate_on_harmless": 0.025,
            "harmless_emergencies": [], "check_in_rate_on_harmless": 0.11, "harmless_check_ins": []}
    # every set is held to the targets now (NOT_YET_MET is empty)
    assert len(gates.risk_set_failures("harmless_blind3.yml", risk)) == 3
    assert len(gates.risk_set_failures("risk_blind3.yml", risk)) == 3
