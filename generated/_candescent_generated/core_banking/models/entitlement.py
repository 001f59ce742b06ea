from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.account_id import AccountId
    from ..models.action import Action
    from ..models.id_type_1 import IdType1
    from ..models.resource import Resource


T = TypeVar("T", bound="Entitlement")


@_attrs_define
class Entitlement(_Model):
    """One thing a business user may do with an account.

    Attributes:
        id (IdType1): The entitlement's id.
        account_display_name (str | Unset): The account's name as shown to the user.
        account_id (AccountId | Unset): The account it applies to.
        action (Action | Unset): What may be done.
        resource (Resource | Unset): What it applies to.
    """

    id: IdType1
    account_display_name: str | Unset = UNSET
    account_id: AccountId | Unset = UNSET
    action: Action | Unset = UNSET
    resource: Resource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id.to_dict()
        account_display_name = self.account_display_name
        account_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = self.account_id.to_dict()
        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_display_name is not UNSET:
            field_dict["accountDisplayName"] = account_display_name
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if action is not UNSET:
            field_dict["action"] = action
        if resource is not UNSET:
            field_dict["resource"] = resource

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_id import AccountId
        from ..models.action import Action
        from ..models.id_type_1 import IdType1
        from ..models.resource import Resource

        d = dict(src_dict)
        id = IdType1.from_dict(d.pop("id"))

        account_display_name = xml_text(d.pop("accountDisplayName", UNSET))
        _account_id = d.pop("accountId", UNSET)
        account_id: AccountId | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = AccountId.from_dict(_account_id)

        _action = d.pop("action", UNSET)
        action: Action | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = Action.from_dict(_action)

        _resource = d.pop("resource", UNSET)
        resource: Resource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = Resource.from_dict(_resource)

        entitlement = cls(
            id=id,
            account_display_name=account_display_name,
            account_id=account_id,
            action=action,
            resource=resource,
        )

        entitlement.additional_properties = d
        return entitlement
