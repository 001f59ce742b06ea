from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, keys_only
from ..types import Model as _Model
from ..types import as_json_safe as _as_json_safe

T = TypeVar("T", bound="ChallengeQuestionInfo")


@_attrs_define
class ChallengeQuestionInfo(_Model):
    """
    Attributes:
        challenge_questions (list[str] | Unset): The questions offered.
        challenge_questions_selected (list[int] | Unset): The indexes of the questions the customer chose.
        enabled (bool | Unset): Whether security questions are in use.
        invalid_attempts (int | Unset): Wrong answers so far.
        max_bad_attempts (int | Unset): Wrong answers allowed before the customer is locked.
        number_of_options_per_menu (int | Unset): Questions offered per choice.
        number_of_questions (int | Unset): Questions the customer must answer.
        opted_out (bool | Unset): Whether the customer opted out of security questions.
    """

    challenge_questions: list[str] | Unset = UNSET
    challenge_questions_selected: list[int] | Unset = UNSET
    enabled: bool | Unset = UNSET
    invalid_attempts: int | Unset = UNSET
    max_bad_attempts: int | Unset = UNSET
    number_of_options_per_menu: int | Unset = UNSET
    number_of_questions: int | Unset = UNSET
    opted_out: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=keys_only)

    def to_dict(self, json_safe: bool = False) -> dict[str, Any]:
        """The wire form; ``json_safe=True`` turns Decimals into strings so ``json.dumps`` takes it."""
        challenge_questions: list[str] | Unset = UNSET
        if not isinstance(self.challenge_questions, Unset):
            challenge_questions = self.challenge_questions

        challenge_questions_selected: list[int] | Unset = UNSET
        if not isinstance(self.challenge_questions_selected, Unset):
            challenge_questions_selected = self.challenge_questions_selected

        enabled = self.enabled
        invalid_attempts = self.invalid_attempts
        max_bad_attempts = self.max_bad_attempts
        number_of_options_per_menu = self.number_of_options_per_menu
        number_of_questions = self.number_of_questions
        opted_out = self.opted_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if challenge_questions is not UNSET:
            field_dict["challengeQuestions"] = challenge_questions
        if challenge_questions_selected is not UNSET:
            field_dict["challengeQuestionsSelected"] = challenge_questions_selected
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if invalid_attempts is not UNSET:
            field_dict["invalidAttempts"] = invalid_attempts
        if max_bad_attempts is not UNSET:
            field_dict["maxBadAttempts"] = max_bad_attempts
        if number_of_options_per_menu is not UNSET:
            field_dict["numberOfOptionsPerMenu"] = number_of_options_per_menu
        if number_of_questions is not UNSET:
            field_dict["numberOfQuestions"] = number_of_questions
        if opted_out is not UNSET:
            field_dict["optedOut"] = opted_out

        return _as_json_safe(field_dict) if json_safe else field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        challenge_questions = cast(list[str], d.pop("challengeQuestions", UNSET))

        challenge_questions_selected = cast(list[int], d.pop("challengeQuestionsSelected", UNSET))

        enabled = d.pop("enabled", UNSET)
        invalid_attempts = d.pop("invalidAttempts", UNSET)
        max_bad_attempts = d.pop("maxBadAttempts", UNSET)
        number_of_options_per_menu = d.pop("numberOfOptionsPerMenu", UNSET)
        number_of_questions = d.pop("numberOfQuestions", UNSET)
        opted_out = d.pop("optedOut", UNSET)
        challenge_question_info = cls(
            challenge_questions=challenge_questions,
            challenge_questions_selected=challenge_questions_selected,
            enabled=enabled,
            invalid_attempts=invalid_attempts,
            max_bad_attempts=max_bad_attempts,
            number_of_options_per_menu=number_of_options_per_menu,
            number_of_questions=number_of_questions,
            opted_out=opted_out,
        )

        challenge_question_info.additional_properties = d
        return challenge_question_info
