"""Derived codes for research datasets: an ATOP-style view and Benson-style flags.

ATOP (Leeds et al., codebook v5.0) codes whole alliances; clausecmp derives the variables a
single clause can decide, from the codebook fields (the table is in docs/reports.md):

- ``DEFENSE`` 1 when an obligation is obligatory and set off by an attack, aggression,
  infringement or threat (active military support if a party is attacked);
- ``CONSUL`` 1 when an obligation promises consultation;
- ``DEFCOLOC`` 1 when a defence obligation is limited to a location (scope not unspecified);
- ``DEFCOADV`` 1 when a defence obligation is limited to an adversary (trigger by a specific
  state or class of states).

Benson (2012): ``commitment`` is ``probabilistic`` when the defence obligation leaves the
response to each party's discretion or to its constitutional processes, else
``deterministic``; ``condition`` is ``conditional`` when it has a triggering event.
"""

from __future__ import annotations

from typing import Any

from ._types import ClauseData, ObligationData

__all__ = ["atop", "benson"]


def _defence(clause: ClauseData) -> list[ObligationData]:
    return [
        ob
        for ob in clause.get("obligations") or []
        if ob["response"]["duty"] == "obligatory" and ob["trigger"]["kind"] != "none"
    ]


def atop(clause: ClauseData) -> dict[str, int]:
    """DEFENSE, CONSUL, DEFCOLOC and DEFCOADV as one clause decides them (0 or 1)."""
    defence = _defence(clause)
    consult = any(
        ob["response"]["duty"] == "consultation" for ob in clause.get("obligations") or []
    )
    return {
        "DEFENSE": int(bool(defence)),
        "CONSUL": int(consult),
        "DEFCOLOC": int(any(ob["scope"]["kind"] != "unspecified" for ob in defence)),
        "DEFCOADV": int(any(ob["trigger"]["by"] == "specific" for ob in defence)),
    }


def benson(clause: ClauseData) -> dict[str, Any]:
    """Benson-style flags of the primary obligation (null when there is none)."""
    primary = clause.get("primary")
    if primary is None:
        return {"commitment": None, "condition": None}
    hedged = (
        primary["response"]["means"] == "discretionary" or primary["response"]["constitutional"]
    )
    return {
        "commitment": "probabilistic" if hedged else "deterministic",
        "condition": "conditional" if primary["trigger"]["kind"] != "none" else "unconditional",
    }
