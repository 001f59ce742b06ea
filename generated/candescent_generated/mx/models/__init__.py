"""Contains all the data models used in inputs/outputs"""

from .delete_mx_platform_proxy_v1_accept_version import DeleteMxPlatformProxyV1AcceptVersion
from .get_mx_platform_proxy_v1_accept_version import GetMxPlatformProxyV1AcceptVersion
from .mx_payload import MxPayload
from .post_mx_platform_proxy_v1_accept_version import PostMxPlatformProxyV1AcceptVersion
from .put_mx_platform_proxy_v1_accept_version import PutMxPlatformProxyV1AcceptVersion

__all__ = (
    "DeleteMxPlatformProxyV1AcceptVersion",
    "GetMxPlatformProxyV1AcceptVersion",
    "MxPayload",
    "PostMxPlatformProxyV1AcceptVersion",
    "PutMxPlatformProxyV1AcceptVersion",
)
