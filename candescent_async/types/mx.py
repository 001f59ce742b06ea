"""The MX models and enums, as ``cd.mx`` methods take and return them."""

from _candescent_generated.mx.models import *  # noqa: F403
from _candescent_generated.mx.models import __all__ as __all__
