"""channels/server.py's start: TensorFlow loads without JAX, Rasa's server with it."""
from __future__ import annotations

import subprocess
import sys

from safeguarding import PROJECT_ROOT


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(PROJECT_ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def test_tensorflow_and_rasas_server_load_without_jax():
    out = run("from channels.server import without_jax\n"
              "without_jax()\n"
              "import sys, tensorflow, rasa.core.run, rasa.core.agent\n"
              "tflite = sys.modules['tensorflow.lite.python.util']\n"
              "print(tflite._xla_computation is None, 'jaxlib' in sys.modules, tensorflow.constant(2).numpy() * 3)")
    assert out.splitlines()[-1] == "True False 6"


def test_without_it_tensorflow_would_load_jax():
    """The saving is real: in this environment TensorFlow does import JAX on its own."""
    out = run("import sys, tensorflow\nprint('jaxlib' in sys.modules)")
    assert out.splitlines()[-1] == "True"
