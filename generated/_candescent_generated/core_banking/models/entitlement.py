from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only, xml_text

T = TypeVar("T", bound="Entitlement")


@_attrs_define
class Entitlement(_Model):
    """One thing a business user may do with an account.

    Attributes:
        id (IdType1): The entitlement's id.
        account_display_name (str): The account's name as shown to the user.
        account_id (AccountId): The account it applies to.
        action (Action): What may be done.
        resource (Resource): What it applies to.
    """

    id: IdType1
    account_display_name: str | None = None
    account_id: AccountId | None = None
    action: Action | None = None
    resource: Resource | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        id = self.id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if self.account_display_name is not None:
            field_dict["accountDisplayName"] = self.account_display_name
        if self.account_id is not None:
            field_dict["accountId"] = self.account_id.to_dict()
        if self.action is not None:
            field_dict["action"] = self.action.to_dict()
        if self.resource is not None:
            field_dict["resource"] = self.resource.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = IdType1.from_dict(d.pop("id"))

        account_display_name = xml_text(d.pop("accountDisplayName", None))
        _account_id = d.pop("accountId", None)
        account_id = None if _account_id is None else AccountId.from_dict(_account_id)
        _action = d.pop("action", None)
        action = None if _action is None else Action.from_dict(_action)
        _resource = d.pop("resource", None)
        resource = None if _resource is None else Resource.from_dict(_resource)
        entitlement = cls(
            id=id,
            account_display_name=account_display_name,
            account_id=account_id,
            action=action,
            resource=resource,
        )

        object.__setattr__(entitlement, "additional_properties", d)  # no on-setattr hooks
        return entitlement


from ..models.account_id import AccountId
from ..models.action import Action
from ..models.id_type_1 import IdType1
from ..models.resource import Resource
