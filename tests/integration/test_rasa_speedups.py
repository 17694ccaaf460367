"""The trained model understands every held-out message the same with the project's graph
runner (nlu_components/rasa_speedups.py) as with Rasa's dask runner, and predicts the
same actions."""
from __future__ import annotations

import asyncio
import json

import pytest

from tests.integration.servers import MODEL


@pytest.fixture(scope="module")
def agent():
    from rasa.core.agent import Agent

    return Agent.load(str(MODEL))


def _parse_all(agent, texts):
    async def run():
        return [await agent.parse_message(t) for t in texts]
    return json.loads(json.dumps(asyncio.run(run()), sort_keys=True, default=str))


def _actions(agent, texts, sender):
    """The actions predicted in a conversation (custom actions are predicted, and fail to
    run without an action server, which changes nothing here: their events are dropped)."""
    from rasa.core.channels import CollectingOutputChannel, UserMessage

    async def run():
        for text in texts:
            await agent.processor.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
        tracker = await agent.tracker_store.retrieve(sender)
        return [e.action_name for e in tracker.events if getattr(e, "action_name", None)]
    return asyncio.run(run())


def test_both_runners_parse_and_predict_the_same(agent, monkeypatch):
    from rasa.engine.runner.dask import DaskGraphRunner

    from nlu_components import rasa_speedups
    from evaluation.metrics import FAQ_SET, NLU_SETS, load_examples

    texts = [t for path in [*NLU_SETS, FAQ_SET] for t, _ in load_examples(path)][::5]
    conversation = ["hi", "im a young person", "im 13", "someone is sending me horrible messages",
                    "what else can i do", "ok thanks bye"]
    assert DaskGraphRunner.run is rasa_speedups._run
    ours = _parse_all(agent, texts)
    our_actions = _actions(agent, conversation, "ours")

    monkeypatch.setattr(DaskGraphRunner, "run", rasa_speedups._ORIGINAL["run"])
    assert _parse_all(agent, texts) == ours
    assert _actions(agent, conversation, "dask") == our_actions
    assert "action_signpost" in our_actions


def test_the_fast_scorer_gives_scikit_learns_probabilities_on_the_trained_model(agent):
    import numpy as np

    from nlu_components.linear_classifier import CalibratedLinearScorer, LinearIntentClassifier
    from evaluation.metrics import FAQ_SET, NLU_SETS, load_examples

    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    component = next(n._component for n in nodes if isinstance(n._component, LinearIntentClassifier))
    import scipy.sparse
    from rasa.shared.nlu.training_data.message import Message

    texts = [t.lower() for path in [*NLU_SETS, FAQ_SET] for t, _ in load_examples(path)]
    # the model with the sentence vector: n-gram columns, then the weighted vector
    dense = component._dense([Message(data={"text": t}) for t in texts])
    assert dense is not None and component.ngram_model is not None
    fast = CalibratedLinearScorer.from_pipeline(component.model).predict_proba(texts, dense)
    union, calibrated = component.model.steps[0][1], component.model.steps[-1][1]
    features = scipy.sparse.hstack([union.transform(texts), scipy.sparse.csr_matrix(dense)]).tocsr()
    assert np.allclose(fast, calibrated.predict_proba(features), rtol=0, atol=1e-6)
    # the n-gram model alone, whose reading the risk tiers use
    fast = CalibratedLinearScorer.from_pipeline(component.ngram_model).predict_proba(texts)
    assert np.allclose(fast, component.ngram_model.predict_proba(texts), rtol=0, atol=1e-9)


def test_the_loaded_model_serves_with_one_matrix_product_thread(agent):
    """Loading the model to answer messages sets NumPy's OpenBLAS to one thread (its
    waiting threads took the other core from the action server and the other replica:
    safeguarding/encoder.py, serving_blas_threads)."""
    from threadpoolctl import threadpool_info

    assert agent.processor is not None
    assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {1}


def _predictions_along(agent, trackers):
    """RulePolicy's prediction before every action of every conversation, made as the
    server makes them: on one tracker that grows event by event."""
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.core.trackers import DialogueStateTracker

    processor, domain = agent.processor, agent.processor.domain
    found = []
    for story in trackers:
        tracker = DialogueStateTracker(story.sender_id, domain.slots)
        for event in story.events:
            if isinstance(event, ActionExecuted):
                prediction = processor._predict_next_with_tracker(tracker)
                found.append((story.sender_id, len(tracker.events), prediction.max_confidence_index,
                              prediction.max_confidence, prediction.policy_name, prediction.hide_rule_turn,
                              prediction.is_end_to_end_prediction, [type(e).__name__ for e in prediction.events]))
            tracker.update(event, domain)
    return found


def test_the_rule_fixes_predict_what_rasa_predicts_along_every_test_story(agent, monkeypatch):
    """The rule lookup, applied events and past states fixes, against Rasa's own code, on
    the trained model and the team's 113 test stories (every worry, question and the
    immediate-risk path), with an undo and a restart added to some."""
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.core.test import _create_data_generator
    from rasa.shared.core.events import Restarted, UserUtteranceReverted
    from rasa.shared.core.trackers import DialogueStateTracker

    from nlu_components import rasa_speedups
    from tests.conftest import ROOT

    stories = _create_data_generator(str(ROOT / "tests" / "stories"), agent,
                                     use_conversation_test_files=True).generate_story_trackers()
    assert len(stories) >= 100
    trackers = list(stories)
    for story in stories[::10]:  # the same conversations, with an undo after the first message, and a restart
        events = list(story.events)
        first_user = next(i for i, e in enumerate(events) if type(e).__name__ == "UserUttered")
        with_undo = events[:first_user + 1] + [UserUtteranceReverted()] + events[first_user - 1:]
        trackers.append(DialogueStateTracker.from_events(story.sender_id + " undo", with_undo))
        trackers.append(DialogueStateTracker.from_events(story.sender_id + " restart", events + [Restarted()] + events))
    assert RulePolicy._get_possible_keys is rasa_speedups._get_possible_keys
    ours = _predictions_along(agent, trackers)
    for attribute, owner in (("_get_possible_keys", RulePolicy), ("applied_events", DialogueStateTracker),
                             ("past_states", DialogueStateTracker)):
        monkeypatch.setattr(owner, attribute, rasa_speedups._ORIGINAL[attribute])
    assert _predictions_along(agent, trackers) == ours
    assert len(ours) > 700 and len({p[2] for p in ours}) >= 20  # many different actions were predicted


def test_a_kept_tracker_is_what_the_table_gives_along_conversations(agent, tmp_path, monkeypatch):
    """channels/tracker_store.py keeps a saved conversation in the process and hands it back
    at the next turn. Along 30 conversations in young people's own words (the bench's),
    after every turn: the kept tracker holds what reading the table gives (events, slots,
    latest message and action, the states the policies predict from), and the actions
    predicted are the ones predicted when every turn reads the table."""
    import random

    from rasa.core.channels import CollectingOutputChannel, UserMessage

    from channels.tracker_store import KentSQLTrackerStore
    from evaluation.load_test import conversation, varied_messages
    from tests.unit.test_tracker_store import state

    random.seed(14)
    messages = varied_messages()
    conversations = [conversation(messages) for _ in range(30)]
    domain = agent.domain

    def talk(keep, db):
        store = KentSQLTrackerStore(domain, db=str(db))
        store.keep = keep
        monkeypatch.setattr(agent, "tracker_store", store)
        monkeypatch.setattr(agent.processor, "tracker_store", store)
        fresh = KentSQLTrackerStore(domain, db=str(db))
        fresh.keep = 0
        actions, compared = [], 0

        async def run():
            nonlocal compared
            for n, texts in enumerate(conversations):
                sender = f"c{n}"
                for text in texts:
                    await agent.processor.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
                    if keep and sender in store._kept:
                        kept = KentSQLTrackerStore._hand_over(store._kept[sender])
                        read = await fresh.retrieve(sender)
                        assert kept is not None, (sender, text)
                        assert state(kept) == state(read), (sender, text)
                        assert kept.past_states(domain) == read.past_states(domain), (sender, text)
                        compared += 1
                tracker = await fresh.retrieve(sender)
                actions.append([e.action_name for e in tracker.events if getattr(e, "action_name", None)])
        asyncio.run(run())
        return actions, compared

    kept_actions, compared = talk(100, tmp_path / "kept.db")
    read_actions, _ = talk(0, tmp_path / "read.db")
    assert kept_actions == read_actions
    assert compared >= 150  # nearly every turn went through a kept tracker
