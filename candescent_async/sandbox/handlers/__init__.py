"""Per-category sandbox handlers; importing this package registers them all."""

from . import authentication  # noqa: F401
