from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, parse_datetime

_WIRE_NAMES: frozenset[str] = frozenset({"activateEstatement", "accountId", "disclosureStatusUpdatedAt"})


@_attrs_define
class EStatementAccountPreferencesRequest(_Model):
    """One account's e-statement choice.

    Attributes:
        activate_estatement (bool): true: electronic statements; false: back to paper.
        account_id (str): The account to change.
        disclosure_status_updated_at (datetime.datetime): When the user made the choice (ISO 8601 with an offset); the
            platform's time when absent.
    """

    activate_estatement: bool
    account_id: str
    disclosure_status_updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["activateEstatement"] = self.activate_estatement
        field_dict["accountId"] = self.account_id
        if self.disclosure_status_updated_at is not None:
            field_dict["disclosureStatusUpdatedAt"] = self.disclosure_status_updated_at.isoformat()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.activate_estatement = src_dict["activateEstatement"]
        _self.account_id = src_dict["accountId"]
        _self.disclosure_status_updated_at = (
            None if (v := src_dict.get("disclosureStatusUpdatedAt")) is None else parse_datetime(v)
        )
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
