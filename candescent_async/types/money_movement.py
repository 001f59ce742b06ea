"""The money movement models and enums, as ``cd.money_movement`` methods take and return them."""

from _candescent_generated.money_movement.models import *  # noqa: F403
from _candescent_generated.money_movement.models import __all__ as __all__
