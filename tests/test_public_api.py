"""The public surface: everything in __all__ imports, categories load lazily, versions are recorded."""

from __future__ import annotations

from pathlib import Path

import candescent_async
from tests._processes import modules_loaded_by

ROOT = Path(__file__).resolve().parent.parent


def test_everything_in_all_is_importable() -> None:
    for name in candescent_async.__all__:
        assert getattr(candescent_async, name) is not None, name


def test_importing_the_facade_loads_no_generated_category() -> None:
    assert not {m for m in modules_loaded_by("import candescent_async") if m.startswith("_candescent_generated")}


def test_spec_versions_cover_every_generated_category() -> None:
    generated = {p.stem.replace("-", "_") for p in (ROOT / "specs").glob("*.yaml")}
    assert set(candescent_async.SPEC_VERSIONS) == generated
    assert set(candescent_async.SPEC_VERSIONS.values()) == {"1.11.0"}


def test_version_is_semver() -> None:
    major, minor, patch = candescent_async.__version__.split(".")
    assert all(part.isdigit() for part in (major, minor, patch))


def test_every_category_shares_one_unset_sentinel_one_copy_of_the_wire_helpers_and_none_for_absent_fields() -> None:
    import importlib

    from candescent_async import _model_support
    from candescent_async._registry import CATEGORIES

    for category in CATEGORIES:
        types = importlib.import_module(f"_candescent_generated.{category}.types")
        assert types.Unset is _model_support.Unset and types.UNSET is _model_support.UNSET
        assert types.to_decimal is _model_support.to_decimal
    from _candescent_generated.money_movement.models import Recipient

    # A response field the platform leaves out or sends as null reads as None, and None is never sent.
    assert Recipient.from_dict({}).nick_name is None
    assert Recipient.from_dict({"nickName": None}).nick_name is None
    assert "nickName" not in Recipient.from_dict({"nickName": None}).to_dict()
    assert Recipient.from_dict({"nickName": "Rent"}).to_dict()["nickName"] == "Rent"


def test_models_and_enums_live_under_the_sdks_own_namespace() -> None:
    import importlib

    from candescent_async._registry import CATEGORIES

    for category in CATEGORIES:
        public = importlib.import_module(f"candescent_async.types.{category}")
        generated = importlib.import_module(f"_candescent_generated.{category}.models")
        assert public.__all__ and set(public.__all__) == set(generated.__all__), category
        assert all(getattr(public, name) is getattr(generated, name) for name in public.__all__), category


def test_one_categorys_types_load_no_other_category() -> None:
    loaded = modules_loaded_by("from candescent_async.types import core_banking")
    assert {m.split(".")[1] for m in loaded if m.startswith("_candescent_generated.")} == {"core_banking"}
