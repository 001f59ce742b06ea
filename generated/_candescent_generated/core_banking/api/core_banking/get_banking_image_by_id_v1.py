"""One operation's request builder and success parser; the facade's transport sends and calls them."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx2

from ...models.banking_image import BankingImage
from ...models.image_type_1 import ImageType1
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    banking_image_id: str,
    *,
    host_user_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
    institution_customer_id: str | Unset = UNSET,
    account_id: str,
    image_type: ImageType1,
    transaction_date: datetime.date | Unset = UNSET,
    image_identifier: str | Unset = UNSET,
    statement_date: datetime.date | Unset = UNSET,
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
    json_statement_date: str | Unset = UNSET
    if not isinstance(statement_date, Unset):
        json_statement_date = statement_date.isoformat()
    params["statementDate"] = json_statement_date
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/banking-images/{banking_image_id}".format(
            banking_image_id=quote(str(banking_image_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> BankingImage:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return BankingImage.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_banking_image_by_id_v1")
