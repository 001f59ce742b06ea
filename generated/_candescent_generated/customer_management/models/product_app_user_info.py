from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="ProductAppUserInfo")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.accepted_disclosure_date is not None:
            accepted_disclosure_date = self.accepted_disclosure_date
            field_dict["acceptedDisclosureDate"] = accepted_disclosure_date
        if self.app_code is not None:
            app_code = self.app_code
            field_dict["appCode"] = app_code
        if self.esign_date is not None:
            esign_date = self.esign_date
            field_dict["esignDate"] = esign_date
        if self.esign_status is not None:
            esign_status = self.esign_status
            field_dict["esignStatus"] = esign_status
        if self.external_auth_id is not None:
            external_auth_id = self.external_auth_id
            field_dict["externalAuthId"] = external_auth_id
        if self.last_activity_date is not None:
            last_activity_date = self.last_activity_date
            field_dict["lastActivityDate"] = last_activity_date
        if self.osdisclosure is not None:
            osdisclosure = self.osdisclosure
            field_dict["osdisclosure"] = osdisclosure
        if self.osemail_reminder is not None:
            osemail_reminder = self.osemail_reminder
            field_dict["osemailReminder"] = osemail_reminder
        if self.osgroup is not None:
            osgroup = self.osgroup
            field_dict["osgroup"] = osgroup
        if self.ospaper_statement is not None:
            ospaper_statement = self.ospaper_statement
            field_dict["ospaperStatement"] = ospaper_statement
        if self.status_code is not None:
            status_code = self.status_code
            field_dict["statusCode"] = status_code
        if self.update_date_time is not None:
            update_date_time = self.update_date_time
            field_dict["updateDateTime"] = update_date_time

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _accepted_disclosure_date = d.pop("acceptedDisclosureDate", None)
        accepted_disclosure_date: str | None = None
        if _accepted_disclosure_date is not None:
            accepted_disclosure_date = _accepted_disclosure_date
        _app_code = d.pop("appCode", None)
        app_code: str | None = None
        if _app_code is not None:
            app_code = _app_code
        _esign_date = d.pop("esignDate", None)
        esign_date: str | None = None
        if _esign_date is not None:
            esign_date = _esign_date
        _esign_status = d.pop("esignStatus", None)
        esign_status: bool | None = None
        if _esign_status is not None:
            esign_status = _esign_status
        _external_auth_id = d.pop("externalAuthId", None)
        external_auth_id: str | None = None
        if _external_auth_id is not None:
            external_auth_id = _external_auth_id
        _last_activity_date = d.pop("lastActivityDate", None)
        last_activity_date: str | None = None
        if _last_activity_date is not None:
            last_activity_date = _last_activity_date
        _osdisclosure = d.pop("osdisclosure", None)
        osdisclosure: bool | None = None
        if _osdisclosure is not None:
            osdisclosure = _osdisclosure
        _osemail_reminder = d.pop("osemailReminder", None)
        osemail_reminder: bool | None = None
        if _osemail_reminder is not None:
            osemail_reminder = _osemail_reminder
        _osgroup = d.pop("osgroup", None)
        osgroup: bool | None = None
        if _osgroup is not None:
            osgroup = _osgroup
        _ospaper_statement = d.pop("ospaperStatement", None)
        ospaper_statement: bool | None = None
        if _ospaper_statement is not None:
            ospaper_statement = _ospaper_statement
        _status_code = d.pop("statusCode", None)
        status_code: str | None = None
        if _status_code is not None:
            status_code = _status_code
        _update_date_time = d.pop("updateDateTime", None)
        update_date_time: str | None = None
        if _update_date_time is not None:
            update_date_time = _update_date_time
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
