from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only, xml_text

_WIRE_NAMES: frozenset[str] = frozenset(
    {"entityName", "entityNumber", "entityType", "code", "description", "attributes"}
)


@_attrs_define
class Role(_Model):
    """A party tied to an account and its role.

    Attributes:
        entity_name (str): The party's name.
        entity_number (str): The party's number at the host.
        entity_type (str): The kind of party, as the host codes it.
        code (str): The role's code at the host.
        description (str): The role's name.
        attributes (RoleAttributes): What the role allows.
    """

    entity_name: str | None = None
    entity_number: str | None = None
    entity_type: str | None = None
    code: str | None = None
    description: str | None = None
    attributes: RoleAttributes | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.entity_name is not None:
            field_dict["entityName"] = self.entity_name
        if self.entity_number is not None:
            field_dict["entityNumber"] = self.entity_number
        if self.entity_type is not None:
            field_dict["entityType"] = self.entity_type
        if self.code is not None:
            field_dict["code"] = self.code
        if self.description is not None:
            field_dict["description"] = self.description
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.entity_name = xml_text(src_dict.get("entityName"))
        _self.entity_number = xml_text(src_dict.get("entityNumber"))
        _self.entity_type = xml_text(src_dict.get("entityType"))
        _self.code = xml_text(src_dict.get("code"))
        _self.description = xml_text(src_dict.get("description"))
        _self.attributes = None if (v := src_dict.get("attributes")) is None else RoleAttributes.from_dict(v)
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.role_attributes import RoleAttributes
