"""Rasa loads half the bot by dotted paths written in YAML: the pipeline's components
(config.yml), the REST channel (credentials.yml), the tracker store (endpoints.yml) and,
in production, the tracker and lock stores (deploy/endpoints.prod.yml). A path that no
longer imports fails late and quietly: Rasa keeps conversations in memory when it cannot
import a tracker store. Every path named in those files must import, as what it is."""
from __future__ import annotations

import re
from typing import Any, Iterator, List, Tuple

import pytest
import yaml

from tests.conftest import ROOT

FILES = ["config.yml", "credentials.yml", "endpoints.yml", "deploy/endpoints.prod.yml"]
DOTTED = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+")
NOT_PATHS = {"recipe"}  # config.yml's `recipe: default.v1` names a Rasa recipe, not a module


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(key)
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif isinstance(node, str):
        yield node


def named() -> List[Tuple[str, str, str]]:
    """(file, section, path) for every key or string value in the files that is a dotted
    Python path; the section is the top-level key it is under (for a channel in
    credentials.yml, "channel")."""
    found = []
    for name in FILES:
        for section, value in yaml.safe_load((ROOT / name).read_text(encoding="utf-8")).items():
            if section in NOT_PATHS:
                continue
            for text in strings({section: value}):
                if DOTTED.fullmatch(text):
                    found.append((name, "channel" if text == section else section, text))
    return found


def test_the_yaml_files_name_the_project_s_classes():
    assert named() == [
        ("config.yml", "pipeline", "nlu_components.entities.KentEntityExtractor"),
        ("config.yml", "pipeline", "nlu_components.linear_classifier.LinearIntentClassifier"),
        ("config.yml", "pipeline", "nlu_components.safety_net.ImmediateRiskSafetyNet"),
        ("credentials.yml", "channel", "channels.rest.GuardedRestInput"),
        ("endpoints.yml", "tracker_store", "channels.tracker_store.KentSQLTrackerStore"),
        ("endpoints.yml", "lock_store", "channels.lock_store.SQLiteLockStore"),
        ("deploy/endpoints.prod.yml", "tracker_store", "channels.tracker_store.KentSQLTrackerStore"),
        ("deploy/endpoints.prod.yml", "lock_store", "deploy.lock_store.RenewingRedisLockStore"),
    ]


@pytest.mark.parametrize("file, section, path", named())
def test_every_dotted_path_imports_as_what_rasa_expects(file, section, path):
    from rasa.core.channels.channel import InputChannel
    from rasa.core.lock_store import LockStore
    from rasa.core.tracker_store import TrackerStore
    from rasa.engine.graph import GraphComponent
    from rasa.shared.utils.common import class_from_module_path

    expected = {"pipeline": GraphComponent, "policies": GraphComponent, "channel": InputChannel,
                "tracker_store": TrackerStore, "lock_store": LockStore}[section]
    cls = class_from_module_path(path)  # how Rasa imports them
    assert isinstance(cls, type) and issubclass(cls, expected), f"{file} names {path} as a {section}"
