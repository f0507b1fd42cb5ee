"""Plain-data shapes shared by the pipeline stages.

The pipeline works on JSON-shaped dictionaries, exactly what ``Clause.model_dump(mode="json")``
returns, so the command line never pays for importing pydantic; ``clausecmp.parse`` and
``clausecmp.load`` validate the same dictionaries into the frozen models of ``models.py``.
"""

from __future__ import annotations

from typing import Any

#: ``Clause.model_dump(mode="json")``: ref, id, language, treaty, article, signed, parties,
#: source, verified, note, path, text, obligations, warnings, primary.
ClauseData = dict[str, Any]

#: ``Obligation.model_dump(mode="json")``: trigger, scope, attack_on_all, response, force,
#: legal_basis, security_council, purpose, spans, extent.
ObligationData = dict[str, Any]

#: ``Span.model_dump(mode="json")``: start, end, text.
SpanData = dict[str, Any]
