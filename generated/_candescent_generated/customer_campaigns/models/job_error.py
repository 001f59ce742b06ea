from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe
from ..types import keys_only

T = TypeVar("T", bound="JobError")


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

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        line_nbr = self.line_nbr
        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineNbr": line_nbr,
                "errorMsg": error_msg,
            }
        )
        if self.links is not None:
            field_dict["links"] = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                field_dict["links"].append(links_item)

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line_nbr = d.pop("lineNbr")
        error_msg = d.pop("errorMsg")
        _links = d.pop("links", None)
        links = None if _links is None else [Link1.from_dict(item) for item in _links]
        job_error = cls(
            line_nbr=line_nbr,
            error_msg=error_msg,
            links=links,
        )

        object.__setattr__(job_error, "additional_properties", d)  # no on-setattr hooks
        return job_error


from ..models.link_1 import Link1
