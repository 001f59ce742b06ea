from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="JobError")


@_attrs_define
class JobError(_Model):
    """
    Attributes:
        line_nbr (int | Unset):
        error_msg (str | Unset):
        links (list[Link] | Unset):
    """

    line_nbr: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        line_nbr = self.line_nbr
        error_msg = self.error_msg
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if links is not UNSET:
            field_dict["links"] = links

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link import Link

        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)
        error_msg = d.pop("errorMsg", UNSET)
        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        job_error = cls(
            line_nbr=line_nbr,
            error_msg=error_msg,
            links=links,
        )

        job_error.additional_properties = d
        return job_error
