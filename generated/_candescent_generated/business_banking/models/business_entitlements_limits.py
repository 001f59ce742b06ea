from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"entitledFeatures", "accountEntitledFeature", "secCodes"})


@_attrs_define
class BusinessEntitlementsLimits(_Model):
    """What a business (company) may do online: features, amount limits, ACH SEC codes.

    Attributes:
        entitled_features (list[EntitledFeature]): Each entitled feature with its limits.
        account_entitled_feature (AccountEntitledFeature): The same per tax id and account.
        sec_codes (list[str]): ACH Standard Entry Class codes that may be used, by name (e.g. ACH Payments Commercial
            (CCD)).
    """

    entitled_features: list[EntitledFeature]
    account_entitled_feature: AccountEntitledFeature | None = None
    sec_codes: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["entitledFeatures"] = []
        for entitled_features_item_data in self.entitled_features:
            entitled_features_item = entitled_features_item_data.to_dict()
            field_dict["entitledFeatures"].append(entitled_features_item)

        if self.account_entitled_feature is not None:
            field_dict["accountEntitledFeature"] = self.account_entitled_feature.to_dict()
        if self.sec_codes is not None:
            field_dict["secCodes"] = self.sec_codes

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.entitled_features = [EntitledFeature.from_dict(item) for item in src_dict["entitledFeatures"]]
        _self.account_entitled_feature = (
            None if (v := src_dict.get("accountEntitledFeature")) is None else AccountEntitledFeature.from_dict(v)
        )
        _self.sec_codes = src_dict.get("secCodes")
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.account_entitled_feature import AccountEntitledFeature
from ..models.entitled_feature import EntitledFeature
