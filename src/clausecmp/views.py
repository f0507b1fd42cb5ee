"""Corpus views: the field matrix of many clauses, and the clauses most like one clause."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ._fields import FIELDS, get
from ._types import ClauseData

__all__ = ["MATRIX_CODES", "RankEntry", "Ranking", "matrix_rows", "progress", "similar"]

#: Short column heads and two-letter value codes for the text matrix.
MATRIX_CODES: dict[str, tuple[str, dict[Any, str]]] = {
    "trigger.kind": (
        "TK",
        {
            "armed_attack": "AA",
            "aggression": "AG",
            "infringement": "IN",
            "threat": "TH",
            "none": "--",
        },
    ),
    "trigger.by": ("TB", {"unspecified": "un", "any_state": "AS", "specific": "SP"}),
    "trigger.target": ("TT", {"parties": "PA", "parties_and_others": "PO"}),
    "scope.kind": (
        "SK",
        {"region": "RE", "alliance_area": "AL", "party_territory": "PT", "unspecified": "un"},
    ),
    "attack_on_all": ("A1", {True: "Y", False: "n"}),
    "response.duty": (
        "RD",
        {"obligatory": "OB", "permissive": "PE", "consultation": "CO", "none": "--"},
    ),
    "response.means": ("RM", {"all_means": "AM", "unspecified": "un", "discretionary": "DI"}),
    "response.mode": (
        "MO",
        {"individual": "ID", "collective": "CL", "both": "BO", "unspecified": "un"},
    ),
    "response.immediate": ("IM", {True: "Y", False: "n"}),
    "response.constitutional": ("CP", {True: "Y", False: "n"}),
    "force.allowed": (
        "FO",
        {"explicit": "EX", "implied": "IM", "unspecified": "un", "excluded": "XX"},
    ),
    "legal_basis": ("LB", {"un_charter_51": "51", "self_defence": "SD", "none": "--"}),
    "security_council.report": ("SR", {True: "Y", False: "n"}),
    "security_council.termination": ("ST", {True: "Y", False: "n"}),
}


def matrix_rows(clauses: Sequence[ClauseData]) -> list[dict[str, Any]]:
    """One row per clause: its reference and the codebook values of its primary obligation."""
    rows = []
    for c in clauses:
        primary = c.get("primary")
        row: dict[str, Any] = {k: c.get(k) or "" for k in ("ref", "id", "language", "article")}
        row.update({p: "" if primary is None else get(primary, p) for p in FIELDS})
        row["scope.places"] = "; ".join(primary["scope"]["places"]) if primary else ""
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class RankEntry:
    """One candidate clause and how closely its primary obligation agrees."""

    ref: str
    agreement: int
    of: int
    text_ratio: float | None
    differing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ranking:
    """Clauses ranked by agreement with a target clause, most alike first."""

    target: str
    entries: tuple[RankEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``clausecmp similar --format json``."""
        return {"target": self.target, "entries": [asdict(e) for e in self.entries]}


def progress(i: int, n: int) -> None:
    """A progress bar on stderr, for long runs, only when stderr is a terminal."""
    if sys.stderr.isatty() and n > 20:
        done = int(30 * i / n)
        sys.stderr.write(f"\r[{'#' * done}{' ' * (30 - done)}] {i}/{n}")
        if i == n:
            sys.stderr.write("\n")


def similar(
    target: ClauseData,
    candidates: Sequence[ClauseData],
    n: int = 10,
    *,
    progress: Callable[[int, int], None] | None = progress,
) -> Ranking:
    """Rank candidates by how many codebook fields their primary obligations share with the
    target's; ties are broken by word-diff similarity of the texts, computed only for the
    candidates tied at the cut (never for the whole corpus)."""
    from .comparison import agreement, field_vector

    if n < 1:
        from .errors import UsageError

        raise UsageError("-n must be at least 1")
    primary = target.get("primary")
    base = field_vector(primary) if primary else None
    scored = []
    others = [c for c in candidates if c.get("ref") != target.get("ref")]
    for i, c in enumerate(others, start=1):
        p = c.get("primary")
        score = agreement(base, field_vector(p)) if base is not None and p is not None else 0
        differing = tuple(
            f for f in FIELDS if p is None or primary is None or get(p, f) != get(primary, f)
        )
        scored.append((score, c, differing))
        if progress:
            progress(i, len(others))
    scored.sort(key=lambda s: -s[0])
    cut = scored[n - 1][0] if len(scored) >= n else -1
    # Text similarity only for the candidates that can still make the list (ties at the cut).
    entries = [_entry(s, target, s[0] >= cut) for s in scored if s[0] >= cut]
    entries.sort(key=lambda e: (-e.agreement, -(e.text_ratio or 0.0), e.ref))
    return Ranking(str(target.get("ref") or ""), tuple(entries[:n]))


def _entry(
    scored: tuple[int, ClauseData, tuple[str, ...]], target: ClauseData, with_text: bool
) -> RankEntry:
    score, c, differing = scored
    ratio = None
    if with_text:
        from .textdiff import diff_texts

        ratio = round(diff_texts(str(target["text"]), str(c["text"])).ratio(), 3)
    return RankEntry(str(c.get("ref") or ""), score, len(FIELDS), ratio, differing)
