from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.business_user_role import BusinessUserRole
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {"email", "firstName", "lastName", "role", "status", "contactMethods", "loginId", "middleName", "updatePending"}
)


@_attrs_define
class BusinessUser(_Model):
    """A user of the business's online banking.

    Attributes:
        email (str):
        first_name (str):
        last_name (str):
        role (BusinessUserRole): PRIMARY_ADMIN, SECONDARY_ADMIN, or BUSINESS_USER (no administration rights).
        status (str): The user's state; both Active and ACTIVE are seen.
        contact_methods (list[ContactMethod]): Where the user can be reached for one-time passcodes.
        login_id (str): The user's online-banking login id.
        middle_name (str):
        update_pending (bool): true: a change to this user is waiting to take effect.
    """

    email: str
    first_name: str
    last_name: str
    role: BusinessUserRole
    status: str
    contact_methods: list[ContactMethod] | None = None
    login_id: str | None = None
    middle_name: str | None = None
    update_pending: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = self.email
        field_dict["firstName"] = self.first_name
        field_dict["lastName"] = self.last_name
        field_dict["role"] = BusinessUserRole(self.role).value
        field_dict["status"] = self.status
        if self.contact_methods is not None:
            field_dict["contactMethods"] = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                field_dict["contactMethods"].append(contact_methods_item)

        if self.login_id is not None:
            field_dict["loginId"] = self.login_id
        if self.middle_name is not None:
            field_dict["middleName"] = self.middle_name
        if self.update_pending is not None:
            field_dict["updatePending"] = self.update_pending

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.email = src_dict["email"]
        _self.first_name = src_dict["firstName"]
        _self.last_name = src_dict["lastName"]
        _self.role = enum_member(BusinessUserRole, src_dict["role"])
        _self.status = src_dict["status"]
        _self.contact_methods = (
            None if (v := src_dict.get("contactMethods")) is None else [ContactMethod.from_dict(item) for item in v]
        )
        _self.login_id = src_dict.get("loginId")
        _self.middle_name = src_dict.get("middleName")
        _self.update_pending = src_dict.get("updatePending")
        extra = (
            {}
            if len(src_dict) == 5 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.contact_method import ContactMethod
