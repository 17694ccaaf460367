"""The sentence encoder: the published model's own vectors, and nothing else loaded."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from safeguarding.encoder import (ENCODER_DIR, EXPECTED_SHA256, MAX_TOKENS, PACK_TOKENS, EncoderFileError,
                                  SentenceEncoder, verify)

REFERENCE = Path(__file__).parent / "data" / "encoder_reference.json"


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder.load()


def test_vectors_match_the_reference_implementation(encoder):
    # tests/unit/data/encoder_reference.json: the same files run by Hugging Face
    # transformers' BertModel in PyTorch with sentence-transformers' mean pooling and
    # normalisation (tests/unit/data/make_encoder_reference.py, run once in a separate
    # virtualenv with torch). Same vectors to 6 decimal places, typos and emoji included.
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    ours = encoder.encode(reference["texts"])
    theirs = np.array(reference["vectors"], dtype=np.float32)
    assert np.abs(ours - theirs).max() < 1e-5


def test_meaning_not_words_brings_danger_together(encoder):
    a, b, c = encoder.encode(["I want to kill myself", "everyone would be better off without me",
                              "how do I cancel my netflix subscription"])
    assert a @ b > a @ c


def test_batches_and_padding_do_not_change_a_vector(encoder):
    alone = encoder.encode(["i took too many tablets"])[0]
    batch = encoder.encode(["hi", "i took too many tablets", "a much longer message " * 20])
    assert np.abs(batch[1] - alone).max() < 1e-5
    assert encoder.encode([]).shape == (0, 384)


def copy_files(tmp_path: Path) -> Path:
    for name in EXPECTED_SHA256:
        shutil.copy(ENCODER_DIR / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("name", sorted(EXPECTED_SHA256))
def test_a_changed_file_is_refused(tmp_path, name):
    directory = copy_files(tmp_path)
    with open(directory / name, "r+b") as handle:
        handle.seek(-10, 2)
        last = handle.read(1)
        handle.seek(-10, 2)
        handle.write(bytes([last[0] ^ 1]))
    with pytest.raises(EncoderFileError, match="refusing to load"):
        SentenceEncoder.load(directory)


def test_a_missing_file_is_refused_with_how_to_build_it(tmp_path):
    copy_files(tmp_path)
    (tmp_path / "tokenizer.json").unlink()
    with pytest.raises(EncoderFileError, match="make encoder"):
        verify(tmp_path)


def test_only_safetensors_and_json_are_read():
    source = (Path(__file__).resolve().parents[2] / "safeguarding" / "encoder.py").read_text(encoding="utf-8")
    assert "pickle" not in source.replace("never a pickle", "")
    assert "torch" not in source.replace("no torch", "").replace("pull in torch", "")


@pytest.fixture
def blas_threads_restored():
    from threadpoolctl import threadpool_limits

    before = threadpool_limits(limits=None, user_api="blas")  # remembers the current numbers
    yield
    before.restore_original_limits()


def _blas_threads():
    from threadpoolctl import threadpool_info

    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


@pytest.mark.parametrize("setting, threads", [(None, 1), ("2", 2), ("0", 1), ("many", 1)])
def test_serving_uses_one_matrix_product_thread_unless_told(monkeypatch, blas_threads_restored, setting, threads):
    from safeguarding.encoder import BLAS_THREADS, serving_blas_threads

    if setting is None:
        monkeypatch.delenv(BLAS_THREADS, raising=False)
    else:
        monkeypatch.setenv(BLAS_THREADS, setting)
    assert serving_blas_threads() == threads
    assert _blas_threads() == {threads}


def test_onnx_runtime_and_tensorflow_give_the_numpy_references_vectors(encoder):
    """The server runs ONNX Runtime on packed rows; TensorFlow can stand in. The NumPy pass
    on padded batches is the reference both must match, message by message, in batches of
    different lengths, and in a batch that fills several packed rows."""
    assert encoder.backend == "onnxruntime"
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    long = "a much longer message " * 30  # 122 word pieces: nearly a row alone
    texts = [*reference["texts"], "", "i took too many tablets", long, "no " * 200]
    numpy_encoder = SentenceEncoder(encoder.w, encoder.tokenizer, cache_size=0, backend="numpy")
    assert numpy_encoder.backend == "numpy"
    rows = [len(e.ids) for e in encoder.tokenizer.encode_batch(texts)]
    assert sum(rows) > 3 * PACK_TOKENS and max(rows) == MAX_TOKENS  # several rows; truncation too
    for backend in ("onnxruntime", "tensorflow"):
        other = SentenceEncoder(encoder.w, encoder.tokenizer, cache_size=0, backend=backend)
        for batch in (texts, texts[:3], texts[-1:], [long, "hi", long]):
            assert np.abs(other.encode(batch) - numpy_encoder.encode(batch)).max() < 1e-6, (backend, batch[:2])


def test_a_packed_row_holds_several_texts_each_seeing_only_its_own():
    """Packing only pays if several texts share a row; and a text's vector must not
    change with its neighbours (each word piece attends only to its own text)."""
    encoder = SentenceEncoder.load()
    encoder.cache_size = 0
    calls = []
    session = encoder._onnx_session(1)

    class Counting:
        def run(self, outputs, feeds):
            calls.append(feeds["x"].shape)
            return session.run(outputs, feeds)

    encoder._session = Counting()
    alone = encoder.encode(["he said he would kill me"])[0]
    with_others = encoder.encode(["hi", "he said he would kill me", "im scared to go home tonight"])[1]
    assert np.abs(alone - with_others).max() < 1e-6
    assert [shape[0] for shape in calls] == [1, 1]  # the three texts in one row, one call


def test_the_backend_can_be_chosen(monkeypatch):
    from safeguarding.encoder import BACKEND, default_backend

    for name in ("numpy", "tensorflow", "onnxruntime"):
        monkeypatch.setenv(BACKEND, name)
        assert default_backend() == name
    monkeypatch.setenv(BACKEND, "")
    assert default_backend() == "onnxruntime"


def test_serving_prepares_one_onnx_runtime_thread_before_the_first_message(monkeypatch):
    from safeguarding.encoder import BLAS_THREADS

    monkeypatch.delenv(BLAS_THREADS, raising=False)
    encoder = SentenceEncoder.load()
    encoder.prepare(1)
    assert encoder._session is not None
    assert encoder._session.get_session_options().intra_op_num_threads == 1
