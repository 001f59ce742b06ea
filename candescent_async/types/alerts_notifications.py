"""The alerts and notifications models and enums, as ``cd.alerts_notifications`` methods take and return them."""

from _candescent_generated.alerts_notifications.models import *  # noqa: F403
from _candescent_generated.alerts_notifications.models import __all__ as __all__
