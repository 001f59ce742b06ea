"""The authentication models and enums, as ``cd.authentication`` methods take and return them."""

from _candescent_generated.authentication.models import *  # noqa: F403
from _candescent_generated.authentication.models import __all__ as __all__
