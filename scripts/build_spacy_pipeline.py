"""Build the project's own small spaCy pipeline, which Rasa's SpacyNLP loads by path.

Official spaCy models can't be downloaded here (and we need none of their vectors or
parsers), so the pipeline is built from packages: a blank English tokenizer, the lookup
lemmatizer from ``spacy-lookups-data``, an entity ruler for ages and platform names, and
a span ruler for words that show who is writing. Patterns: data/spacy/entity_patterns.yml.

    python scripts/build_spacy_pipeline.py [OUTPUT_DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import spacy
import yaml
from spacy.pipeline import EntityRuler, SpanRuler

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "data" / "spacy" / "entity_patterns.yml"
OUTPUT = ROOT / "build" / "spacy_en_kent"


def ruler_patterns(document: dict) -> tuple[list, list]:
    entities = [{"label": "age", "pattern": p} for p in document["age"]]
    for canonical, phrases in document["platform"].items():
        entities += [{"label": "platform", "pattern": phrase, "id": canonical} for phrase in phrases]
    spans = []
    for audience, groups in document["audience"].items():
        for group in groups:
            if group and isinstance(group[0], str):
                spans += [{"label": audience, "pattern": phrase} for phrase in group]
            else:
                spans.append({"label": audience, "pattern": group})
    return entities, spans


def build(output: Path = OUTPUT) -> Path:
    document = yaml.safe_load(PATTERNS.read_text(encoding="utf-8"))
    entities, spans = ruler_patterns(document)
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    nlp.add_pipe("span_ruler", config={"spans_key": "audience", "phrase_matcher_attr": "LOWER"})
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data
    # get_pipe is typed as returning any component; these two are the rulers added above
    cast(EntityRuler, nlp.get_pipe("entity_ruler")).add_patterns(entities)
    cast(SpanRuler, nlp.get_pipe("span_ruler")).add_patterns(spans)
    nlp.meta["name"] = "en_kent"
    nlp.meta["description"] = "Blank English + lookup lemmatizer + age/platform entity ruler + audience span ruler"
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output


if __name__ == "__main__":
    out = build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    print(f"spaCy pipeline written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
