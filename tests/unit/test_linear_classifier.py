"""The intent classifier (nlu_components/linear_classifier.py): what it reports for worries
and questions, that its fast probabilities are scikit-learn's, and that it loads only
what it saved."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.linear_classifier import LinearIntentClassifier

EXAMPLES = {
    "bullying": ["people keep calling me names online", "they post mean comments about me",
                 "a group chat is ganging up on me", "someone keeps sending me nasty messages",
                 "kids from school bully me on instagram", "they laugh at my photos and share them"],
    "scam": ["i paid for trainers and they never came", "someone took my money for robux",
             "a fake website took my bank details", "i got scammed on vinted",
             "the seller blocked me after i paid", "they promised free skins and took my login"],
    "faq/parental_controls": ["how do i set up parental controls", "what controls can i put on his phone",
                              "how do i limit apps on her tablet", "can i block adult sites at home",
                              "how do i turn on family link", "which settings stop in-app purchases"],
    "faq/report_police": ["when should i report to the police", "do i call 101 or 999",
                          "how do i report a crime online", "should the police know about this",
                          "can i report it to the police myself", "what happens when i report to police"],
}


def _message(text: str, label: str) -> Message:
    data = {"text": text, "intent": label.split("/")[0]}
    if "/" in label:
        data["intent_response_key"] = label
    return Message(data=data)


@pytest.fixture
def trained(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("linear")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.create({}, storage, resource, context)
    component.train(TrainingData([_message(t, label) for label, texts in EXAMPLES.items() for t in texts]))
    return component, storage, resource, context


def _parse(component, text):
    message = Message(data={"text": text})
    component.process([message])
    return message


def test_a_worry_is_its_intent_with_a_ranking(trained):
    component = trained[0]
    message = _parse(component, "they keep posting mean comments about me in the group chat")
    assert message.get("intent")["name"] == "bullying"
    ranking = message.get("intent_ranking")
    assert [r["name"] for r in ranking][0] == "bullying"
    assert {r["name"] for r in ranking} == {"bullying", "scam", "faq"}
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_a_question_is_faq_with_its_key_as_the_response_selector_gives_it(trained):
    component = trained[0]
    message = _parse(component, "how do i set up controls on her phone")
    assert message.get("intent")["name"] == "faq"
    selector = message.get("response_selector")
    assert selector["all_retrieval_intents"] == ["faq"]
    response = selector["faq"]["response"]
    assert response["intent_response_key"] == "faq/parental_controls"
    assert response["utter_action"] == "utter_faq/parental_controls"
    # the key's share of the question's probability: the two keys' shares sum to one
    assert sum(r["confidence"] for r in selector["faq"]["ranking"]) == pytest.approx(1.0)
    assert 0.5 < response["confidence"] <= 1.0


def test_the_fast_probabilities_are_scikit_learns(trained):
    import scipy.sparse

    component = trained[0]
    texts = ["someone stole my robux", "how do i report this to the police", "", "zzzz qqqq",
             "they bully me and took my money"]
    component.process([Message(data={"text": "warm up"})])
    messages = [Message(data={"text": t}) for t in texts]
    dense = component._dense(messages)
    assert dense.shape == (len(texts), 384)
    fast = component._scorer.predict_proba(texts, dense)
    union, calibrated = component.model.steps[0][1], component.model.steps[-1][1]
    features = scipy.sparse.hstack([union.transform(texts), scipy.sparse.csr_matrix(dense)]).tocsr()
    assert np.allclose(fast, calibrated.predict_proba(features), rtol=0, atol=1e-6)
    assert list(component._scorer.classes_) == list(component.model.classes_)
    with pytest.raises(ValueError, match="dense features"):
        component._scorer.predict_proba(texts)


def test_the_sentence_vector_carries_meaning_the_ngrams_lack(tmp_path):
    """Words the training examples never used: n-grams alone cannot place them, the
    sentence vector can."""
    context = ExecutionContext(GraphSchema({}), "test")
    data = TrainingData([_message(t, label) for label, texts in EXAMPLES.items() for t in texts])
    results = {}
    for weight in (0, 1.0):
        (tmp_path / str(weight)).mkdir()
        storage = LocalModelStorage(tmp_path / str(weight))
        component = LinearIntentClassifier.create({"sentence_vectors": weight}, storage, Resource("linear"), context)
        component.train(data)
        results[weight] = _parse(component, "a vendor on ebay vanished with my cash").get("intent")["name"]
    assert results[1.0] == "scam"


def test_a_model_trained_without_sentence_vectors_is_refused_by_a_config_that_wants_them(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("linear")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.create({"sentence_vectors": 0}, storage, resource, context)
    component.train(TrainingData([_message(t, label) for label, texts in EXAMPLES.items() for t in texts]))
    assert component._dense([Message(data={"text": "hi"})]) is None
    assert _parse(component, "i got scammed on ebay").get("intent")["name"] == "scam"
    with pytest.raises(ValueError, match="train the model again"):
        LinearIntentClassifier.load({"sentence_vectors": 1.0}, storage, resource, context)


def test_it_loads_what_it_saved(trained):
    component, storage, resource, context = trained
    loaded = LinearIntentClassifier.load({}, storage, resource, context)
    text = "i paid and the seller blocked me"
    assert _parse(loaded, text).get("intent") == _parse(component, text).get("intent")


def test_a_loaded_model_keeps_its_weights_once_and_scikit_learn_agrees(trained):
    """The loaded model's LinearSVCs read the scorer's weights (no second copy, about
    115 MB a model when served), and scikit-learn's own probabilities are unchanged."""
    import scipy.sparse

    component, storage, resource, context = trained
    loaded = LinearIntentClassifier.load({}, storage, resource, context)
    for model, scorer in ((loaded.model, loaded._scorer), (loaded.ngram_model, loaded._ngram_scorer)):
        for fold in model.steps[-1][1].calibrated_classifiers_:
            assert np.shares_memory(fold.base_estimator.coef_, scorer.weights)
    texts = ["someone stole my robux", "how do i report this to the police", "they bully me and took my money"]
    messages = [Message(data={"text": t}) for t in texts]
    dense = loaded._dense(messages)
    union, calibrated = loaded.model.steps[0][1], loaded.model.steps[-1][1]
    features = scipy.sparse.hstack([union.transform(texts), scipy.sparse.csr_matrix(dense)]).tocsr()
    expected = trained[0].model.steps[-1][1].predict_proba(features)
    assert np.allclose(calibrated.predict_proba(features), expected, rtol=0, atol=1e-12)
    assert np.allclose(loaded._scorer.predict_proba(texts, dense), expected, rtol=0, atol=1e-6)


def test_it_refuses_a_model_file_holding_other_types(trained, tmp_path):
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    _, storage, resource, context = trained
    with storage.write_to(resource) as directory:
        sio.dump({"model": LogisticRegression()}, directory / "classifier.skops")
    with pytest.raises(ValueError, match="does not hold the classifier"):
        LinearIntentClassifier.load({}, storage, resource, context)
    # a type skops does not trust and this component never saves is refused before loading
    with storage.write_to(resource) as directory:
        sio.dump({"when": __import__("datetime").date(2026, 1, 1)}, directory / "classifier.skops")
    with pytest.raises(ValueError, match="never saves"):
        LinearIntentClassifier.load({}, storage, resource, context)


def test_one_intent_is_not_enough_to_train(tmp_path):
    component = LinearIntentClassifier.create({}, LocalModelStorage(tmp_path), Resource("x"),
                                              ExecutionContext(GraphSchema({}), "test"))
    with pytest.raises(ValueError, match="at least two intents"):
        component.train(TrainingData([_message(t, "scam") for t in EXAMPLES["scam"]]))


def test_the_ngram_reading_is_kept_for_the_risk_tiers(tmp_path):
    """The sentence vector of a whole message is mostly its ordinary part: the n-gram
    model alone is trained too, and its reading goes on the message for the risk tiers."""
    from nlu_components.linear_classifier import NGRAM_READING

    data = TrainingData([_message(t, label) for label, texts in {
        **EXAMPLES, "immediate_risk": ["i have taken all my pills", "i am going to kill myself tonight",
                                       "he has a knife and is coming for me",
                                       "i cut too deep and cant stop the bleeding",
                                       "im standing on the bridge now", "there is a man in my house hurting mum"],
    }.items() for t in texts])
    storage, resource = LocalModelStorage(tmp_path), Resource("linear")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.create({}, storage, resource, context)
    component.train(data)
    loaded = LinearIntentClassifier.load({}, storage, resource, context)
    assert loaded.ngram_model is not None
    text = "i got scammed on vinted. also i have taken all my pills"
    message = _parse(loaded, text)
    reading = message.get(NGRAM_READING)
    ngram_only = loaded._ngram_scorer.predict_proba([text])[0]
    risk = list(loaded._scorer.classes_).index("immediate_risk")
    assert {r["name"]: r["confidence"] for r in reading["intent_ranking"]}["immediate_risk"] == \
        pytest.approx(ngram_only[risk])
    assert reading["intent"]["name"] == reading["intent_ranking"][0]["name"]
    # the message's own intent is the reading with the sentence vector
    assert message.get("intent") == message.get("intent_ranking")[0]
    # without sentence vectors there is one model and no second reading
    (tmp_path / "plain").mkdir()
    plain = LinearIntentClassifier.create({"sentence_vectors": 0}, LocalModelStorage(tmp_path / "plain"), resource,
                                          context)
    plain.train(data)
    assert plain.ngram_model is None and _parse(plain, text).get(NGRAM_READING) is None
