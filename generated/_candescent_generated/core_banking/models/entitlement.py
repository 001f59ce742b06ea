from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset({"id", "accountDisplayName", "accountId", "action", "resource"})


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id.to_dict()
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
        _self = object.__new__(cls)
        _self.id = IdType1.from_dict(src_dict["id"])
        _self.account_display_name = xml_text(src_dict.get("accountDisplayName"))
        _self.account_id = None if (v := src_dict.get("accountId")) is None else AccountId.from_dict(v)
        _self.action = None if (v := src_dict.get("action")) is None else Action.from_dict(v)
        _self.resource = None if (v := src_dict.get("resource")) is None else Resource.from_dict(v)
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.account_id import AccountId
from ..models.action import Action
from ..models.id_type_1 import IdType1
from ..models.resource import Resource
