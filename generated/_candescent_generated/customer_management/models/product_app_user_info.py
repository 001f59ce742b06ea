from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ProductAppUserInfo")


@_attrs_define
class ProductAppUserInfo(_Model):
    """
    Attributes:
        accepted_disclosure_date (str | Unset): When the customer accepted the product's disclosure, yyyy-MM-dd±hh:mm (a
            date with the institution's offset).
        app_code (str | Unset): The product application's code.
        esign_date (str | Unset): When the customer e-signed, yyyy-MM-dd±hh:mm (a date with the institution's offset).
        esign_status (bool | Unset): Whether the customer e-signed.
        external_auth_id (str | Unset): The customer's id at the product's provider.
        last_activity_date (str | Unset): The customer's last activity in the product, yyyy-MM-dd±hh:mm (a date with the
            institution's offset).
        osdisclosure (bool | Unset): Online statements: the disclosure was accepted.
        osemail_reminder (bool | Unset): Online statements: email reminders are on.
        osgroup (bool | Unset): Online statements: the customer is in the institution's statement group.
        ospaper_statement (bool | Unset): Online statements: paper statements are still sent.
        status_code (str | Unset): The customer's state in the product (a legacy code).
        update_date_time (str | Unset): When the record last changed, yyyy-MM-ddTHH:mm:ss±hh:mm.
    """

    accepted_disclosure_date: str | Unset = UNSET
    app_code: str | Unset = UNSET
    esign_date: str | Unset = UNSET
    esign_status: bool | Unset = UNSET
    external_auth_id: str | Unset = UNSET
    last_activity_date: str | Unset = UNSET
    osdisclosure: bool | Unset = UNSET
    osemail_reminder: bool | Unset = UNSET
    osgroup: bool | Unset = UNSET
    ospaper_statement: bool | Unset = UNSET
    status_code: str | Unset = UNSET
    update_date_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        accepted_disclosure_date = self.accepted_disclosure_date
        app_code = self.app_code
        esign_date = self.esign_date
        esign_status = self.esign_status
        external_auth_id = self.external_auth_id
        last_activity_date = self.last_activity_date
        osdisclosure = self.osdisclosure
        osemail_reminder = self.osemail_reminder
        osgroup = self.osgroup
        ospaper_statement = self.ospaper_statement
        status_code = self.status_code
        update_date_time = self.update_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_disclosure_date is not UNSET:
            field_dict["acceptedDisclosureDate"] = accepted_disclosure_date
        if app_code is not UNSET:
            field_dict["appCode"] = app_code
        if esign_date is not UNSET:
            field_dict["esignDate"] = esign_date
        if esign_status is not UNSET:
            field_dict["esignStatus"] = esign_status
        if external_auth_id is not UNSET:
            field_dict["externalAuthId"] = external_auth_id
        if last_activity_date is not UNSET:
            field_dict["lastActivityDate"] = last_activity_date
        if osdisclosure is not UNSET:
            field_dict["osdisclosure"] = osdisclosure
        if osemail_reminder is not UNSET:
            field_dict["osemailReminder"] = osemail_reminder
        if osgroup is not UNSET:
            field_dict["osgroup"] = osgroup
        if ospaper_statement is not UNSET:
            field_dict["ospaperStatement"] = ospaper_statement
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if update_date_time is not UNSET:
            field_dict["updateDateTime"] = update_date_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accepted_disclosure_date = d.pop("acceptedDisclosureDate", UNSET)
        app_code = d.pop("appCode", UNSET)
        esign_date = d.pop("esignDate", UNSET)
        esign_status = d.pop("esignStatus", UNSET)
        external_auth_id = d.pop("externalAuthId", UNSET)
        last_activity_date = d.pop("lastActivityDate", UNSET)
        osdisclosure = d.pop("osdisclosure", UNSET)
        osemail_reminder = d.pop("osemailReminder", UNSET)
        osgroup = d.pop("osgroup", UNSET)
        ospaper_statement = d.pop("ospaperStatement", UNSET)
        status_code = d.pop("statusCode", UNSET)
        update_date_time = d.pop("updateDateTime", UNSET)
        product_app_user_info = cls(
            accepted_disclosure_date=accepted_disclosure_date,
            app_code=app_code,
            esign_date=esign_date,
            esign_status=esign_status,
            external_auth_id=external_auth_id,
            last_activity_date=last_activity_date,
            osdisclosure=osdisclosure,
            osemail_reminder=osemail_reminder,
            osgroup=osgroup,
            ospaper_statement=ospaper_statement,
            status_code=status_code,
            update_date_time=update_date_time,
        )

        product_app_user_info.additional_properties = d
        return product_app_user_info
