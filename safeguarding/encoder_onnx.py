"""The sentence encoder's layers as an ONNX graph, run by ONNX Runtime (safeguarding/encoder.py).

The same forward pass as the NumPy reference and the TensorFlow function in encoder.py
(BERT: the embeddings' layer norm, then 6 layers of 12-head attention and a GELU
feed-forward, each followed by a residual and a layer norm), written node by node with
``onnx.helper`` from the hash-checked safetensors weights when the model is loaded: no
model file from anywhere else, and nothing pickled. ONNX Runtime's CPU kernels do the
matrix products about twice as fast as TensorFlow's here (`make bench` notes in README,
"Speed and scale"), and a run lets go of Python's lock while it computes.

Inputs: ``x``, the summed word, position and type embeddings, (n, length, 384); ``blocked``,
added to the attention scores, (n, 1, length, length) or (n, 1, 1, length): 0 where a token
may attend, -1e9 where it may not. encoder.py uses it to pack several texts into one row
(each token attends only to its own text's tokens), so no product is spent on padding.
Output ``y``: the last layer's token vectors, (n, length, 384).
"""
from __future__ import annotations

import itertools
from typing import Any, Dict, List, Sequence, Tuple

import numpy as np

OPSET = 20  # Gelu (exact, as BERT's) is an ONNX operator from opset 20


def build_model(weights: Dict[str, np.ndarray], qkv: Sequence[Tuple[np.ndarray, np.ndarray]],
                dense: Dict[str, Tuple[np.ndarray, np.ndarray]], layers: int, heads: int, width: int,
                eps: float) -> Any:
    """The ONNX model (a ModelProto) of the layers. ``qkv``: each layer's query, key and
    value projections as one (width, 3*width) matrix and its bias; ``dense``: the other
    projections by name, as (in, out) matrices and biases (SentenceEncoder._matrices)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    initializers: List[Any] = []
    nodes: List[Any] = []
    names = itertools.count()

    def const(name: str, array: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def node(op: str, inputs: List[str], **attributes: Any) -> str:
        out = f"t{next(names)}"
        nodes.append(helper.make_node(op, inputs, [out], **attributes))
        return out

    def linear(x: str, name: str, matrix: np.ndarray, bias: np.ndarray) -> str:
        return node("Add", [node("MatMul", [x, const(name + ".w", matrix)]), const(name + ".b", bias)])

    def layer_norm(x: str, prefix: str) -> str:
        return node("LayerNormalization", [x, const(prefix + ".weight", weights[prefix + ".weight"]),
                                           const(prefix + ".bias", weights[prefix + ".bias"])],
                    axis=-1, epsilon=eps)

    head = width // heads
    split = const("split_heads", np.array([0, 0, 3, heads, head], np.int64))  # 0: keep that size
    merge = const("merge_heads", np.array([0, 0, width], np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(head), np.float32))
    which = [const(f"part{j}", np.array(j, np.int64)) for j in range(3)]

    h = layer_norm("x", "embeddings.LayerNorm")
    for i in range(layers):
        p = f"encoder.layer.{i}."
        # (n, length, 3*width) -> (3, n, heads, length, head): query, key and value
        parts = node("Transpose", [node("Reshape", [linear(h, p + "qkv", *qkv[i]), split])], perm=[2, 0, 3, 1, 4])
        q, k, v = (node("Gather", [parts, which[j]], axis=0) for j in range(3))
        scores = node("Mul", [node("MatMul", [q, node("Transpose", [k], perm=[0, 1, 3, 2])]), scale])
        attention = node("Softmax", [node("Add", [scores, "blocked"])], axis=-1)
        context = node("Reshape", [node("Transpose", [node("MatMul", [attention, v])], perm=[0, 2, 1, 3]), merge])
        attended = linear(context, p + "attention.output.dense", *dense[p + "attention.output.dense"])
        h = layer_norm(node("Add", [attended, h]), p + "attention.output.LayerNorm")
        hidden = node("Gelu", [linear(h, p + "intermediate.dense", *dense[p + "intermediate.dense"])])
        h = layer_norm(node("Add", [linear(hidden, p + "output.dense", *dense[p + "output.dense"]), h]),
                       p + "output.LayerNorm")
    nodes.append(helper.make_node("Identity", [h], ["y"]))
    graph = helper.make_graph(
        nodes, "all-MiniLM-L6-v2 layers",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", "length", width]),
         helper.make_tensor_value_info("blocked", TensorProto.FLOAT, ["n", 1, "queries", "length"])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", "length", width])],
        initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 9  # what ONNX Runtime 1.23 reads; onnx 1.15 writes 9 for opset 20
    onnx.checker.check_model(model)
    return model


def session(model: Any, threads: int = 1) -> Any:
    """An ONNX Runtime session of the model on the CPU. ``threads``: the matrix products'
    threads (1 while serving: see encoder.serving_blas_threads). With one thread ONNX
    Runtime starts none of its own, so the session can be made before Sanic forks its
    workers, and they share its weights."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3  # errors only
    return ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
