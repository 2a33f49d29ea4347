"""Near-duplicate articles (a wire story republished by many outlets), found with MinHash LSH.

A document's signature is the MinHash of its word 5-shingles. Before a new document is parsed, the
index of stored signatures is asked for one whose estimated Jaccard similarity reaches the threshold;
if there is one, the new document is recorded as another source of the stored one (with the
similarity) and not stored again, so its events count once with all their sources.

The MinHash is datasketch 2's "affine32" scheme, computed here with numpy: the same 64 values for the
same text and seed, so signatures stored by earlier versions (written with datasketch) stay valid, and
the banded index takes the (bands, rows) that datasketch's MinHashLSH would choose for the threshold.
It is written out because datasketch's package imports scipy.integrate on load, about half a second of
CPU on every ingest before the first batch can go out (docs/scale.md).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

__all__ = ["signature", "NearDuplicateIndex", "NUM_PERM", "DEFAULT_THRESHOLD", "lsh_params"]

NUM_PERM = 64
DEFAULT_THRESHOLD = 0.85
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 7
# MurmurHash3's 32-bit finalizer, which affine32 applies to each input hash before the permutations.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return [" ".join(words).encode()] if words else [b""]
    return [" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)]


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h -> a*h + b (mod 2**32), drawn as datasketch draws them for the seed
    (an odd `a` makes each one a bijection)."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _hashvalues(text: str) -> np.ndarray:
    # The first four bytes of each shingle's SHA-1, little-endian (datasketch's sha1_hash32).
    digests = b"".join(hashlib.sha1(s).digest()[:4] for s in _shingles(text))
    hv = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = _permutations()
    return (hv * a + b).min(axis=0)  # _shingles gives at least one shingle


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes to store."""
    return _hashvalues(text).tobytes()


@lru_cache(maxsize=8)
def lsh_params(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """The (bands, rows per band) that minimise the equally weighted sum of the false-positive and
    false-negative probability masses below and above the threshold, as MinHashLSH chooses them. The
    integrands are polynomials of degree at most num_perm, which Gauss-Legendre with num_perm // 2 + 1
    nodes integrates exactly (up to rounding)."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    bands, rows = pairs[:, :1], pairs[:, 1:]

    def missed_share(lo: float, hi: float) -> np.ndarray:
        """For each (b, r), the integral over [lo, hi] of (1 - s**r)**b: the chance that no band agrees."""
        s = (hi - lo) / 2 * nodes + (hi + lo) / 2
        return (hi - lo) / 2 * ((1 - s ** rows) ** bands) @ weights

    false_positive = threshold - missed_share(0.0, threshold)
    false_negative = missed_share(threshold, 1.0)
    b, r = pairs[int(np.argmin(0.5 * false_positive + 0.5 * false_negative))]  # the first of equal minima
    return int(b), int(r)


class NearDuplicateIndex:
    """An in-memory LSH index over stored signatures (about 0.5 KB per document): a document is a
    candidate when one band of its signature equals the same band of the query's."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self.bands, self.rows = lsh_params(threshold)
        self.signatures: dict[str, np.ndarray] = {}
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(self.bands)]

    def __len__(self) -> int:
        return len(self.signatures)

    def _keys(self, values: np.ndarray) -> list[bytes]:
        r = self.rows
        return [values[i * r:(i + 1) * r].tobytes() for i in range(self.bands)]

    def add(self, document_id: str, sig: bytes) -> None:
        if document_id in self.signatures:
            return
        values = np.frombuffer(sig, dtype=np.uint32)
        self.signatures[document_id] = values
        for bucket, key in zip(self._buckets, self._keys(values)):
            bucket.setdefault(key, []).append(document_id)

    def find(self, sig: bytes) -> tuple[str, float] | None:
        """The most similar stored document at or above the threshold, with its estimated similarity
        (the share of equal MinHash values); the first one added wins a tie."""
        values = np.frombuffer(sig, dtype=np.uint32)
        candidates: dict[str, None] = {}
        for bucket, key in zip(self._buckets, self._keys(values)):
            for document_id in bucket.get(key, ()):
                candidates.setdefault(document_id)
        best: tuple[str, float] | None = None
        for document_id in candidates:
            sim = float(np.count_nonzero(values == self.signatures[document_id])) / NUM_PERM
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (document_id, sim)
        return best
