"""``CANDESCENT_LOG=debug|info`` turns the SDK's logging on, as ``OPENAI_LOG`` does for openai-python.

Without the variable nothing is configured: the ``candescent_async`` logger is the application's to
set up. Log lines never carry credentials (the transport logs method, path, status, timing, trace id).
"""

from __future__ import annotations

import logging
import os

from ._constants import LOGGER_NAME

__all__ = ["setup_logging"]

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    level = _LEVELS.get(os.environ.get("CANDESCENT_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger(LOGGER_NAME)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
