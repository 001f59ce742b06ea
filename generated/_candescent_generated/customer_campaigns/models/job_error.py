from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset({"lineNbr", "errorMsg", "links"})


@_attrs_define
class JobError(_Model):
    """A rejected line of an uploaded file.

    Attributes:
        line_nbr (int): The line's number in the file (the header is line 1).
        error_msg (str): Why it was rejected.
        links (list[Link1]):
    """

    line_nbr: int
    error_msg: str
    links: list[Link1] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["lineNbr"] = self.line_nbr
        field_dict["errorMsg"] = self.error_msg
        if self.links is not None:
            field_dict["links"] = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                field_dict["links"].append(links_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.line_nbr = src_dict["lineNbr"]
        _self.error_msg = src_dict["errorMsg"]
        _self.links = None if (v := src_dict.get("links")) is None else [Link1.from_dict(item) for item in v]
        extra = (
            {}
            if len(src_dict) == 2 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self


from ..models.link_1 import Link1
