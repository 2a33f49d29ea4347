"""Near-duplicate articles (a wire story republished by many outlets), found with MinHash LSH.

A document's signature is the MinHash of its word 5-shingles. Before a new document is parsed, the
index of stored signatures is asked for one whose estimated Jaccard similarity reaches the threshold;
if there is one, the new document is recorded as another source of the stored one (with the
similarity) and not stored again, so its events count once with all their sources.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["signature", "NearDuplicateIndex", "NUM_PERM", "DEFAULT_THRESHOLD"]

NUM_PERM = 64
DEFAULT_THRESHOLD = 0.85
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 7
_SCHEME = "affine32"  # datasketch 2's default; 32-bit hash values, 4 bytes each


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return [" ".join(words).encode()] if words else [b""]
    return [" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)]


def _minhash(text: str):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    m.update_batch(_shingles(text))
    return m


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes to store."""
    return _minhash(text).hashvalues.astype(np.uint32).tobytes()


def _from_bytes(data: bytes):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint32))


class NearDuplicateIndex:
    """An in-memory LSH index over stored signatures (about 0.5 KB per document)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self.signatures)

    def add(self, document_id: str, sig: bytes) -> None:
        if document_id in self.signatures:
            return
        m = _from_bytes(sig)
        self.signatures[document_id] = m
        self.lsh.insert(document_id, m)

    def find(self, sig: bytes) -> tuple[str, float] | None:
        """The most similar stored document at or above the threshold, with its estimated similarity."""
        m = _from_bytes(sig)
        best: tuple[str, float] | None = None
        for key in self.lsh.query(m):
            sim = float(m.jaccard(self.signatures[key]))
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (key, sim)
        return best
