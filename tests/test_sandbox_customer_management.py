"""Customer management through the facade and the sandbox, including legacy XML and $expand.

The answers carry the platform's 1.11.0 shapes: GUIDs as 32 hexadecimal characters, the ISR
answers' date-times, sub-users as full institution users, the legacy profile's typed leaves.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx2
import pytest

from candescent_async import BadRequestError, ConflictError, NotFoundError
from candescent_async.sandbox import Sandbox
from candescent_async.sandbox.handlers.customer_management import guid
from candescent_async.types.customer_management import (
    ContactInfo,
    FICustomerRequest,
    GetCustomerV2FiCustomerIdType,
    ResetPasswordRequest,
)

pytestmark = pytest.mark.anyio


def _user(sandbox: Sandbox, host_user_id: str = "HU-1001") -> Any:
    return next(u for u in sandbox.world.users.values() if u.host_user_id == host_user_id)


class _Recorder(httpx2.AsyncBaseTransport):
    """The sandbox's transport, keeping every request it carried."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx2.Request] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def _recording(sandbox: Sandbox) -> tuple[Any, _Recorder]:
    recorder = _Recorder(sandbox.transport())
    return sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)), recorder


REGISTRATION = {
    "id": {"value": "0", "type": "GUID"},
    "fiId": {"value": "01234"},
    "memberNumber": "M1234",
    "person": {
        "personName": {"firstName": "Ada", "lastName": "Lovelace"},
        "contactInfo": {
            "emailAddress": "ada@example.com",
            "phoneNumber": [{"number": "2175550199", "countryCode": "0"}],
        },
        "birthDate": "1990-05-01",
    },
    "channelInfos": {"channelInfo": [{"channelType": "TPV_API", "credential": {"loginId": "ada", "password": "pw-1"}}]},
    "acceptedDisclosure": "false",
    "userType": "PRIMARY",
    "ssn": "123456789",
    "hostCredential": {"password": "4321"},
}


async def test_legacy_registration_sends_the_ficustomer_element_and_reads_typed_xml() -> None:
    sandbox = Sandbox(seed=4)
    body = FICustomerRequest.from_dict(REGISTRATION)
    assert "123456789" not in repr(body) and "pw-1" not in repr(body)
    client, recorder = _recording(sandbox)
    async with client as cd:
        created = await cd.customer_management.register_customer_v4("01234", body=body)
        with pytest.raises(ConflictError) as info:
            await cd.customer_management.register_customer_v4("01234", body=body)
    sent = next(r for r in recorder.requests if r.url.path.startswith("/registration/"))
    assert sent.headers["content-type"] == "application/xml"
    assert re.search(rb"^<\?xml[^>]*\?><FICustomer><id><value>0</value>", sent.content)
    assert b"<FICustomer><FICustomer>" not in sent.content  # the platform's JSON wrapper is the root itself
    assert created.id.type_ == "GUID" and re.fullmatch(r"[0-9A-F]{32}", created.id.value)
    assert created.fi_id.value == "01234" and created.person.person_name.first_name == "Ada"
    assert created.bill_pay_enabled is False and created.accepted_disclosure is False  # XML text, typed
    assert [(d.protocol, d.activated) for d in created.destinations.destination] == [("SMS", True), ("EMAIL", True)]
    assert created.channel_infos.channel_info[0].credential.login_id == "ada"
    assert info.value.code == "26331"
    assert sandbox.token_requests["v1:client_credentials"] == 1


async def test_registration_refuses_an_fi_id_other_than_the_paths() -> None:
    sandbox = Sandbox(seed=4)
    body = FICustomerRequest.from_dict({**REGISTRATION, "fiId": {"value": "99999"}})
    async with sandbox.client() as cd:
        with pytest.raises(BadRequestError) as info:
            await cd.customer_management.register_customer_v4("01234", body=body)
    assert info.value.code == "20006"


async def test_institution_user_with_expand_filter_and_the_platforms_fields() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    async with sandbox.client() as cd:
        found = await cd.customer_management.get_institution_user_v1(
            user.institution_user_id, expand="contactMethods($filter=validated eq true),postalAddresses"
        )
        assert found.institution_user_id == guid(user) and re.fullmatch(r"[0-9A-F]{32}", found.institution_user_id)
        assert isinstance(found.registration_date_time, dt.datetime)
        assert isinstance(found.last_login_date_time, dt.datetime)
        assert found.failed_login_count == 0 and found.additional_info.entry[0].key == "legacyUserGuid"
        assert found.institution_customers[0].customer_type == "RETAIL"
        assert [(m.protocol, m.contact_method_type, m.host) for m in found.contact_methods] == [
            ("SMS", "HOME_CELLPHONE", True)
        ]
        assert isinstance(found.contact_methods[0].enrolled_date_time, dt.datetime)
        home, seasonal = found.postal_addresses
        assert home.city == "Springfield" and home.postal_address_type == "PHYSICAL_HOME_ADDRESS"
        assert isinstance(home.start_date, dt.datetime)
        assert seasonal.postal_address_type == "SEASONAL_OR_VACATION_ADDRESS"
        assert isinstance(seasonal.end_date, dt.datetime) and seasonal.end_date > seasonal.start_date
        by_host_id = await cd.customer_management.get_institution_user_v1("HU-1001", user_id_type="HOST_USER_ID")
        assert by_host_id.institution_user_id == found.institution_user_id
        with pytest.raises(BadRequestError) as info:
            await cd.customer_management.get_institution_user_v1(user.institution_user_id, expand="secrets")
        assert info.value.code == "ISR_10009"
        v2 = await cd.customer_management.get_institution_user_v2(
            guid(user), expand="identificationDocuments($filter=identificationDocumentType eq 'DRIVERS_LICENSE')"
        )
    (licence,) = v2.identification_documents
    assert (licence.masked_id, licence.issuer_state, licence.expiry_date) == ("****4567", "IL", dt.date(2029, 6, 1))


async def test_sub_users_are_institution_users_with_their_own_counts_and_status() -> None:
    sandbox = Sandbox(seed=4)
    parent = _user(sandbox)
    async with sandbox.client() as cd:
        found = await cd.customer_management.get_institution_user_v1(guid(parent), expand="subUsers")
        (sub,) = found.sub_users
        assert sub.parent_institution_user_id == guid(parent) and sub.institution_user_role == "ENTITLED"
        assert (sub.failed_login_count, sub.failed_password_reset_count) == (0, 0)
        assert sub.additional_info.entry[0].value == sub.institution_user_id
        assert isinstance(sub.registration_date_time, dt.datetime) and sub.user_status.active is True
        again = await cd.customer_management.get_institution_user_v1(sub.institution_user_id)
        assert again.user_name == sub.user_name and again.parent_institution_user_id == guid(parent)
        status = await cd.customer_management.get_user_status_v1(guid(parent), user_id_type="INSTITUTION_USER_ID")
        assert [s.institution_user_id for s in status.sub_users] == [sub.institution_user_id]
        assert status.sub_users[0].registered is True
        business = _user(sandbox, "HU-1004")
        alone = await cd.customer_management.get_institution_user_v1(
            business.login_id, user_id_type="LOGIN_ID", expand="subUsers"
        )
        assert alone.sub_users == [] and alone.institution_user_role == "BUSINESS_ADMIN"


async def test_a_held_users_status_carries_the_hold_and_only_true_flags() -> None:
    sandbox = Sandbox(seed=4)
    held = _user(sandbox, "HU-1002")
    async with sandbox.client() as cd:
        status = await cd.customer_management.get_user_status_v1("HU-1002", user_id_type="HOST_USER_ID")
        user = await cd.customer_management.get_institution_user_v1(guid(held))
    assert status.on_hold is True and status.additional_info.hold_reason
    assert isinstance(status.additional_info.hold_date_time, dt.datetime)
    assert "locked" not in status.to_dict()  # the ISR services leave false flags out
    assert user.hold_initiated_by and user.user_status.on_hold is True


async def test_customer_information_carries_the_uxu_formats() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    async with sandbox.client() as cd:
        info = await cd.customer_management.get_customer_information(guid(user).lower())
        business = await cd.customer_management.get_customer_information("acme.admin", user_id_type="LOGIN_ID")
    assert re.fullmatch(r"[0-9A-F]{32}", info.user_id) and re.fullmatch(r"[0-9a-f]{32}", info.login_id)
    assert info.fi_id == "01234" and info.user_name == user.login_id
    assert info.postal_addresses[0].index == "0" and info.postal_addresses[0].type_ == "PHYSICAL_HOME_ADDRESS"
    assert info.contact_methods[0].enrolled_date_time == info.registration_date_time + dt.timedelta(days=200)
    assert info.user_status.active is True and info.user_role == "PRIMARY"
    assert re.fullmatch(r"[0-9a-f]{32}", business.customers[0].customer_id)
    assert business.customers[0].customer_type == "BUSINESS" and business.user_type == "BUSINESS"


async def test_contact_info_update_reset_and_unlock() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    customer = user.institution_user_id
    async with sandbox.client() as cd:
        await cd.customer_management.update_contact_info(
            customer,
            body=ContactInfo.from_dict(
                {
                    "email": {"emailAddress": "new@example.com"},
                    "phoneNumber": {"oldPhoneNumber": "2175551001", "newPhoneNumber": "3125550100"},
                    "postalAddress": {"address1": "9 Elm St", "city": "Chicago", "state": "IL", "postalCode": "60601"},
                }
            ),
        )
        info = await cd.customer_management.get_customer_information(customer)
        assert info.email_address == "new@example.com" and info.postal_addresses[0].address1 == "9 Elm St"
        methods = await cd.customer_management.get_customer_contact_methods(customer)
        assert methods.customer_id == guid(user).lower()
        assert [m.contact_info for m in methods.contact_methods] == ["******0100", "new@example.com"]
        assert isinstance(methods.contact_methods[0].enrolled_date_time, dt.datetime)
        with pytest.raises(BadRequestError) as unknown_phone:
            await cd.customer_management.update_contact_info(
                customer,
                body=ContactInfo.from_dict({"phoneNumber": {"oldPhoneNumber": "999", "newPhoneNumber": "3125550101"}}),
            )
        assert unknown_phone.value.code == "UXU_88891"
        with pytest.raises(BadRequestError):
            await cd.customer_management.update_contact_info(
                customer, body=ContactInfo.from_dict({"email": {"emailAddress": "not an address"}})
            )
        await cd.customer_management.reset_password(
            customer, body=ResetPasswordRequest(contact_method_id=methods.contact_methods[0].id, protocol="SMS")
        )
        with pytest.raises(BadRequestError) as bad:
            await cd.customer_management.reset_password(customer, body=ResetPasswordRequest(contact_method_id="nope"))
        assert (bad.value.code, bad.value.body["status"]) == ("UXU_88889", 400)
        locked = _user(sandbox, "HU-1003")
        assert (await cd.customer_management.get_user_status_v1("HU-1003", user_id_type="HOST_USER_ID")).locked
        await cd.customer_management.unlock_user(guid(locked))
        status = await cd.customer_management.get_user_status_v1(locked.institution_user_id, user_id_type="CUSTOMER_ID")
        assert status.active is True and status.locked is not True and status.additional_info.failed_login_count == 0


async def test_legacy_customer_profile_is_typed_and_not_found() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    client, recorder = _recording(sandbox)
    async with client as cd:
        profile = await cd.customer_management.get_customer_v2("01234", guid(user))
        by_login = await cd.customer_management.get_customer_v2(
            "01234", user.login_id, fi_customer_id_type=GetCustomerV2FiCustomerIdType.LOGINID
        )
        with pytest.raises(NotFoundError) as info:
            await cd.customer_management.get_customer_v2("01234", "nobody", fi_customer_id_type="LOGINID")
    assert info.value.code == "20009"
    first = recorder.requests[-3]
    assert "fiCustomerIdType" not in first.url.params  # no default is sent: the server applies GUID
    assert "originating_ip" not in first.headers and "offering_id" not in first.headers  # no blank header
    assert by_login.id.value == profile.id.value == guid(user) and profile.id.type_ == "GUID"
    assert profile.fi_id.value == "01234" and profile.member_number == user.host_user_id
    assert profile.bill_pay_enabled is True  # "true" on the wire
    web = profile.channel_infos.channel_info[0]
    assert web.channel_type == "WEB" and web.failed_login_count == 0 and web.valid_login_count == 57
    assert web.user_status.active is True and web.user_status.locked is False and web.user_status.days_inactive == 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}", web.last_login_date_time)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}[+-]\d{2}:\d{2}", profile.member_registration_date)
    assert profile.challenge_question_info.number_of_questions == 3
