"""Shared fixtures for the action tests (a CollectingDispatcher, a tracker factory and the
parsed domain.yml) and ROOT, the project folder."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    with open(ROOT / "domain.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


def make_tracker(intent: Optional[str] = None, text: str = "", **slots: Any):
    from rasa_sdk import Tracker

    all_slots = {"audience": "young_person", "age_band": None, "worry": None, "platform": None}
    all_slots.update(slots)
    return Tracker(
        sender_id="test",
        slots=all_slots,
        latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker_factory():
    return make_tracker
