"""A client library for accessing Candescent Customer Campaigns API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
