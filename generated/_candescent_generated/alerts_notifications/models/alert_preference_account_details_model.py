from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"accountExternalId", "accountId", "cardNumber"})


@_attrs_define
class AlertPreferenceAccountDetailsModel(_Model):
    """The account an alert preference is about.

    Attributes:
        account_external_id (str): The account's external id.
        account_id (str): The account's id.
        card_number (str): The card, for card alerts.
    """

    account_external_id: str | None = None
    account_id: str | None = None
    card_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.account_external_id is not None:
            field_dict["accountExternalId"] = self.account_external_id
        if self.account_id is not None:
            field_dict["accountId"] = self.account_id
        if self.card_number is not None:
            field_dict["cardNumber"] = self.card_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.account_external_id = src_dict.get("accountExternalId")
        _self.account_id = src_dict.get("accountId")
        _self.card_number = src_dict.get("cardNumber")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
