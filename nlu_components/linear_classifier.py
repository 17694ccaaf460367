"""The intent classifier: a linear model over word and character n-grams and a sentence
vector.

One classifier for every label, the worries and each question (``faq/<key>``) alike:
TF-IDF over lemma unigrams and bigrams ("send nudes" is not "send" + "nudes") and over
character 2-4-grams inside words (young people misspell: "harrasing", "sucidal",
"scamed"), beside the message's all-MiniLM-L6-v2 sentence vector (``safeguarding.encoder``,
the one the risk tiers read; "my mum's boyfriend makes me keep secrets" is near the
training examples of abuse at home even when it shares no n-gram with them), weighted by
``sentence_vectors`` (chosen by 5-fold cross-validation on the training data; 0 turns it
off). Then a linear support vector machine with balanced class weights, and sigmoid
calibration by 5-fold cross-validation so that confidences are probabilities the
FallbackClassifier and action_faq can hold a threshold against.

It replaced DIET and the ResponseSelector (evaluation/variants.md): the same or better
worry F1 on every held-out set, better question retrieval, seconds of training instead of
minutes, and well under a millisecond per message with no TensorFlow.

A question's probability mass is spread over its ``faq/<key>`` labels; the parse reports
intent ``faq`` with their sum, and the key in ``response_selector`` (the shape Rasa's
ResponseSelector gives, which action_faq and the evaluation read) with its share of it.
The model is saved with skops and loaded only if every type in the file is one this
module expects, never with pickle.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Tuple, Type

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import (
    INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

MODEL_FILE = "classifier.skops"
NGRAM_MODEL_FILE = "ngram_classifier.skops"
# With sentence vectors, the n-gram model alone is trained too and its reading is put on
# the message under this key, for the risk tiers (nlu_components/safety_net.py): the
# sentence vector of a whole message is mostly its ordinary part ("whats the capital of
# australia lol. i just want to know before i go, ive decided"), which can hide the words
# that carry the danger; read with it, 45 danger messages of the independent sets that
# had been escalated slipped (evaluation/variants.md).
NGRAM_READING = "ngram_reading"
RETRIEVAL_SEPARATOR = "/"
# The types in a saved classifier beyond those skops trusts by default (scikit-learn's
# public estimators, numpy): skops loads nothing else, and nothing by pickle.
TRUSTED_TYPES = [
    "scipy.sparse._csr.csr_matrix",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]


def message_text(message: Message) -> str:
    """The lower-cased lemmas of a message (so "bullied" and "bullying" share "bully")."""
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    if tokens:
        return " ".join((t.lemma or t.text).lower() for t in tokens)
    return (message.get(TEXT) or "").lower()


def whole_text(message: Message) -> str:
    """The text the sentence vector is of: the message with its spaces tidied, the same
    text the risk tiers encode first (``safeguarding.risk.texts_to_score``), so the
    encoder's cache serves both."""
    return " ".join((message.get(TEXT) or "").split())


def check_shape(model: Any, path: Any) -> None:
    """Refuse a file that does not hold what train() saves."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline

    ok = (isinstance(model, Pipeline) and len(model.steps) == 2
          and isinstance(model.steps[0][1], FeatureUnion)
          and all(isinstance(t, TfidfVectorizer) for _, t in model.steps[0][1].transformer_list)
          and isinstance(model.steps[1][1], CalibratedClassifierCV))
    if not ok:
        raise ValueError(f"{path} does not hold the classifier this component saves")


def split_label(label: str) -> Tuple[str, Optional[str]]:
    """'faq/online_safety_talk' -> ('faq', 'faq/online_safety_talk'); 'scam' -> ('scam', None)."""
    if RETRIEVAL_SEPARATOR in label:
        return label.split(RETRIEVAL_SEPARATOR, 1)[0], label
    return label, None


def by_confidence(row: Dict[str, Any]) -> float:
    """Sort key for a ranking: the most confident first (equal ones keep their order)."""
    return -row[PREDICTED_CONFIDENCE_KEY]


class CalibratedLinearScorer:
    """The trained pipeline's probabilities for one message at a time, in a few small
    array operations.

    scikit-learn's CalibratedClassifierCV.predict_proba loops in Python over every fold
    and every label, FeatureUnion.transform starts a joblib job, and sparse matrices cost
    more to build than to use for one short message: together a fifth of the Rasa
    server's time under load (py-spy, `make bench`). This gives the same probabilities
    (tests/unit/test_linear_classifier.py checks it against scikit-learn) from the same
    fitted parts: each vectorizer's n-grams, counts, sublinear tf times idf, L2-normalised;
    then for each fold its LinearSVC's decision values, the fold's sigmoid per label,
    normalised to sum to one; the folds' probabilities averaged."""

    def __init__(self, blocks: List[Tuple], classes: np.ndarray, weights: np.ndarray,
                 intercepts: np.ndarray, a: np.ndarray, b: np.ndarray, folds: List[Tuple],
                 sparse_columns: Optional[int] = None) -> None:
        self.blocks = blocks          # (analyzer, vocabulary, idf, first column) per vectorizer
        self.classes_ = classes
        self.weights = weights        # features x (labels of every fold, fold after fold)
        # the n-gram columns come first; any after them are the sentence vector's
        self.sparse_columns = weights.shape[0] if sparse_columns is None else sparse_columns
        self.dense_weights = np.ascontiguousarray(weights[self.sparse_columns:])
        self.intercepts = intercepts
        self.a, self.b = a, b         # each fold's sigmoid per label, in the same order
        self.folds = folds            # (slice of the columns above, label index of each)

    @classmethod
    def from_pipeline(cls, pipeline: Any) -> "CalibratedLinearScorer":
        union, calibrated = pipeline.steps[0][1], pipeline.steps[-1][1]
        classes = np.asarray(calibrated.classes_)
        if len(classes) < 3:
            raise ValueError("the fast scorer is for three or more labels")
        blocks, first = [], 0
        for _, vectorizer in union.transformer_list:
            if not (vectorizer.sublinear_tf and vectorizer.use_idf and vectorizer.norm == "l2"):
                raise ValueError("the fast scorer expects sublinear tf, idf and L2 norm")
            blocks.append((vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_, first))
            first += len(vectorizer.idf_)
        weights, intercepts, a, b, folds, column = [], [], [], [], [], 0
        for fold in calibrated.calibrated_classifiers_:
            svm = fold.base_estimator  # "estimator" from scikit-learn 1.2
            weights.append(svm.coef_.T)
            intercepts.append(svm.intercept_)
            a.append([c.a_ for c in fold.calibrators])
            b.append([c.b_ for c in fold.calibrators])
            n = len(svm.classes_)
            folds.append((slice(column, column + n), np.searchsorted(classes, svm.classes_)))
            column += n
        return cls(blocks, classes, np.ascontiguousarray(np.hstack(weights)), np.concatenate(intercepts),
                   np.concatenate(a), np.concatenate(b), folds, sparse_columns=first)

    def share_weights(self, pipeline: Any) -> None:
        """Point each fold's LinearSVC at its columns of this scorer's weights (a view), so
        the model's own copies, as large as these (about 115 MB a model), are freed: the
        same numbers, kept once. For a loaded model that only answers messages."""
        calibrated = pipeline.steps[-1][1]
        for fold, (span, _labels) in zip(calibrated.calibrated_classifiers_, self.folds, strict=True):
            svm = fold.base_estimator
            view = self.weights[:, span].T
            if view.shape != svm.coef_.shape or not np.array_equal(view, svm.coef_):
                raise ValueError("the scorer's weights are not this model's")
            svm.coef_ = view

    @property
    def dense_width(self) -> int:
        return self.weights.shape[0] - self.sparse_columns

    def features(self, text: str) -> Tuple[np.ndarray, np.ndarray]:
        """Column indices and TF-IDF values of one text."""
        columns, values = [], []
        for analyzer, vocabulary, idf, first in self.blocks:
            counts: Dict[int, int] = {}
            for gram in analyzer(text):
                j = vocabulary.get(gram)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if not counts:
                continue
            index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            value = (np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) + 1) * idf[index]
            value /= np.sqrt(np.dot(value, value))
            columns.append(index + first)
            values.append(value)
        if not columns:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(columns), np.concatenate(values)

    def predict_proba(self, texts: List[str], dense: Optional[np.ndarray] = None) -> np.ndarray:
        """``dense``: each text's weighted sentence vector, when the model was trained with them."""
        from scipy.special import expit

        wanted = (len(texts), self.dense_width)
        if (dense is None) != (self.dense_width == 0) or (dense is not None and dense.shape != wanted):
            raise ValueError(f"this model needs {self.dense_width} dense features per text")
        result = np.zeros((len(texts), len(self.classes_)))
        # the sentence vectors' part for every text at once: one matrix product (one BLAS
        # thread while serving, encoder.serving_blas_threads)
        from_dense = None if dense is None else dense.astype(np.float64) @ self.dense_weights
        for row, text in enumerate(texts):
            columns, values = self.features(text)
            # a weighted sum of rows, not values @ rows: a BLAS product would start threads
            # that spin on the other core for a few hundred multiplications
            decision = (self.weights[columns] * values[:, None]).sum(axis=0) + self.intercepts
            if from_dense is not None:
                decision += from_dense[row]
            calibrated = expit(-(self.a * decision + self.b))
            for span, labels in self.folds:
                proba = np.zeros(len(self.classes_))
                proba[labels] = calibrated[span]
                total = proba.sum()
                result[row] += proba / total if total != 0 else 1 / len(self.classes_)
            result[row] /= len(self.folds)
        return result


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(IntentClassifier, GraphComponent):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 1.0,                  # chosen by 5-fold cross-validation on the training data
            # the sentence vector's weight beside the n-grams (each block is a unit vector):
            # by 5-fold cross-validation, worry macro F1 0.785 / 0.828 / 0.844 / 0.843 / 0.842
            # at 0 / 0.5 / 1 / 1.5 / 2 (evaluation/variants.md)
            "sentence_vectors": 1.0,
            "word_ngrams": [1, 2],
            "char_ngrams": [2, 4],
            "calibration_folds": 5,
            "ranking_length": 10,
            "random_seed": 42,
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Any = None, ngram_model: Any = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model
        # with sentence vectors: the n-gram model alone, for the danger labels' floor
        self.ngram_model = ngram_model
        self._scorer: Optional[CalibratedLinearScorer] = None
        self._ngram_scorer: Optional[CalibratedLinearScorer] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource)

    def _dense(self, messages: List[Message]) -> Optional[np.ndarray]:
        """The messages' sentence vectors times their weight, or None when they are off."""
        weight = float(self.config["sentence_vectors"] or 0)
        if not weight:
            return None
        from safeguarding.encoder import default_encoder  # checks the files' SHA-256

        return default_encoder().encode([whole_text(m) for m in messages]) * np.float32(weight)

    def _new_model(self) -> Any:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline, make_union
        from sklearn.svm import LinearSVC

        features = make_union(
            TfidfVectorizer(ngram_range=tuple(self.config["word_ngrams"]), sublinear_tf=True,
                            token_pattern=r"(?u)\b\w+\b"),
            TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.config["char_ngrams"]),
                            sublinear_tf=True),
        )
        svm = LinearSVC(C=self.config["C"], class_weight="balanced",
                        random_state=self.config["random_seed"])
        return make_pipeline(features, CalibratedClassifierCV(svm, cv=self.config["calibration_folds"]))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(INTENT) and m.get(TEXT)]
        labels = [m.get(INTENT_RESPONSE_KEY) or m.get(INTENT) for m in examples]
        if len(set(labels)) < 2:
            raise ValueError("LinearIntentClassifier needs examples of at least two intents")
        self.model = self._new_model()
        self._scorer = self._ngram_scorer = None
        union, calibrated = self.model.steps[0][1], self.model.steps[-1][1]
        ngrams = union.fit_transform([message_text(m) for m in examples])
        dense = self._dense(examples)
        # an array, not a list: CalibratedClassifierCV counts each class with y == label
        y = np.asarray(labels)
        if dense is None:
            calibrated.fit(ngrams, y)
            self.ngram_model = None
        else:
            import scipy.sparse
            from sklearn.pipeline import Pipeline

            calibrated.fit(scipy.sparse.hstack([ngrams, scipy.sparse.csr_matrix(dense)]).tocsr(), y)
            alone = self._new_model().steps[-1][1]
            alone.fit(ngrams, y)
            self.ngram_model = Pipeline([(self.model.steps[0][0], union), (self.model.steps[-1][0], alone)])
        self.persist()
        return self._resource

    def persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as directory:
            sio.dump(self.model, directory / MODEL_FILE)
            if self.ngram_model is not None:
                sio.dump(self.ngram_model, directory / NGRAM_MODEL_FILE)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearIntentClassifier":
        import skops.io as sio

        def read(path: Any) -> Any:
            unexpected = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
            if unexpected:
                raise ValueError(f"{path} holds types this classifier never saves: {sorted(unexpected)}")
            model = sio.load(path, trusted=TRUSTED_TYPES)
            check_shape(model, path)
            return model

        with model_storage.read_from(resource) as directory:
            path = directory / MODEL_FILE
            model = read(path)
            ngram_model = read(directory / NGRAM_MODEL_FILE) if (directory / NGRAM_MODEL_FILE).exists() else None
        component = cls(config, model_storage, resource, model, ngram_model)
        component._scorer = CalibratedLinearScorer.from_pipeline(model)
        component._scorer.share_weights(model)
        from safeguarding.encoder import WIDTH

        wanted = WIDTH if component.config["sentence_vectors"] else 0
        if component._scorer.dense_width != wanted or (wanted and ngram_model is None):
            raise ValueError(f"{path} was trained with {component._scorer.dense_width} sentence-vector features, "
                             f"the config asks for {wanted}: train the model again")
        if ngram_model is not None:
            component._ngram_scorer = CalibratedLinearScorer.from_pipeline(ngram_model)
            component._ngram_scorer.share_weights(ngram_model)
            if list(component._ngram_scorer.classes_) != list(component._scorer.classes_):
                raise ValueError(f"{path}: the two models' labels differ: train the model again")
        return component

    def process(self, messages: List[Message]) -> List[Message]:
        if self.model is None or not messages:
            return messages
        if self._scorer is None:
            self._scorer = CalibratedLinearScorer.from_pipeline(self.model)
        texts = [message_text(m) for m in messages]
        probabilities = self._scorer.predict_proba(texts, self._dense(messages))
        ngram = None
        if self.ngram_model is not None:
            if self._ngram_scorer is None:
                self._ngram_scorer = CalibratedLinearScorer.from_pipeline(self.ngram_model)
            ngram = self._ngram_scorer.predict_proba(texts)
        for index, (message, row) in enumerate(zip(messages, probabilities, strict=True)):
            if ngram is not None:
                self._set_prediction(message, ngram[index])
                message.set(NGRAM_READING, {INTENT: message.get(INTENT),
                                            INTENT_RANKING_KEY: message.get(INTENT_RANKING_KEY)})
            self._set_prediction(message, row)
        return messages

    def _set_prediction(self, message: Message, row: np.ndarray) -> None:
        intents: Dict[str, float] = {}
        questions: Dict[str, Dict[str, float]] = {}
        for label, p in zip(self.model.classes_, row, strict=True):
            intent, key = split_label(str(label))
            intents[intent] = intents.get(intent, 0.0) + float(p)
            if key:
                questions.setdefault(intent, {})[key] = float(p)
        ranking = sorted(({INTENT_NAME_KEY: k, PREDICTED_CONFIDENCE_KEY: v} for k, v in intents.items()),
                         key=by_confidence)
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking[: self.config["ranking_length"]], add_to_output=True)
        selectors: Dict[str, Any] = {"all_retrieval_intents": sorted(questions)}
        for intent, keys in questions.items():
            total = intents[intent] or 1.0
            ranked = sorted(({INTENT_RESPONSE_KEY: k, PREDICTED_CONFIDENCE_KEY: p / total} for k, p in keys.items()),
                            key=by_confidence)[: self.config["ranking_length"]]
            selectors[intent] = {
                "response": {**ranked[0], "utter_action": f"utter_{ranked[0][INTENT_RESPONSE_KEY]}",
                             "responses": None},
                "ranking": ranked,
            }
        message.set("response_selector", selectors, add_to_output=True)
