from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define, field as _attrs_field

from ..types import Model as _Model, as_json_safe as _as_json_safe, keys_only


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
        d = dict(src_dict)
        _self = cls(
            challenge_questions=d.pop("challengeQuestions", None),
            challenge_questions_selected=d.pop("challengeQuestionsSelected", None),
            enabled=d.pop("enabled", None),
            invalid_attempts=d.pop("invalidAttempts", None),
            max_bad_attempts=d.pop("maxBadAttempts", None),
            number_of_options_per_menu=d.pop("numberOfOptionsPerMenu", None),
            number_of_questions=d.pop("numberOfQuestions", None),
            opted_out=d.pop("optedOut", None),
        )
        object.__setattr__(_self, "additional_properties", d)  # no on-setattr hooks
        return _self
