"""A client library for accessing Candescent Documents And Preferences API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
