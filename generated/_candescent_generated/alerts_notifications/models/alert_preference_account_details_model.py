from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            account_external_id=d.pop("accountExternalId", None),
            account_id=d.pop("accountId", None),
            card_number=d.pop("cardNumber", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
