"""Per-category sandbox handlers; importing this package registers them all."""

from . import (
    authentication,  # noqa: F401
    core_banking,  # noqa: F401
    money_movement,  # noqa: F401
)
