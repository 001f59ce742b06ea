from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only, xml_text
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.role_attributes import RoleAttributes


T = TypeVar("T", bound="Role")


@_attrs_define
class Role(_Model):
    """A party tied to an account and its role.

    Attributes:
        entity_name (str | Unset): The party's name.
        entity_number (str | Unset): The party's number at the host.
        entity_type (str | Unset): The kind of party, as the host codes it.
        code (str | Unset): The role's code at the host.
        description (str | Unset): The role's name.
        attributes (RoleAttributes | Unset): What the role allows.
    """

    entity_name: str | Unset = UNSET
    entity_number: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    attributes: RoleAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        entity_name = self.entity_name
        entity_number = self.entity_number
        entity_type = self.entity_type
        code = self.code
        description = self.description
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_name is not UNSET:
            field_dict["entityName"] = entity_name
        if entity_number is not UNSET:
            field_dict["entityNumber"] = entity_number
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role_attributes import RoleAttributes

        d = dict(src_dict)
        entity_name = xml_text(d.pop("entityName", UNSET))
        entity_number = xml_text(d.pop("entityNumber", UNSET))
        entity_type = xml_text(d.pop("entityType", UNSET))
        code = xml_text(d.pop("code", UNSET))
        description = xml_text(d.pop("description", UNSET))
        _attributes = d.pop("attributes", UNSET)
        attributes: RoleAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = RoleAttributes.from_dict(_attributes)

        role = cls(
            entity_name=entity_name,
            entity_number=entity_number,
            entity_type=entity_type,
            code=code,
            description=description,
            attributes=attributes,
        )

        role.additional_properties = d
        return role
