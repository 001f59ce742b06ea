from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_user_role import BusinessUserRole
from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.contact_method import ContactMethod


T = TypeVar("T", bound="BusinessUser")


@_attrs_define
class BusinessUser(_Model):
    """
    Attributes:
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        middle_name (str | Unset):
        role (BusinessUserRole | Unset):
        status (str | Unset): Active / ACTIVE both seen.
        login_id (str | Unset):
        update_pending (bool | Unset):
        contact_methods (list[ContactMethod] | Unset):
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    role: BusinessUserRole | Unset = UNSET
    status: str | Unset = UNSET
    login_id: str | Unset = UNSET
    update_pending: bool | Unset = UNSET
    contact_methods: list[ContactMethod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        email = self.email
        first_name = self.first_name
        last_name = self.last_name
        middle_name = self.middle_name
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = BusinessUserRole(self.role).value

        status = self.status
        login_id = self.login_id
        update_pending = self.update_pending
        contact_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_methods, Unset):
            contact_methods = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                contact_methods.append(contact_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if login_id is not UNSET:
            field_dict["loginId"] = login_id
        if update_pending is not UNSET:
            field_dict["updatePending"] = update_pending
        if contact_methods is not UNSET:
            field_dict["contactMethods"] = contact_methods

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_method import ContactMethod

        d = dict(src_dict)
        email = d.pop("email", UNSET)
        first_name = d.pop("firstName", UNSET)
        last_name = d.pop("lastName", UNSET)
        middle_name = d.pop("middleName", UNSET)
        _role = d.pop("role", UNSET)
        role: BusinessUserRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = BusinessUserRole(_role)

        status = d.pop("status", UNSET)
        login_id = d.pop("loginId", UNSET)
        update_pending = d.pop("updatePending", UNSET)
        _contact_methods = d.pop("contactMethods", UNSET)
        contact_methods: list[ContactMethod] | Unset = UNSET
        if _contact_methods is not UNSET:
            contact_methods = []
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = ContactMethod.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        business_user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            role=role,
            status=status,
            login_id=login_id,
            update_pending=update_pending,
            contact_methods=contact_methods,
        )

        business_user.additional_properties = d
        return business_user
