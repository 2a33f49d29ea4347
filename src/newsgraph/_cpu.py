"""The OpenBLAS kernels numpy will load, chosen before numpy is imported (see ``_blas.py``).

newsgraph multiplies its layers' matrices with numpy's OpenBLAS and needs a row of a product to come out
the same whatever rows are multiplied beside it, so that a document's annotations do not depend on the
documents parsed with it. OpenBLAS picks its kernels by processor model when it loads. Its Haswell
kernels (also taken for AMD Zen), for processors with AVX2 but not AVX-512, compute a row differently
by its position in the kernel's block of rows (fused multiply-adds in another order), so the same row
differs in the last bits between two products. Its Sandybridge kernels (AVX) and SkylakeX kernels
(AVX-512) do not, and on such a processor the Sandybridge kernels are about as fast for the layers'
shapes. So where OpenBLAS would take the Haswell kernels, newsgraph asks for the Sandybridge ones through
``OPENBLAS_CORETYPE``, which OpenBLAS reads once, when numpy loads it. A user's own
``OPENBLAS_CORETYPE`` is kept; where numpy was loaded before newsgraph, nothing can change, and
``_blas.install`` then keeps BLIS unless its check finds the loaded kernels row-invariant.
"""

from __future__ import annotations

import os
import sys

__all__ = ["prefer_row_invariant_kernels"]


def _cpu_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.partition(":")[2].split())
    except OSError:
        pass
    return set()


def prefer_row_invariant_kernels(flags: set[str] | None = None) -> str | None:
    """Ask OpenBLAS for its Sandybridge kernels where it would take the Haswell ones; the core type set,
    or None when nothing was set (numpy already loaded, the user's choice, not Linux, another processor)."""
    if "numpy" in sys.modules or os.environ.get("OPENBLAS_CORETYPE") or not sys.platform.startswith("linux"):
        return None
    flags = _cpu_flags() if flags is None else flags
    if "avx2" in flags and "avx512f" not in flags:
        os.environ["OPENBLAS_CORETYPE"] = "Sandybridge"
        return "Sandybridge"
    return None
