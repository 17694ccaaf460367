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
