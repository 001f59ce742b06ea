"""The documents and preferences models and enums, as ``cd.documents_preferences`` methods take and return them."""

from _candescent_generated.documents_preferences.models import *  # noqa: F403
from _candescent_generated.documents_preferences.models import __all__ as __all__
