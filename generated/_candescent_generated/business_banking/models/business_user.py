from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_user_role import BusinessUserRole
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.contact_method import ContactMethod


T = TypeVar("T", bound="BusinessUser")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        email = self.email
        first_name = self.first_name
        last_name = self.last_name
        role = BusinessUserRole(self.role).value
        status = self.status

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
        if self.contact_methods is not None:
            contact_methods = []
            for contact_methods_item_data in self.contact_methods:
                contact_methods_item = contact_methods_item_data.to_dict()
                contact_methods.append(contact_methods_item)

            field_dict["contactMethods"] = contact_methods
        if self.login_id is not None:
            login_id = self.login_id
            field_dict["loginId"] = login_id
        if self.middle_name is not None:
            middle_name = self.middle_name
            field_dict["middleName"] = middle_name
        if self.update_pending is not None:
            update_pending = self.update_pending
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
        _contact_methods = d.pop("contactMethods", None)
        contact_methods: list[ContactMethod] | None = None
        if _contact_methods is not None:
            contact_methods = []
            _contact_methods = _contact_methods
            for contact_methods_item_data in _contact_methods:
                contact_methods_item = ContactMethod.from_dict(contact_methods_item_data)

                contact_methods.append(contact_methods_item)

        _login_id = d.pop("loginId", None)
        login_id: str | None = None
        if _login_id is not None:
            login_id = _login_id
        _middle_name = d.pop("middleName", None)
        middle_name: str | None = None
        if _middle_name is not None:
            middle_name = _middle_name
        _update_pending = d.pop("updatePending", None)
        update_pending: bool | None = None
        if _update_pending is not None:
            update_pending = _update_pending
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
