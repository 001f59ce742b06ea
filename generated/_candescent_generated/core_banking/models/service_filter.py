from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..models.service_filter_criteria import ServiceFilterCriteria
from ..types import Model as _Model, as_json_safe as _as_json_safe, enum_member, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"attributeId", "criteria", "value"})


@_attrs_define
class ServiceFilter(_Model):
    """One attribute test.

    Attributes:
        attribute_id (str): The attribute to test (e.g. channel).
        criteria (ServiceFilterCriteria): The comparison (equals when absent); the platform refuses notEqual and like
            for now (BAS_10007). Default: ServiceFilterCriteria.EQUALS.
        value (str): What to compare with; none for isPresent and isNotPresent.
    """

    attribute_id: str
    criteria: ServiceFilterCriteria = ServiceFilterCriteria.EQUALS
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["attributeId"] = self.attribute_id
        field_dict["criteria"] = ServiceFilterCriteria(self.criteria).value
        if self.value is not None:
            field_dict["value"] = self.value

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.attribute_id = src_dict["attributeId"]
        _self.criteria = enum_member(ServiceFilterCriteria, src_dict["criteria"])
        _self.value = src_dict.get("value")
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
