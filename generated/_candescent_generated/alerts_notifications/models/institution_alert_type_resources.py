from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

if TYPE_CHECKING:
    from ..models.institution_alert_type_resource import InstitutionAlertTypeResource


T = TypeVar("T", bound="InstitutionAlertTypeResources")


@_attrs_define
class InstitutionAlertTypeResources(_Model):
    """Institution alert type settings.

    Attributes:
        institution_alert_types (list[InstitutionAlertTypeResource]): The settings.
    """

    institution_alert_types: list[InstitutionAlertTypeResource] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.institution_alert_types is not None:
            institution_alert_types = []
            for institution_alert_types_item_data in self.institution_alert_types:
                institution_alert_types_item = institution_alert_types_item_data.to_dict()
                institution_alert_types.append(institution_alert_types_item)

            field_dict["institutionAlertTypes"] = institution_alert_types

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.institution_alert_type_resource import InstitutionAlertTypeResource

        d = dict(src_dict)
        _institution_alert_types = d.pop("institutionAlertTypes", None)
        institution_alert_types: list[InstitutionAlertTypeResource] | None = None
        if _institution_alert_types is not None:
            institution_alert_types = []
            _institution_alert_types = _institution_alert_types
            for institution_alert_types_item_data in _institution_alert_types:
                institution_alert_types_item = InstitutionAlertTypeResource.from_dict(institution_alert_types_item_data)

                institution_alert_types.append(institution_alert_types_item)

        institution_alert_type_resources = cls(
            institution_alert_types=institution_alert_types,
        )

        institution_alert_type_resources.additional_properties = d
        return institution_alert_type_resources
