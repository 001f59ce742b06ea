"""The customer campaigns models and enums, as ``cd.customer_campaigns`` methods take and return them."""

from _candescent_generated.customer_campaigns.models import *  # noqa: F403
from _candescent_generated.customer_campaigns.models import __all__ as __all__
