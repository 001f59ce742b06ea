"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any

import httpx2

from ...models.e_statement_report_request import EStatementReportRequest
from ...models.e_statement_report_response import EStatementReportResponse
from ...types import UNSET, Unset, dumps_json, loads_json


def _get_kwargs(
    *,
    body: EStatementReportRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/e-statements",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = dumps_json(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> EStatementReportResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return EStatementReportResponse.from_dict(loads_json(response.content))
    if response.status_code == 206:
        return EStatementReportResponse.from_dict(loads_json(response.content))
    raise ValueError(
        f"HTTP {response.status_code} is not a documented success status of get_e_statements_accounts_report_v1"
    )
