from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "challengeQuestions",
        "challengeQuestionsSelected",
        "enabled",
        "invalidAttempts",
        "maxBadAttempts",
        "numberOfOptionsPerMenu",
        "numberOfQuestions",
        "optedOut",
    }
)


@_attrs_define
class ChallengeQuestionInfo(_Model):
    """
    Attributes:
        challenge_questions (list[str]): The questions offered.
        challenge_questions_selected (list[int]): The indexes of the questions the customer chose.
        enabled (bool): Whether security questions are in use.
        invalid_attempts (int): Wrong answers so far.
        max_bad_attempts (int): Wrong answers allowed before the customer is locked.
        number_of_options_per_menu (int): Questions offered per choice.
        number_of_questions (int): Questions the customer must answer.
        opted_out (bool): Whether the customer opted out of security questions.
    """

    challenge_questions: list[str] | None = None
    challenge_questions_selected: list[int] | None = None
    enabled: bool | None = None
    invalid_attempts: int | None = None
    max_bad_attempts: int | None = None
    number_of_options_per_menu: int | None = None
    number_of_questions: int | None = None
    opted_out: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:  # documented once, on Model
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.challenge_questions is not None:
            field_dict["challengeQuestions"] = self.challenge_questions

        if self.challenge_questions_selected is not None:
            field_dict["challengeQuestionsSelected"] = self.challenge_questions_selected

        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        if self.invalid_attempts is not None:
            field_dict["invalidAttempts"] = self.invalid_attempts
        if self.max_bad_attempts is not None:
            field_dict["maxBadAttempts"] = self.max_bad_attempts
        if self.number_of_options_per_menu is not None:
            field_dict["numberOfOptionsPerMenu"] = self.number_of_options_per_menu
        if self.number_of_questions is not None:
            field_dict["numberOfQuestions"] = self.number_of_questions
        if self.opted_out is not None:
            field_dict["optedOut"] = self.opted_out

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _self = object.__new__(cls)
        _self.challenge_questions = src_dict.get("challengeQuestions")
        _self.challenge_questions_selected = src_dict.get("challengeQuestionsSelected")
        _self.enabled = src_dict.get("enabled")
        _self.invalid_attempts = src_dict.get("invalidAttempts")
        _self.max_bad_attempts = src_dict.get("maxBadAttempts")
        _self.number_of_options_per_menu = src_dict.get("numberOfOptionsPerMenu")
        _self.number_of_questions = src_dict.get("numberOfQuestions")
        _self.opted_out = src_dict.get("optedOut")
        extra = (
            {}
            if len(src_dict) == 0 or _WIRE_NAMES.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
        )
        _self.additional_properties = extra
        return _self
