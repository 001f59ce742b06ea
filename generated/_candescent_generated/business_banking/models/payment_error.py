from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="PaymentError")


@_attrs_define
class PaymentError(_Model):
    """An error answer of the payments service (BBP-/PAYMENTS- codes), one detail line per problem.

    Attributes:
        code (str): The platform's error code, e.g. BBP-138 or PAYMENTS-GEN001.
        message (str): What went wrong, in the platform's words.
        details (list[str]): One message per problem found (e.g. per invalid field).
    """

    code: str
    message: str
    details: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        code = self.code
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if self.details is not None:
            field_dict["details"] = self.details

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        details = d.pop("details", None)
        payment_error = cls(
            code=code,
            message=message,
            details=details,
        )

        object.__setattr__(payment_error, "additional_properties", d)  # no on-setattr hooks
        return payment_error
