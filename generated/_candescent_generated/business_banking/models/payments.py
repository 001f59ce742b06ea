from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"payments"})


@_attrs_define
class Payments(_Model):
    """The payments in the date window (the whole list: no paging).

    Attributes:
        payments (list[AchPayment | WirePayment]): ACH payments from the ACH list, wires from the wire list.
    """

    payments: list[AchPayment | WirePayment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["payments"] = []
        for payments_item_data in self.payments:
            payments_item: dict[str, Any]
            if isinstance(payments_item_data, AchPayment):
                payments_item = payments_item_data.to_dict()
            else:
                payments_item = payments_item_data.to_dict()

            field_dict["payments"].append(payments_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        payments = []
        _payments = src_dict["payments"]
        for payments_item_data in _payments:

            def _parse_payments_item(data: object) -> AchPayment | WirePayment:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payments_item_type_0 = AchPayment.from_dict(data)

                    return payments_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                payments_item_type_1 = WirePayment.from_dict(data)

                return payments_item_type_1

            payments_item = _parse_payments_item(payments_item_data)

            payments.append(payments_item)

        _self.payments = payments
        extra = (
            {}
            if len(src_dict) == 1 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.ach_payment import AchPayment
from ..models.wire_payment import WirePayment
