"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.fi_customer import FICustomer
from ...models.get_customer_v2_fi_customer_id_type import GetCustomerV2FiCustomerIdType
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    fi_id: str,
    fi_customer_id: str,
    *,
    fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = UNSET,
    operation: str | Unset = UNSET,
    date: str | Unset = UNSET,
    originating_ip: str | Unset = UNSET,
    offering_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(date, Unset):
        headers["Date"] = date

    if not isinstance(originating_ip, Unset):
        headers["originating_ip"] = originating_ip

    if not isinstance(offering_id, Unset):
        headers["offering_id"] = offering_id

    params: dict[str, Any] = {}
    json_fi_customer_id_type: str | Unset = UNSET
    if not isinstance(fi_customer_id_type, Unset):
        json_fi_customer_id_type = GetCustomerV2FiCustomerIdType(fi_customer_id_type).value

    params["fiCustomerIdType"] = json_fi_customer_id_type
    params["operation"] = operation
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bankingservices/v2/fis/{fi_id}/fiCustomers/{fi_customer_id}".format(
            fi_id=quote(str(fi_id), safe=""),
            fi_customer_id=quote(str(fi_customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx2.Response) -> FICustomer:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return FICustomer.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_customer_v2")
