from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_contact_method_contact_method_type import InstitutionContactMethodContactMethodType
from ..models.institution_contact_method_protocol import InstitutionContactMethodProtocol
from ..types import UNSET, Unset, keys_only, parse_datetime
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="InstitutionContactMethod")


@_attrs_define
class InstitutionContactMethod(_Model):
    """
    Attributes:
        protocol (InstitutionContactMethodProtocol):
        id (str | Unset):
        activated (bool | Unset):
        enrolled_date_time (datetime.datetime | Unset):
        telephone_country_code (str | Unset):
        contact_info (str | Unset):
        validated (bool | Unset):
        host (bool | Unset):
        primary (bool | Unset):
        contact_method_type (InstitutionContactMethodContactMethodType | Unset):
    """

    protocol: InstitutionContactMethodProtocol
    id: str | Unset = UNSET
    activated: bool | Unset = UNSET
    enrolled_date_time: datetime.datetime | Unset = UNSET
    telephone_country_code: str | Unset = UNSET
    contact_info: str | Unset = UNSET
    validated: bool | Unset = UNSET
    host: bool | Unset = UNSET
    primary: bool | Unset = UNSET
    contact_method_type: InstitutionContactMethodContactMethodType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        protocol = InstitutionContactMethodProtocol(self.protocol).value
        id = self.id
        activated = self.activated
        enrolled_date_time: str | Unset = UNSET
        if not isinstance(self.enrolled_date_time, Unset):
            enrolled_date_time = self.enrolled_date_time.isoformat()
        telephone_country_code = self.telephone_country_code
        contact_info = self.contact_info
        validated = self.validated
        host = self.host
        primary = self.primary
        contact_method_type: str | Unset = UNSET
        if not isinstance(self.contact_method_type, Unset):
            contact_method_type = InstitutionContactMethodContactMethodType(self.contact_method_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if activated is not UNSET:
            field_dict["activated"] = activated
        if enrolled_date_time is not UNSET:
            field_dict["enrolledDateTime"] = enrolled_date_time
        if telephone_country_code is not UNSET:
            field_dict["telephoneCountryCode"] = telephone_country_code
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info
        if validated is not UNSET:
            field_dict["validated"] = validated
        if host is not UNSET:
            field_dict["host"] = host
        if primary is not UNSET:
            field_dict["primary"] = primary
        if contact_method_type is not UNSET:
            field_dict["contactMethodType"] = contact_method_type

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = InstitutionContactMethodProtocol(d.pop("protocol"))

        id = d.pop("id", UNSET)
        activated = d.pop("activated", UNSET)
        _enrolled_date_time = d.pop("enrolledDateTime", UNSET)
        enrolled_date_time: datetime.datetime | Unset
        if isinstance(_enrolled_date_time, Unset):
            enrolled_date_time = UNSET
        else:
            enrolled_date_time = parse_datetime(_enrolled_date_time)

        telephone_country_code = d.pop("telephoneCountryCode", UNSET)
        contact_info = d.pop("contactInfo", UNSET)
        validated = d.pop("validated", UNSET)
        host = d.pop("host", UNSET)
        primary = d.pop("primary", UNSET)
        _contact_method_type = d.pop("contactMethodType", UNSET)
        contact_method_type: InstitutionContactMethodContactMethodType | Unset
        if isinstance(_contact_method_type, Unset):
            contact_method_type = UNSET
        else:
            contact_method_type = InstitutionContactMethodContactMethodType(_contact_method_type)

        institution_contact_method = cls(
            protocol=protocol,
            id=id,
            activated=activated,
            enrolled_date_time=enrolled_date_time,
            telephone_country_code=telephone_country_code,
            contact_info=contact_info,
            validated=validated,
            host=host,
            primary=primary,
            contact_method_type=contact_method_type,
        )

        institution_contact_method.additional_properties = d
        return institution_contact_method
