"""Customer management through the facade and the sandbox, including legacy XML and $expand."""

from __future__ import annotations

from typing import Any

import pytest
from candescent_generated.customer_management.models import ContactInfo, FICustomer, ResetPasswordRequest

from candescent_async import BadRequestError, ConflictError, NotFoundError
from candescent_async.sandbox import Sandbox

pytestmark = pytest.mark.anyio


def _user(sandbox: Sandbox) -> Any:
    return next(iter(sandbox.world.users.values()))


async def test_legacy_registration_round_trips_through_xml() -> None:
    sandbox = Sandbox(seed=4)
    body = FICustomer.from_dict(
        {
            "memberNumber": "M1234",
            "person": {"personName": {"firstName": "Ada", "lastName": "Lovelace"}, "birthDate": "1990-05-01"},
            "channelInfos": {
                "channelInfo": [{"channelType": "TPV_API", "credential": {"loginId": "ada", "password": "pw-1"}}]
            },
            "ssn": "123456789",
        }
    )
    async with sandbox.client() as cd:
        created = await cd.customer_management.register_customer_v4("01234", body=body)
        assert created.id.type_ == "GUID" and created.person.person_name.first_name == "Ada"
        with pytest.raises(ConflictError) as info:
            await cd.customer_management.register_customer_v4("01234", body=body)
    assert info.value.code == "26331"
    assert sandbox.token_requests["v1:client_credentials"] == 1


async def test_institution_user_with_expand_filter() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    async with sandbox.client() as cd:
        found = await cd.customer_management.get_institution_user_v1(
            user.institution_user_id, expand="contactMethods($filter=validated eq true),postalAddresses"
        )
        assert [m.protocol for m in found.contact_methods] == ["SMS"]
        assert found.postal_addresses[0].city == "Springfield"
        with pytest.raises(BadRequestError) as info:
            await cd.customer_management.get_institution_user_v1(user.institution_user_id, expand="secrets")
        assert info.value.code == "ISR_10009"
        v2 = await cd.customer_management.get_institution_user_v2(
            user.institution_user_id, expand="identificationDocuments"
        )
        assert v2.identification_documents[0].masked_id == "*****6789"


async def test_contact_info_update_reset_and_unlock() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    customer = user.institution_user_id
    async with sandbox.client() as cd:
        await cd.customer_management.update_contact_info(
            customer, body=ContactInfo.from_dict({"email": {"emailAddress": "new@example.com"}})
        )
        info = await cd.customer_management.get_customer_information(customer)
        assert info.email_address == "new@example.com"
        methods = await cd.customer_management.get_customer_contact_methods(customer)
        await cd.customer_management.reset_password(
            customer, body=ResetPasswordRequest(contact_method_id=methods.contact_methods[0].id, protocol="SMS")
        )
        with pytest.raises(BadRequestError) as bad:
            await cd.customer_management.reset_password(customer, body=ResetPasswordRequest(contact_method_id="nope"))
        assert (bad.value.code, bad.value.body["status"]) == ("UXU_88889", 400)
        await cd.customer_management.unlock_user(customer)
        status = await cd.customer_management.get_user_status_v1(customer, user_id_type="INSTITUTION_USER_ID")
        assert status.active is True


async def test_legacy_customer_profile_and_not_found() -> None:
    sandbox = Sandbox(seed=4)
    user = _user(sandbox)
    async with sandbox.client() as cd:
        profile = await cd.customer_management.get_customer_v2("01234", user.login_id, fi_customer_id_type="LOGINID")
        assert profile.member_number == user.host_user_id
        with pytest.raises(NotFoundError) as info:
            await cd.customer_management.get_customer_v2("01234", "nobody", fi_customer_id_type="LOGINID")
    assert info.value.code == "20009"
