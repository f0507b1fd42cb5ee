"""The obligation models of the codebook (docs/codebook.md), as frozen pydantic models.

Every coded value that came from the text is backed by the spans of the words that decided it:
``Obligation.spans`` maps a codebook JSON path (``"trigger.kind"``) to those spans.  A value set
by default, because nothing in the text spoke to it, has no entry.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from ._fields import FIELDS
from ._primary import primary_of

__all__ = [
    "FIELDS",
    "Clause",
    "Force",
    "Notice",
    "Obligation",
    "Response",
    "Scope",
    "SecurityCouncil",
    "Span",
    "Trigger",
    "field_value",
    "primary_index",
]

TriggerKind = Literal["armed_attack", "aggression", "infringement", "threat", "none"]
TriggerBy = Literal["unspecified", "any_state", "specific"]
TriggerTarget = Literal["parties", "parties_and_others"]
ScopeKind = Literal["region", "alliance_area", "party_territory", "unspecified"]
Duty = Literal["obligatory", "permissive", "consultation", "none"]
Means = Literal["all_means", "unspecified", "discretionary"]
Mode = Literal["individual", "collective", "both", "unspecified"]
ForceAllowed = Literal["explicit", "implied", "unspecified", "excluded"]
LegalBasis = Literal["un_charter_51", "self_defence", "none"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Span(_Frozen):
    """Words of the original clause text that decided a value."""

    start: int = Field(ge=0)
    """Offset of the first character in the original (not normalised) clause text."""
    end: int = Field(ge=0)
    """Offset one past the last character in the original clause text."""
    text: str
    """The original text between ``start`` and ``end``."""


class Trigger(_Frozen):
    """What event sets the obligation off."""

    kind: TriggerKind = "none"
    """The triggering event: armed_attack < aggression < infringement < threat, or none."""
    by: TriggerBy = "unspecified"
    """Who must commit the attack: a specific state or class, any state, or unspecified."""
    target: TriggerTarget = "parties"
    """Whose attack counts: the parties only, or also others the parties protect."""


class Scope(_Frozen):
    """Where the obligation applies."""

    kind: ScopeKind = "unspecified"
    """A named region, the treaty's own area, the parties' territory, or unspecified."""
    places: tuple[str, ...] = ()
    """For ``region``: the place names as written in the text."""


class Response(_Frozen):
    """What the other parties owe, and how."""

    duty: Duty = "none"
    """obligatory > permissive > consultation > none."""
    means: Means = "unspecified"
    """Who decides how much: all means, unspecified, or each party's discretion."""
    mode: Mode = "unspecified"
    """Alone, together, both named, or unspecified."""
    immediate: bool = False
    """The response (or the consultation) must come at once."""
    constitutional: bool = False
    """The response is subject to constitutional processes or national law."""


class Force(_Frozen):
    """Whether armed force is part of the response."""

    allowed: ForceAllowed = "unspecified"
    """explicit > implied > unspecified > excluded."""


class SecurityCouncil(_Frozen):
    """Links to the UN Security Council."""

    report: bool = False
    """Attacks or measures are to be reported to the Security Council."""
    termination: bool = False
    """Measures end when the Security Council has acted."""


class Notice(_Frozen):
    """A passage that looks relevant but that no rule used, so the coding may be uncertain."""

    message: str
    """What was not used, in one line."""
    span: Span
    """Where it stands in the original text."""


class Obligation(_Frozen):
    """One obligation of a clause, coded by the codebook's rules."""

    trigger: Trigger = Trigger()
    """What sets the obligation off."""
    scope: Scope = Scope()
    """Where it applies."""
    attack_on_all: bool = False
    """An attack on one party is deemed an attack, aggression or threat against all."""
    response: Response = Response()
    """What the other parties owe."""
    force: Force = Force()
    """Whether armed force is part of the response."""
    legal_basis: LegalBasis = "none"
    """Article 51 of the UN Charter, the right of self-defence, or none."""
    security_council: SecurityCouncil = SecurityCouncil()
    """Reporting to and termination by the UN Security Council."""
    purpose: str | None = None
    """The stated purpose of the response, as written, or null."""
    spans: dict[str, tuple[Span, ...]] = Field(default_factory=dict)
    """Codebook JSON path -> the spans that decided its value (absent for defaults)."""
    extent: Span | None = None
    """The stretch of text (its sentences) that this obligation was read from."""


def field_value(obligation: Obligation, path: str) -> Any:
    """Return the plain value at a codebook JSON path (``"response.duty"``)."""
    value: Any = obligation
    for part in path.split("."):
        value = getattr(value, part)
    return value


def primary_index(obligations: tuple[Obligation, ...]) -> int | None:
    """The codebook's primary rule: obligatory and triggered, else triggered, else first."""
    return primary_of([(o.response.duty, o.trigger.kind) for o in obligations])


_DERIVED = frozenset({"primary", "atop", "benson"})


class Clause(_Frozen):
    """A parsed clause: the metadata of its treaty file, its text and its obligations."""

    ref: str = ""
    """How the clause was referred to: the file stem (``aes-6.en-v1``), or empty for raw text."""
    id: str = ""
    """The header ``id`` (``aes-6``); empty for raw text."""
    treaty: str = ""
    """The treaty's name."""
    article: str = ""
    """The article (or paragraph) number, as written."""
    language: str = "en"
    """ISO 639-1 language code of the text."""
    signed: str | None = None
    """Date of signature, YYYY-MM-DD, when the file gives it."""
    parties: tuple[str, ...] = ()
    """The parties named in the file header."""
    source: str | None = None
    """Where the text was taken from."""
    verified: str | None = None
    """How far the text was verified (``yes``, ``partial`` ...)."""
    note: str | None = None
    """Free notes of the file's author."""
    path: str | None = None
    """The file the clause was read from, if any."""
    text: str
    """The clause text exactly as in the file (all spans point into it)."""
    obligations: tuple[Obligation, ...] = ()
    """The obligations, in text order."""
    warnings: tuple[Notice, ...] = ()
    """Relevant-looking passages no rule used: where the coding may be uncertain."""

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data: Any) -> Any:
        """Accept the JSON this model writes: ``primary`` is derived, not stored."""
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if k not in _DERIVED}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def primary(self) -> Obligation | None:
        """The primary obligation, by the codebook's rule (null when there is none)."""
        index = primary_index(self.obligations)
        return None if index is None else self.obligations[index]

    def _data(self) -> dict[str, Any]:
        obligations = [o.model_dump(mode="json") for o in self.obligations]
        index = primary_index(self.obligations)
        return {
            "obligations": obligations,
            "primary": None if index is None else obligations[index],
        }

    @computed_field  # type: ignore[prop-decorator]
    @property
    def atop(self) -> dict[str, int]:
        """ATOP-style codes this clause decides: DEFENSE, CONSUL, DEFCOLOC, DEFCOADV."""
        from .atop import atop

        return atop(self._data())

    @computed_field  # type: ignore[prop-decorator]
    @property
    def benson(self) -> dict[str, Any]:
        """Benson-style flags: commitment (deterministic/probabilistic), condition."""
        from .atop import benson

        return benson(self._data())

    def _repr_html_(self) -> str:
        from .renderers.html import clause_html, notebook

        return notebook(clause_html(self.model_dump(mode="json")))
