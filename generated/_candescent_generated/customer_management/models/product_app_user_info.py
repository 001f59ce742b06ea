from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "acceptedDisclosureDate",
        "appCode",
        "esignDate",
        "esignStatus",
        "externalAuthId",
        "lastActivityDate",
        "osdisclosure",
        "osemailReminder",
        "osgroup",
        "ospaperStatement",
        "statusCode",
        "updateDateTime",
    }
)


@_attrs_define
class ProductAppUserInfo(_Model):
    """
    Attributes:
        accepted_disclosure_date (str): When the customer accepted the product's disclosure, yyyy-MM-dd±hh:mm (a date
            with the institution's offset).
        app_code (str): The product application's code.
        esign_date (str): When the customer e-signed, yyyy-MM-dd±hh:mm (a date with the institution's offset).
        esign_status (bool): Whether the customer e-signed.
        external_auth_id (str): The customer's id at the product's provider.
        last_activity_date (str): The customer's last activity in the product, yyyy-MM-dd±hh:mm (a date with the
            institution's offset).
        osdisclosure (bool): Online statements: the disclosure was accepted.
        osemail_reminder (bool): Online statements: email reminders are on.
        osgroup (bool): Online statements: the customer is in the institution's statement group.
        ospaper_statement (bool): Online statements: paper statements are still sent.
        status_code (str): The customer's state in the product (a legacy code).
        update_date_time (str): When the record last changed, yyyy-MM-ddTHH:mm:ss±hh:mm.
    """

    accepted_disclosure_date: str | None = None
    app_code: str | None = None
    esign_date: str | None = None
    esign_status: bool | None = None
    external_auth_id: str | None = None
    last_activity_date: str | None = None
    osdisclosure: bool | None = None
    osemail_reminder: bool | None = None
    osgroup: bool | None = None
    ospaper_statement: bool | None = None
    status_code: str | None = None
    update_date_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.accepted_disclosure_date is not None:
            field_dict["acceptedDisclosureDate"] = self.accepted_disclosure_date
        if self.app_code is not None:
            field_dict["appCode"] = self.app_code
        if self.esign_date is not None:
            field_dict["esignDate"] = self.esign_date
        if self.esign_status is not None:
            field_dict["esignStatus"] = self.esign_status
        if self.external_auth_id is not None:
            field_dict["externalAuthId"] = self.external_auth_id
        if self.last_activity_date is not None:
            field_dict["lastActivityDate"] = self.last_activity_date
        if self.osdisclosure is not None:
            field_dict["osdisclosure"] = self.osdisclosure
        if self.osemail_reminder is not None:
            field_dict["osemailReminder"] = self.osemail_reminder
        if self.osgroup is not None:
            field_dict["osgroup"] = self.osgroup
        if self.ospaper_statement is not None:
            field_dict["ospaperStatement"] = self.ospaper_statement
        if self.status_code is not None:
            field_dict["statusCode"] = self.status_code
        if self.update_date_time is not None:
            field_dict["updateDateTime"] = self.update_date_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.accepted_disclosure_date = src_dict.get("acceptedDisclosureDate")
        _self.app_code = src_dict.get("appCode")
        _self.esign_date = src_dict.get("esignDate")
        _self.esign_status = src_dict.get("esignStatus")
        _self.external_auth_id = src_dict.get("externalAuthId")
        _self.last_activity_date = src_dict.get("lastActivityDate")
        _self.osdisclosure = src_dict.get("osdisclosure")
        _self.osemail_reminder = src_dict.get("osemailReminder")
        _self.osgroup = src_dict.get("osgroup")
        _self.ospaper_statement = src_dict.get("ospaperStatement")
        _self.status_code = src_dict.get("statusCode")
        _self.update_date_time = src_dict.get("updateDateTime")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
