"""One operation's request builder and success parser; the facade's transport sends and calls them."""

from typing import Any
from urllib.parse import quote

import httpx2

from ...models.contact_method_response import ContactMethodResponse
from ...models.get_customer_contact_methods_user_id_type import GetCustomerContactMethodsUserIdType
from ...types import UNSET, Unset, loads_json


def _get_kwargs(
    customer_id: str,
    *,
    user_id_type: GetCustomerContactMethodsUserIdType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_user_id_type: str | Unset = UNSET
    if not isinstance(user_id_type, Unset):
        json_user_id_type = GetCustomerContactMethodsUserIdType(user_id_type).value

    params["userIdType"] = json_user_id_type
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ux-users/v1/customers/{customer_id}/contact-methods".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx2.Response) -> ContactMethodResponse:
    """Parse a 2xx response into its documented model; any other status is the caller's to handle."""
    if response.status_code == 200:
        return ContactMethodResponse.from_dict(loads_json(response.content))
    raise ValueError(f"HTTP {response.status_code} is not a documented success status of get_customer_contact_methods")
