"""A client library for accessing Candescent Alerts And Notifications API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
