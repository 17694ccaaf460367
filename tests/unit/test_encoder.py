"""The sentence encoder: the published model's own vectors, and nothing else loaded."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from safeguarding.encoder import ENCODER_DIR, EXPECTED_SHA256, EncoderFileError, SentenceEncoder, verify

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


def test_tensorflow_and_the_numpy_reference_give_the_same_vectors(encoder):
    """The server runs the compiled TensorFlow pass; the NumPy pass is the reference it
    must match, message by message and in padded batches of different lengths."""
    assert encoder.backend == "tensorflow"
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    texts = [*reference["texts"], "", "i took too many tablets", "a much longer message " * 30]
    numpy_encoder = SentenceEncoder(encoder.w, encoder.tokenizer, cache_size=0, backend="numpy")
    tensorflow_encoder = SentenceEncoder(encoder.w, encoder.tokenizer, cache_size=0, backend="tensorflow")
    assert numpy_encoder.backend == "numpy"
    for batch in (texts, texts[:3], texts[-1:]):
        assert np.abs(tensorflow_encoder.encode(batch) - numpy_encoder.encode(batch)).max() < 1e-6


def test_the_numpy_backend_can_be_chosen(monkeypatch):
    from safeguarding.encoder import BACKEND, default_backend

    monkeypatch.setenv(BACKEND, "numpy")
    assert default_backend() == "numpy"
    monkeypatch.setenv(BACKEND, "")
    assert default_backend() == "tensorflow"
