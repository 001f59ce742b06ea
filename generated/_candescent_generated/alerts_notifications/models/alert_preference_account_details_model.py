from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="AlertPreferenceAccountDetailsModel")


@_attrs_define
class AlertPreferenceAccountDetailsModel(_Model):
    """The account an alert preference is about.

    Attributes:
        account_external_id (str | Unset): The account's external id.
        account_id (str | Unset): The account's id.
        card_number (str | Unset): The card, for card alerts.
    """

    account_external_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    card_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        account_external_id = self.account_external_id
        account_id = self.account_id
        card_number = self.card_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_external_id is not UNSET:
            field_dict["accountExternalId"] = account_external_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if card_number is not UNSET:
            field_dict["cardNumber"] = card_number

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_external_id = d.pop("accountExternalId", UNSET)
        account_id = d.pop("accountId", UNSET)
        card_number = d.pop("cardNumber", UNSET)
        alert_preference_account_details_model = cls(
            account_external_id=account_external_id,
            account_id=account_id,
            card_number=card_number,
        )

        alert_preference_account_details_model.additional_properties = d
        return alert_preference_account_details_model
