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
    """A user of the business.

    Attributes:
        email (str): E-mail address.
        first_name (str): First name.
        last_name (str): Last name.
        role (BusinessUserRole): The user's role in the business.
        status (str): Active / ACTIVE both seen.
        contact_methods (list[ContactMethod] | Unset): The user's phones and e-mail addresses.
        login_id (str | Unset): The user's login id.
        middle_name (str | Unset): Middle name.
        update_pending (bool | Unset): true: a change awaits approval.
    """

    email: str
    first_name: str
    last_name: str
    role: BusinessUserRole
    status: str
    contact_methods: list[ContactMethod] | Unset = UNSET
    login_id: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    update_pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        role = BusinessUserRole(self.role).value

        status = self.status

        contact_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_methods, Unset):
            contact_methods = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                contact_methods.append(contact_methods_item)

        login_id = self.login_id

        middle_name = self.middle_name

        update_pending = self.update_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "role": role,
                "status": status,
            }
        )
        if contact_methods is not UNSET:
            field_dict["contactMethods"] = contact_methods
        if login_id is not UNSET:
            field_dict["loginId"] = login_id
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if update_pending is not UNSET:
            field_dict["updatePending"] = update_pending

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_method import ContactMethod

        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        role = BusinessUserRole(d.pop("role"))

        status = d.pop("status")

        _contact_methods = d.pop("contactMethods", UNSET)
        contact_methods: list[ContactMethod] | Unset = UNSET
        if _contact_methods is not UNSET:
            contact_methods = []
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = ContactMethod.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        login_id = d.pop("loginId", UNSET)

        middle_name = d.pop("middleName", UNSET)

        update_pending = d.pop("updatePending", UNSET)

        business_user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            role=role,
            status=status,
            contact_methods=contact_methods,
            login_id=login_id,
            middle_name=middle_name,
            update_pending=update_pending,
        )

        business_user.additional_properties = d
        return business_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
