"""One operation's request builder and success parser; the facade's transport sends and calls them."""

import datetime
from typing import Any

import httpx2

from ...models.banking_images import BankingImages
from ...models.image_type_1 import ImageType1
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    transaction_image_number: str | Unset = UNSET,
    statement_start_date: datetime.date | Unset = UNSET,
    statement_end_date: datetime.date | Unset = UNSET,
    statement_preview: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["hostUserId"] = host_user_id
    params["loginId"] = login_id
    params["institutionCustomerId"] = institution_customer_id
    params["accountId"] = account_id
    json_image_type = ImageType1(image_type).value
    params["imageType"] = json_image_type
    json_transaction_date: str | Unset = UNSET
    if not isinstance(transaction_date, Unset):
        json_transaction_date = transaction_date.isoformat()
    params["transactionDate"] = json_transaction_date
    params["imageIdentifier"] = image_identifier
    params["transactionImageNumber"] = transaction_image_number
    json_statement_start_date: str | Unset = UNSET
    if not isinstance(statement_start_date, Unset):
        json_statement_start_date = statement_start_date.isoformat()
    params["statementStartDate"] = json_statement_start_date
    json_statement_end_date: str | Unset = UNSET
    if not isinstance(statement_end_date, Unset):
        json_statement_end_date = statement_end_date.isoformat()
    params["statementEndDate"] = json_statement_end_date
    params["statementPreview"] = statement_preview
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/banking-images",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> BankingImages | None:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return BankingImages.from_dict(loads_json(response.content))
    if response.status_code == 204:
        return None
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of list_banking_images_v1")
