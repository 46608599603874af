"""The API as `hazard serve` runs it, plus the peer of the HTTP bench: a minimal endpoint parsing the same body.

`POST /bench/parse` goes through the same server, middleware, strict body parsing and `dict` body as
`POST /v1/assessments` and `POST /v1/verdicts`, and answers a small JSON object: what serving the same request costs
when nothing is validated, decided or explained.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body

from api.app import create_app

app = create_app()


@app.post("/bench/parse", include_in_schema=False)
def parse(inspection: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    """The body parsed into a dict, its size answered."""
    return {"summary": {"facts": len(inspection.get("facts") or {})}}
