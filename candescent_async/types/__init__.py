"""The models and enums of every category, one module each: ``candescent_async.types.core_banking.Account``.

Optional fields of a model read as ``None`` when the platform leaves them out; method arguments a
caller does not give default to ``UNSET`` (one sentinel, shared by every category). ``File`` is the
upload type of the multipart operations.
"""

from candescent_async._model_support import UNSET, File, Unset

__all__ = [
    "UNSET",
    "File",
    "Unset",
]
# The category modules are imported on first use (``from candescent_async.types import core_banking``),
# so importing one category's models never loads the other eight.
