"""The customer management models and enums, as ``cd.customer_management`` methods take and return them."""

from _candescent_generated.customer_management.models import *  # noqa: F403
from _candescent_generated.customer_management.models import __all__ as __all__
