"""The business banking models and enums, as ``cd.business_banking`` methods take and return them."""

from _candescent_generated.business_banking.models import *  # noqa: F403
from _candescent_generated.business_banking.models import __all__ as __all__
