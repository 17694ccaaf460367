"""What the evaluation measures (``make nlu-eval``, ``make evaluate``): the held-out sets,
the systems' predictions, and the figures per set: intent accuracy, worry F1, risk tiers
on immediate-risk and harmless messages, question retrieval. The CI gates are in
``evaluation/gates.py``, the reports in ``evaluation/report.py``, the whole run in
``evaluation/nlu.py``; ``scripts/evaluate.py`` is its command line.

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
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Callable, Dict, List, Tuple

from safeguarding import PROJECT_ROOT as ROOT
from safeguarding.vocabulary import (
    CHECK_IN, IMMEDIATE_RISK, NLU_FALLBACK, OUT_OF_SCOPE, TIER_CHECK_IN, TIER_EMERGENCY, TIER_NONE, WORRIES,
)

NLU_SETS = [ROOT / "tests" / "nlu" / name for name in (
    "heldout.yml", "heldout_blind.yml", "heldout_blind2.yml", "heldout_offline_blind.yml")]
# Risk-only sets (issue 12), written by authors who saw only the descriptions of the
# intents and tiers: every message in risk_*.yml means danger now (label immediate_risk),
# every message in harmless_*.yml does not (label harmless).
RISK_SETS = [ROOT / "tests" / "nlu" / name for name in (
    "risk_blind3.yml", "harmless_blind3.yml", "risk_blind4.yml", "harmless_blind4.yml",
    "risk_blind5.yml", "harmless_blind5.yml", "risk_blind6.yml", "harmless_blind6.yml",
    "risk_blind7.yml", "harmless_blind7.yml", "risk_blind8.yml", "harmless_blind8.yml",
    "risk_blind9.yml", "harmless_blind9.yml", "risk_blind10.yml", "harmless_blind10.yml",
    "risk_blind11.yml", "harmless_blind11.yml", "risk_blind12.yml", "harmless_blind12.yml",
    "risk_blind13.yml", "harmless_blind13.yml", "risk_blind14.yml", "harmless_blind14.yml",
    "risk_blind15.yml", "harmless_blind15.yml", "risk_blind16.yml", "harmless_blind16.yml",
    "risk_blind17.yml", "harmless_blind17.yml", "risk_blind18.yml", "harmless_blind18.yml",
    "risk_blind19.yml", "harmless_blind19.yml", "risk_blind20.yml", "harmless_blind20.yml",
    "risk_blind21.yml", "harmless_blind21.yml", "risk_blind22.yml", "harmless_blind22.yml",
    "risk_blind23.yml", "harmless_blind23.yml", "risk_blind24.yml", "harmless_blind24.yml",
    "risk_blind25.yml", "harmless_blind25.yml", "risk_blind26.yml", "harmless_blind26.yml",
    "risk_blind27.yml", "harmless_blind27.yml", "risk_blind28.yml", "harmless_blind28.yml",
    "risk_blind29.yml", "harmless_blind29.yml", "risk_blind30.yml", "harmless_blind30.yml",
    "risk_blind31.yml", "harmless_blind31.yml", "risk_blind32.yml", "harmless_blind32.yml",
    "risk_blind33.yml", "harmless_blind33.yml")]
FAQ_SET = ROOT / "tests" / "nlu" / "faq_heldout.yml"
EMERGENCY, NO_RISK = TIER_EMERGENCY, TIER_NONE
# Danger read as one of these got, before issue 12, a brush-off; now a person to talk to
BRUSH_OFF_INTENTS = {OUT_OF_SCOPE, NLU_FALLBACK}
HARMLESS_INTENT = OUT_OF_SCOPE
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
    name = (parse.get("intent") or {}).get("name") or NLU_FALLBACK
    if name == CHECK_IN:
        # a check-in asks whether the person is safe, then carries on with the worry the
        # message was about (risk.worry): that is the bot's reading of it
        return (parse.get("risk") or {}).get("worry") or name
    if name == "faq":
        # the bot's selector is for retrieval_intent faq; Rasa's default one (baseline b)
        # has no retrieval_intent and answers under "default"
        selectors = parse.get("response_selector") or {}
        response = (selectors.get("faq") or selectors.get("default") or {}).get("response") or {}
        return response.get("intent_response_key") or "faq"
    return name


def tier_of(parse: Dict) -> str:
    """The risk tier of a parse: the safety component's own when it gives one (issue 12),
    else emergency exactly when the intent is immediate_risk (models before the tiers)."""
    tier = (parse.get("risk") or {}).get("tier")
    if tier:
        return tier
    return EMERGENCY if intent_of(parse) == IMMEDIATE_RISK else NO_RISK


def evaluate_risk(examples: List[Example], parses: List[Dict]) -> Dict:
    """Tiers on a risk-only set: escalated (emergency or check-in) and danger read as out of scope for
    danger, full emergency replies and check-ins for harmless messages."""
    rows = [(t, g, tier_of(p), intent_of(p), round(float((p.get("risk") or {}).get("score") or 0), 3))
            for (t, g), p in zip(examples, parses, strict=True)]
    risk = [r for r in rows if r[1] == IMMEDIATE_RISK]
    harmless = [r for r in rows if r[1] != IMMEDIATE_RISK]

    def rate(part, rows_):
        return round(len(part) / len(rows_), 3) if rows_ else None
    missed = [r for r in risk if r[2] == NO_RISK]
    return {
        "examples": len(rows),
        "risk": len(risk),
        "escalated_rate": rate([r for r in risk if r[2] != NO_RISK], risk),
        "emergency_rate_on_risk": rate([r for r in risk if r[2] == EMERGENCY], risk),
        "missed": [{"text": r[0], "intent": r[3], "score": r[4]} for r in missed],
        "brush_offs": [r[0] for r in missed if r[3] in BRUSH_OFF_INTENTS],
        "harmless": len(harmless),
        "emergency_rate_on_harmless": rate([r for r in harmless if r[2] == EMERGENCY], harmless),
        "check_in_rate_on_harmless": rate([r for r in harmless if r[2] == TIER_CHECK_IN], harmless),
        "harmless_emergencies": [r[0] for r in harmless if r[2] == EMERGENCY],
        "harmless_check_ins": [r[0] for r in harmless if r[2] == TIER_CHECK_IN],
    }


def evaluate(examples: List[Example], parses: List[Dict]) -> Dict:
    from sklearn.metrics import precision_recall_fscore_support

    gold = [label for _, label in examples]
    pred = [intent_of(p) for p in parses]
    labels = sorted(set(gold) | set(pred))
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    per_intent = {label: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                      "f1": round(float(f[i]), 3), "support": int(s[i])} for i, label in enumerate(labels)}
    worry_f1 = [per_intent[w]["f1"] for w in WORRIES if w in per_intent and per_intent[w]["support"]]
    tiers = [tier_of(p) for p in parses]
    harmless = [tier for g, tier in zip(gold, tiers, strict=True) if g == HARMLESS_INTENT]
    risk = [(t, tier) for (t, g), tier in zip(examples, tiers, strict=True) if g == IMMEDIATE_RISK]
    errors = [{"text": t, "expected": g, "predicted": pr,
               "confidence": round((parse.get("intent") or {}).get("confidence") or 0, 3),
               "safety_net": bool(parse.get("safety_net"))}
              for (t, g), pr, parse in zip(examples, pred, parses, strict=True) if g != pr]
    return {
        "examples": len(examples),
        "accuracy": round(sum(g == pr for g, pr in zip(gold, pred, strict=True)) / len(gold), 3),
        "worry_macro_f1": round(sum(worry_f1) / len(worry_f1), 3) if worry_f1 else None,
        # escalated: the emergency reply or the check-in (999 and a person to talk to, first)
        "immediate_risk_recall": round(sum(tier != NO_RISK for _, tier in risk) / len(risk), 3) if risk else None,
        "immediate_risk_emergency": round(sum(tier == EMERGENCY for _, tier in risk) / len(risk), 3) if risk else None,
        "immediate_risk_missed": [t for t, tier in risk if tier == NO_RISK],
        "harmless": len(harmless),
        "false_alarm_rate": round(sum(tier == EMERGENCY for tier in harmless) / len(harmless), 3) if harmless else None,
        "check_in_rate": (round(sum(tier == TIER_CHECK_IN for tier in harmless) / len(harmless), 3)
                          if harmless else None),
        "false_alarms": [t for (t, g), tier in zip(examples, tiers, strict=True)
                         if g == HARMLESS_INTENT and tier == EMERGENCY],
        "check_ins": [t for (t, g), tier in zip(examples, tiers, strict=True)
                      if g == HARMLESS_INTENT and tier == TIER_CHECK_IN],
        "per_intent": per_intent,
        "labels": labels,
        "errors": errors,
        "_gold": gold,
        "_pred": pred,
    }




def faq_accuracy(result: Dict) -> Dict[str, float]:
    return {k: v["recall"] for k, v in result["per_intent"].items() if k.startswith("faq/") and v["support"]}
