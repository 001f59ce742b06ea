"""The core banking models and enums, as ``cd.core_banking`` methods take and return them."""

from _candescent_generated.core_banking.models import *  # noqa: F403
from _candescent_generated.core_banking.models import __all__ as __all__
