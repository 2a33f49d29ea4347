"""The matrix products of spaCy's layers through numpy's OpenBLAS, held to one thread.

thinc's ``NumpyOps.gemm`` multiplies with BLIS, a library that picks its kernels from the CPU features
the processor reports. Where a virtual machine hides some of them (the two-core machine newsgraph is
measured on reports AVX but not AVX2 or AVX-512, and runs both), BLIS falls back to slow kernels, while
the OpenBLAS that numpy's wheels ship picks its kernel by the processor model: on that machine a product
of the CNN layers' shape (5,000 x 288 by 288 x 288) took 36 ms with BLIS and 9 ms with OpenBLAS, and the
whole spaCy part of the pipeline a fifth less CPU time. thinc's own switch, ``use_blis=False``, sends
``gemm`` to ``numpy.dot``; the products are the same up to the order of float32 additions, and the tags,
parses and entities of 200 news articles came out identical (``tests/test_blas.py`` checks articles).

BLIS computes a row of a product the same way whatever the other rows are, so a document's vectors do
not depend on the documents parsed beside it, nor on how many of its tokens the embedding memo
(``_embed.py``) computes at once. OpenBLAS takes other kernels for small products (here below about
120,000 multiply-adds: a row alone, or a few dozen rows of a narrow layer), whose rows differ in the last
bits from the same rows in a large product. So a small product is padded with zero rows up to ``MIN_WORK``
multiply-adds (at most some tens of microseconds), which keeps every product on the large kernels:
a row's result is again independent of its batch (``tests/test_blas.py`` checks it for the shapes of
the model's layers). Padding is not enough for OpenBLAS's Haswell kernels, whose
result for a row depends on its place in their block of rows: ``_cpu.py`` asks for other kernels before
numpy loads, and ``install`` checks the loaded ones (``row_invariant``) and keeps BLIS where they fail.

OpenBLAS starts a thread per core by default. spaCy's work is one thread; two threads bought no speed
there and cost CPU, and in ``ingest --workers N`` each worker's threads would compete with the other
workers, so the library is held to one thread, unless ``OPENBLAS_NUM_THREADS`` says otherwise. The
switch is made only when numpy's BLAS is an OpenBLAS this module can find and hold to one thread (Linux,
through ``/proc/self/maps``); anywhere else the pipeline keeps BLIS.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

import numpy

__all__ = ["install", "openblas", "row_invariant", "describe", "MIN_WORK", "MIN_ROWS"]

MIN_WORK = 1 << 22  # multiply-adds below which a product is padded (30 times the measured bound)
MIN_ROWS = 64

# The names OpenBLAS builds give their thread setter (numpy's wheels ship ``scipy_openblas``, 64-bit ints).
_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
            "openblas_set_num_threads")
_CORENAMES = ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename", "openblas_get_corename64_",
              "openblas_get_corename")

_STATE: dict[str, Any] = {}


def openblas() -> Any | None:
    """numpy's OpenBLAS as a ctypes library, or None when numpy uses another BLAS or it cannot be found."""
    if "lib" in _STATE:
        return _STATE["lib"]
    lib = None
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            paths = {line.split(None, 5)[-1].strip() for line in fh if "openblas" in line.lower()}
    except OSError:  # not Linux: keep BLIS
        paths = set()
    for path in sorted(p for p in paths if p.startswith("/")):
        try:
            candidate = ctypes.CDLL(path)
        except OSError:
            continue
        if any(hasattr(candidate, name) for name in _SETTERS):
            lib = candidate
            break
    _STATE["lib"] = lib
    return lib


def _one_thread(lib: Any) -> bool:
    """Hold ``lib`` to one thread (unless the user set OPENBLAS_NUM_THREADS); True when it is done."""
    if os.environ.get("OPENBLAS_NUM_THREADS"):
        return True  # the user's choice, which OpenBLAS read when it loaded
    for name in _SETTERS:
        setter = getattr(lib, name, None)
        if setter is not None:
            setter.argtypes = [ctypes.c_int]
            setter.restype = None
            setter(1)
            return True
    return False


def row_invariant() -> bool:
    """Whether the loaded OpenBLAS, through ``_ops``, gives each row of a product the same bits whatever
    rows are multiplied beside it: checked once per process on products of a layer's shape, the rows
    taken at offsets that put them in other places of the kernels' blocks (about a millisecond). The
    Haswell kernels fail it (see ``_cpu.py``)."""
    if "invariant" not in _STATE:
        ops = _ops()
        rng = numpy.random.default_rng(7)
        X = rng.standard_normal((300, 96)).astype("float32")
        W = rng.standard_normal((50, 96)).astype("float32")
        whole = ops.gemm(X, W, trans2=True)
        _STATE["invariant"] = all(numpy.array_equal(ops.gemm(X[start:start + rows], W, trans2=True),
                                                    whole[start:start + rows])
                                  for start, rows in ((1, 1), (5, 2), (7, 16), (13, 3), (100, 40), (0, 299)))
    return bool(_STATE["invariant"])


def install(nlp: Any) -> int:
    """Send the ``gemm`` of every layer of ``nlp``'s models to numpy's OpenBLAS, held to one thread; the
    number of layers switched (0 when numpy's BLAS is not an OpenBLAS found here, or when its kernels
    are not row-invariant: then BLIS, whose rows are, stays)."""
    lib = openblas()
    if lib is None or not _one_thread(lib) or not row_invariant():
        return 0
    from thinc.api import NumpyOps

    # The layers share thinc's process-wide ops object with every other pipeline loaded in the process
    # (a bare spaCy one too), so this pipeline's layers get an ops object of their own.
    ops = _ops()
    switched = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps and getattr(node.ops, "use_blis", False):
                node.ops = ops
                switched += 1
    return switched


def _ops() -> Any:
    """thinc's NumpyOps with ``gemm`` through ``numpy.dot``, small products padded (see the module doc)."""
    if "ops" in _STATE:
        return _STATE["ops"]
    from thinc.api import NumpyOps

    class OpenBLASOps(NumpyOps):
        def __init__(self) -> None:
            super().__init__(use_blis=False)

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            rows = a.shape[0]
            need = max(MIN_ROWS, -(-MIN_WORK // max(1, a.shape[1] * b.shape[1])))
            if rows >= need:
                product = numpy.dot(a, b)
            else:
                padded = numpy.zeros((need, a.shape[1]), dtype=a.dtype)
                padded[:rows] = a
                product = numpy.dot(padded, b)[:rows]
            if out is None:
                return product
            out[...] = product
            return out

    ops = _STATE["ops"] = OpenBLASOps()
    return ops


def describe() -> str:
    """Which library multiplies the matrices, for ``newsgraph doctor``."""
    lib = openblas()
    if lib is None:
        return "BLIS (numpy's BLAS is not an OpenBLAS found here)"
    which = "numpy's OpenBLAS"
    for getter_name in _CORENAMES:
        getter = getattr(lib, getter_name, None)
        if getter is not None:
            getter.restype = ctypes.c_char_p
            which = f"numpy's OpenBLAS ({getter().decode('ascii', 'replace')} kernels)"
            break
    if not row_invariant():
        return f"BLIS ({which} gives a row other bits beside other rows)"
    return which
