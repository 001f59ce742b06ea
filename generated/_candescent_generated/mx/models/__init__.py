"""Contains all the data models used in inputs/outputs"""

from .get_mx_platform_proxy_v1_response_200 import GetMxPlatformProxyV1Response200
from .get_mx_real_time_proxy_v1_response_200 import GetMxRealTimeProxyV1Response200
from .get_mx_sso_proxy_v1_response_200 import GetMxSsoProxyV1Response200
from .post_mx_platform_proxy_v1_body import PostMxPlatformProxyV1Body
from .post_mx_platform_proxy_v1_response_200 import PostMxPlatformProxyV1Response200
from .post_mx_platform_proxy_v1_response_202 import PostMxPlatformProxyV1Response202
from .post_mx_real_time_proxy_v1_body import PostMxRealTimeProxyV1Body
from .post_mx_real_time_proxy_v1_response_200 import PostMxRealTimeProxyV1Response200
from .post_mx_sso_proxy_v1_body import PostMxSsoProxyV1Body
from .post_mx_sso_proxy_v1_response_200 import PostMxSsoProxyV1Response200
from .put_mx_platform_proxy_v1_body import PutMxPlatformProxyV1Body
from .put_mx_platform_proxy_v1_response_200 import PutMxPlatformProxyV1Response200
from .put_mx_real_time_proxy_v1_body import PutMxRealTimeProxyV1Body
from .put_mx_real_time_proxy_v1_response_200 import PutMxRealTimeProxyV1Response200

__all__ = (
    "GetMxPlatformProxyV1Response200",
    "GetMxRealTimeProxyV1Response200",
    "GetMxSsoProxyV1Response200",
    "PostMxPlatformProxyV1Body",
    "PostMxPlatformProxyV1Response200",
    "PostMxPlatformProxyV1Response202",
    "PostMxRealTimeProxyV1Body",
    "PostMxRealTimeProxyV1Response200",
    "PostMxSsoProxyV1Body",
    "PostMxSsoProxyV1Response200",
    "PutMxPlatformProxyV1Body",
    "PutMxPlatformProxyV1Response200",
    "PutMxRealTimeProxyV1Body",
    "PutMxRealTimeProxyV1Response200",
)
