"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.contact_info import ContactInfo
from ...models.contact_method_response import ContactMethodResponse
from ...models.customer_information import CustomerInformation
from ...models.fi_customer import FICustomer
from ...models.fi_customer_request import FICustomerRequest
from ...models.fi_customer_response import FICustomerResponse
from ...models.get_customer_contact_methods_user_id_type import GetCustomerContactMethodsUserIdType
from ...models.get_customer_information_user_id_type import GetCustomerInformationUserIdType
from ...models.get_customer_v2_fi_customer_id_type import GetCustomerV2FiCustomerIdType
from ...models.get_institution_user_v1_user_id_type import GetInstitutionUserV1UserIdType
from ...models.get_institution_user_v2_user_id_type import GetInstitutionUserV2UserIdType
from ...models.get_user_status_v1_user_id_type import GetUserStatusV1UserIdType
from ...models.institution_user import InstitutionUser
from ...models.institution_user_v2 import InstitutionUserV2
from ...models.reset_password_request import ResetPasswordRequest
from ...models.user_status_1 import UserStatus1
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import (
    get_customer_contact_methods as _get_customer_contact_methods,
    get_customer_information as _get_customer_information,
    get_customer_v2 as _get_customer_v2,
    get_institution_user_v1 as _get_institution_user_v1,
    get_institution_user_v2 as _get_institution_user_v2,
    get_user_status_v1 as _get_user_status_v1,
    register_customer_v4 as _register_customer_v4,
    reset_password as _reset_password,
    unlock_user as _unlock_user,
    update_contact_info as _update_contact_info,
)


class CustomerManagement:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "customer_management"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = CustomerManagementWithRawResponse(CustomerManagement(raw_invoke))  # type: ignore[arg-type]

    async def register_customer_v4(
        self,
        di_fiid: str,
        *,
        body: FICustomerRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FICustomerResponse:
        """Register a new digital-banking customer (legacy, XML)

        Sends the FICustomer element (FICustomerRequest's fields) as XML and reads the FICustomer element of
        the answer (FICustomerResponse's fields); the facade converts both ways.

        POST /registration/v4/fis/{di_fiid}/fiCustomers (operationId ``register_customer_v4``).

        Args:
            di_fiid: The institution's five-digit id; the body's fiId.value repeats it.
            body: The request body (FICustomerRequest).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "register_customer_v4",
            _register_customer_v4._get_kwargs(
                di_fiid=di_fiid,
                body=body,
            ),
            _register_customer_v4._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_customer_information(
        self,
        customer_id: str,
        *,
        user_id_type: GetCustomerInformationUserIdType | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CustomerInformation:
        """A customer's profile

        GET /v1/customers/{customer_id} (operationId ``get_customer_information``).

        Args:
            customer_id: The customer: their legacy customer GUID (32 hexadecimal characters), or their
                login id with userIdType=LOGIN_ID.
            user_id_type: What customerId holds: CUSTOMER_ID (the legacy customer GUID; the default) or
                LOGIN_ID.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_customer_information",
            _get_customer_information._get_kwargs(
                customer_id=customer_id,
                user_id_type=user_id_type,
            ),
            _get_customer_information._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_customer_contact_methods(
        self,
        customer_id: str,
        *,
        user_id_type: GetCustomerContactMethodsUserIdType | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactMethodResponse:
        """A customer's one-time-passcode destinations

        GET /ux-users/v1/customers/{customer_id}/contact-methods (operationId ``get_customer_contact_methods``).

        Args:
            customer_id: The customer: their legacy customer GUID (32 hexadecimal characters), or their
                login id with userIdType=LOGIN_ID.
            user_id_type: What customerId holds: CUSTOMER_ID (the legacy customer GUID; the default) or
                LOGIN_ID.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_customer_contact_methods",
            _get_customer_contact_methods._get_kwargs(
                customer_id=customer_id,
                user_id_type=user_id_type,
            ),
            _get_customer_contact_methods._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def reset_password(
        self,
        customer_id: str,
        *,
        body: ResetPasswordRequest,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Send a one-time passcode so the customer can reset their password

        PUT /v1/customers/{customer_id}:reset-password (operationId ``reset_password``).

        Args:
            customer_id: The customer's id (their legacy customer GUID, 32 hexadecimal characters).
            body: The request body (ResetPasswordRequest).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "reset_password",
            _reset_password._get_kwargs(
                customer_id=customer_id,
                body=body,
            ),
            _reset_password._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def unlock_user(
        self,
        customer_id: str,
        *,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlock a locked user

        PUT /v1/customers/{customer_id}:unlock-user (operationId ``unlock_user``).

        Args:
            customer_id: The customer's id (their legacy customer GUID, 32 hexadecimal characters).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "unlock_user",
            _unlock_user._get_kwargs(
                customer_id=customer_id,
            ),
            _unlock_user._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_contact_info(
        self,
        customer_id: str,
        *,
        body: ContactInfo,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a customer's phone, email or postal address

        PUT /v1/customers/{customer_id}:contact-info (operationId ``update_contact_info``).

        Args:
            customer_id: The customer, as the body's userIdType says (by default their legacy customer
                GUID).
            body: The contact details to change; send only the parts that change.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "update_contact_info",
            _update_contact_info._get_kwargs(
                customer_id=customer_id,
                body=body,
            ),
            _update_contact_info._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_institution_user_v1(
        self,
        institution_user_id: str,
        *,
        user_id_type: GetInstitutionUserV1UserIdType | Unset = GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID,
        expand: str | Unset = UNSET,
        retrieve_bill_pay_credentials: bool | Unset = False,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionUser:
        """An institution user, optionally expanded with contact methods, addresses, sub-users

        GET /v1/institution-users/{institution_user_id} (operationId ``get_institution_user_v1``).

        Args:
            institution_user_id: The user, as userIdType says (by default their institution user id, 32
                hexadecimal characters).
            user_id_type: What institutionUserId holds: INSTITUTION_USER_ID (the default), HOST_USER_ID
                (the member number; not for business users), LOGIN_ID, LEGACY_USER_GUID or USER_ID. Default:
                GetInstitutionUserV1UserIdType.INSTITUTION_USER_ID.
            expand: Comma list of what to add: contactMethods, postalAddresses (or postalAddress),
                subUsers; each may carry a nested filter, e.g. contactMethods($filter=validated eq true)
                (strings in single quotes).
            retrieve_bill_pay_credentials: Also return the OFX bill-pay login in
                institutionCustomers[].additionalInfo (needs the institution-users-billpay:read scope).
                Default: False.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_institution_user_v1",
            _get_institution_user_v1._get_kwargs(
                institution_user_id=institution_user_id,
                user_id_type=user_id_type,
                expand=expand,
                retrieve_bill_pay_credentials=retrieve_bill_pay_credentials,
            ),
            _get_institution_user_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_institution_user_v2(
        self,
        institution_user_id: str,
        *,
        user_id_type: GetInstitutionUserV2UserIdType | Unset = GetInstitutionUserV2UserIdType.INSTITUTION_USER_ID,
        expand: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstitutionUserV2:
        """An institution user with encrypted identification documents

        GET /v2/institution-users/{institution_user_id} (operationId ``get_institution_user_v2``).

        Args:
            institution_user_id: The user, as userIdType says (by default their institution user id, 32
                hexadecimal characters).
            user_id_type: What institutionUserId holds: INSTITUTION_USER_ID (the default), HOST_USER_ID
                (the member number; not for business users), LOGIN_ID, LEGACY_USER_GUID or USER_ID. Default:
                GetInstitutionUserV2UserIdType.INSTITUTION_USER_ID.
            expand: Comma list of what to add: contactMethods, postalAddresses (or postalAddress),
                subUsers, identificationDocuments (needs the institution-users:read_pii scope); each may
                carry a nested filter, e.g. contactMethods($filter=validated eq true).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_institution_user_v2",
            _get_institution_user_v2._get_kwargs(
                institution_user_id=institution_user_id,
                user_id_type=user_id_type,
                expand=expand,
            ),
            _get_institution_user_v2._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_user_status_v1(
        self,
        institution_user_id: str,
        *,
        user_id_type: GetUserStatusV1UserIdType,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus1:
        """A user's lock, hold and reset status

        GET /v1/user-status/{institution_user_id} (operationId ``get_user_status_v1``).

        Args:
            institution_user_id: The user, as userIdType says.
            user_id_type: What institutionUserId holds: INSTITUTION_USER_ID, HOST_USER_ID (the member
                number, retail users), LOGIN_ID or CUSTOMER_ID (the legacy customer GUID).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_user_status_v1",
            _get_user_status_v1._get_kwargs(
                institution_user_id=institution_user_id,
                user_id_type=user_id_type,
            ),
            _get_user_status_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_customer_v2(
        self,
        fi_id: str,
        fi_customer_id: str,
        *,
        fi_customer_id_type: GetCustomerV2FiCustomerIdType | Unset = UNSET,
        operation: str | Unset = UNSET,
        date: str | Unset = UNSET,
        originating_ip: str | Unset = UNSET,
        offering_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FICustomer:
        """A customer's legacy profile (XML)

        GET /bankingservices/v2/fis/{fi_id}/fiCustomers/{fi_customer_id} (operationId ``get_customer_v2``).

        Args:
            fi_id: The institution's five-digit id.
            fi_customer_id: The customer, as fiCustomerIdType says (by default their legacy customer
                GUID).
            fi_customer_id_type: What fiCustomerId holds: GUID (when omitted), MEMNUMBER (the member
                number), LOGINID or HOSTID.
            operation: A legacy variant of the answer to ask for, e.g. getPFMUser; omit for the plain
                profile.
            date: When the request is made, as an HTTP date in UTC (optional).
            originating_ip: The end user's IP address, when calling on their behalf (optional).
            offering_id: The calling offering's id, where the institution assigned one (optional).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_customer_v2",
            _get_customer_v2._get_kwargs(
                fi_id=fi_id,
                fi_customer_id=fi_customer_id,
                fi_customer_id_type=fi_customer_id_type,
                operation=operation,
                date=date,
                originating_ip=originating_ip,
                offering_id=offering_id,
            ),
            _get_customer_v2._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class CustomerManagementWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "customer_management"

    def __init__(self, raw: CustomerManagement) -> None:
        self.register_customer_v4 = raw_response(raw.register_customer_v4)
        self.get_customer_information = raw_response(raw.get_customer_information)
        self.get_customer_contact_methods = raw_response(raw.get_customer_contact_methods)
        self.reset_password = raw_response(raw.reset_password)
        self.unlock_user = raw_response(raw.unlock_user)
        self.update_contact_info = raw_response(raw.update_contact_info)
        self.get_institution_user_v1 = raw_response(raw.get_institution_user_v1)
        self.get_institution_user_v2 = raw_response(raw.get_institution_user_v2)
        self.get_user_status_v1 = raw_response(raw.get_user_status_v1)
        self.get_customer_v2 = raw_response(raw.get_customer_v2)
