"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from io import BytesIO
from typing import Any, cast

import httpx2

from ...models.get_mx_platform_proxy_v1_response_200 import GetMxPlatformProxyV1Response200
from ...models.get_mx_real_time_proxy_v1_response_200 import GetMxRealTimeProxyV1Response200
from ...models.get_mx_sso_proxy_v1_response_200 import GetMxSsoProxyV1Response200
from ...models.post_mx_platform_proxy_v1_body import PostMxPlatformProxyV1Body
from ...models.post_mx_platform_proxy_v1_response_200 import PostMxPlatformProxyV1Response200
from ...models.post_mx_platform_proxy_v1_response_202 import PostMxPlatformProxyV1Response202
from ...models.post_mx_real_time_proxy_v1_body import PostMxRealTimeProxyV1Body
from ...models.post_mx_real_time_proxy_v1_response_200 import PostMxRealTimeProxyV1Response200
from ...models.post_mx_sso_proxy_v1_body import PostMxSsoProxyV1Body
from ...models.post_mx_sso_proxy_v1_response_200 import PostMxSsoProxyV1Response200
from ...models.put_mx_platform_proxy_v1_body import PutMxPlatformProxyV1Body
from ...models.put_mx_platform_proxy_v1_response_200 import PutMxPlatformProxyV1Response200
from ...models.put_mx_real_time_proxy_v1_body import PutMxRealTimeProxyV1Body
from ...models.put_mx_real_time_proxy_v1_response_200 import PutMxRealTimeProxyV1Response200
from ...types import UNSET, File, FileTypes, Invoker, RawInvoker, Unset, media_parser, media_request, raw_response
from . import (
    delete_mx_platform_proxy_v1 as _delete_mx_platform_proxy_v1,
    delete_mx_real_time_proxy_v1 as _delete_mx_real_time_proxy_v1,
    delete_mx_sso_proxy_v1 as _delete_mx_sso_proxy_v1,
    get_mx_platform_proxy_v1 as _get_mx_platform_proxy_v1,
    get_mx_real_time_proxy_v1 as _get_mx_real_time_proxy_v1,
    get_mx_reporting_proxy_v1 as _get_mx_reporting_proxy_v1,
    get_mx_sso_proxy_v1 as _get_mx_sso_proxy_v1,
    post_mx_platform_proxy_v1 as _post_mx_platform_proxy_v1,
    post_mx_real_time_proxy_v1 as _post_mx_real_time_proxy_v1,
    post_mx_sso_proxy_v1 as _post_mx_sso_proxy_v1,
    put_mx_platform_proxy_v1 as _put_mx_platform_proxy_v1,
    put_mx_real_time_proxy_v1 as _put_mx_real_time_proxy_v1,
)


class Mx:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "mx"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = MxWithRawResponse(Mx(raw_invoke))  # type: ignore[arg-type]

    async def get_mx_platform_proxy_v1(
        self,
        mx_platform_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.mx.api.v1+json",
        accept_version: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetMxPlatformProxyV1Response200:
        """MX Platform API passthrough (GET)

        GET /mx/{mx_platform_resource_path} (operationId ``get_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: The MX Platform API resource after the gateway prefix, e.g.
                users/USR-1/accounts (its '/' are kept; '.', '..' and empty segments are refused).
            ext_host: The MX host the gateway forwards to: api.mx.com (production) or int-api.mx.com
                (integration).
            accept: The answer's media type, sent as Accept: an MX Platform API type. One of
                application/vnd.mx.api.v1+json, application/json; default application/vnd.mx.api.v1+json.
            accept_version: The MX Platform API version, e.g. v20250224 (MX's newest) or v20111101.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_platform_proxy_v1",
            media_request(
                _get_mx_platform_proxy_v1._get_kwargs(
                    mx_platform_resource_path=mx_platform_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                    accept_version=accept_version,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.mx.api.v1+json", "application/json"],
                content_types=[],
            ),
            media_parser(_get_mx_platform_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put_mx_platform_proxy_v1(
        self,
        mx_platform_resource_path: str,
        *,
        body: PutMxPlatformProxyV1Body,
        ext_host: str,
        accept: str = "application/vnd.mx.api.v1+json",
        accept_version: str | Unset = UNSET,
        content_type: str | None = None,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PutMxPlatformProxyV1Response200 | None:
        """MX Platform API passthrough (PUT)

        PUT /mx/{mx_platform_resource_path} (operationId ``put_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: The MX Platform API resource after the gateway prefix, e.g.
                users/USR-1/accounts (its '/' are kept; '.', '..' and empty segments are refused).
            ext_host: The MX host the gateway forwards to: api.mx.com (production) or int-api.mx.com
                (integration).
            accept: The answer's media type, sent as Accept: an MX Platform API type. One of
                application/vnd.mx.api.v1+json, application/json; default application/vnd.mx.api.v1+json.
            accept_version: The MX Platform API version, e.g. v20250224 (MX's newest) or v20111101.
            content_type: The request body's media type: one of application/vnd.mx.api.v1+json,
                application/json; default application/vnd.mx.api.v1+json (an XML type sends the body as XML,
                its one top-level key the root element).
            body: The request body (PutMxPlatformProxyV1Body).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "put_mx_platform_proxy_v1",
            media_request(
                _put_mx_platform_proxy_v1._get_kwargs(
                    mx_platform_resource_path=mx_platform_resource_path,
                    body=body,
                    ext_host=ext_host,
                    accept=accept,
                    accept_version=accept_version,
                ),
                accept=accept,
                content_type=content_type,
                accepts=["application/vnd.mx.api.v1+json", "application/json"],
                content_types=["application/vnd.mx.api.v1+json", "application/json"],
            ),
            media_parser(_put_mx_platform_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def post_mx_platform_proxy_v1(
        self,
        mx_platform_resource_path: str,
        *,
        body: PostMxPlatformProxyV1Body,
        ext_host: str,
        accept: str = "application/vnd.mx.api.v1+json",
        accept_version: str | Unset = UNSET,
        content_type: str | None = None,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PostMxPlatformProxyV1Response200 | PostMxPlatformProxyV1Response202 | None:
        """MX Platform API passthrough (POST)

        POST /mx/{mx_platform_resource_path} (operationId ``post_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: The MX Platform API resource after the gateway prefix, e.g.
                users/USR-1/accounts (its '/' are kept; '.', '..' and empty segments are refused).
            ext_host: The MX host the gateway forwards to: api.mx.com (production) or int-api.mx.com
                (integration).
            accept: The answer's media type, sent as Accept: an MX Platform API type. One of
                application/vnd.mx.api.v1+json, application/json; default application/vnd.mx.api.v1+json.
            accept_version: The MX Platform API version, e.g. v20250224 (MX's newest) or v20111101.
            content_type: The request body's media type: one of application/vnd.mx.api.v1+json,
                application/json; default application/vnd.mx.api.v1+json (an XML type sends the body as XML,
                its one top-level key the root element).
            body: The request body (PostMxPlatformProxyV1Body).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "post_mx_platform_proxy_v1",
            media_request(
                _post_mx_platform_proxy_v1._get_kwargs(
                    mx_platform_resource_path=mx_platform_resource_path,
                    body=body,
                    ext_host=ext_host,
                    accept=accept,
                    accept_version=accept_version,
                ),
                accept=accept,
                content_type=content_type,
                accepts=["application/vnd.mx.api.v1+json", "application/json"],
                content_types=["application/vnd.mx.api.v1+json", "application/json"],
            ),
            media_parser(_post_mx_platform_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_mx_platform_proxy_v1(
        self,
        mx_platform_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.mx.api.v1+json",
        accept_version: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """MX Platform API passthrough (DELETE; MX cascades)

        DELETE /mx/{mx_platform_resource_path} (operationId ``delete_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: The MX Platform API resource after the gateway prefix, e.g.
                users/USR-1/accounts (its '/' are kept; '.', '..' and empty segments are refused).
            ext_host: The MX host the gateway forwards to: api.mx.com (production) or int-api.mx.com
                (integration).
            accept: The answer's media type, sent as Accept: an MX Platform API type. One of
                application/vnd.mx.api.v1+json, application/json; default application/vnd.mx.api.v1+json.
            accept_version: The MX Platform API version, e.g. v20250224 (MX's newest) or v20111101.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_mx_platform_proxy_v1",
            media_request(
                _delete_mx_platform_proxy_v1._get_kwargs(
                    mx_platform_resource_path=mx_platform_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                    accept_version=accept_version,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.mx.api.v1+json", "application/json"],
                content_types=[],
            ),
            media_parser(_delete_mx_platform_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_mx_real_time_proxy_v1(
        self,
        institution_id: str,
        mx_real_time_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.mdx.v5+json",
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetMxRealTimeProxyV1Response200:
        """MX Real Time (MDX v5) passthrough (GET)

        GET /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``get_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_real_time_resource_path: The MDX v5 resource, e.g. users/U1/members.json ('/' kept; '.',
                '..' and empty segments refused).
            ext_host: The MX host the gateway forwards to: live.moneydesktop.com or
                int-live.moneydesktop.com.
            accept: The answer's media type, sent as Accept: MDX v5 JSON or XML. One of
                application/vnd.moneydesktop.mdx.v5+json, application/vnd.moneydesktop.mdx.v5+xml; default
                application/vnd.moneydesktop.mdx.v5+json.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_real_time_proxy_v1",
            media_request(
                _get_mx_real_time_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_real_time_resource_path=mx_real_time_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"],
                content_types=[],
            ),
            media_parser(_get_mx_real_time_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put_mx_real_time_proxy_v1(
        self,
        institution_id: str,
        mx_real_time_resource_path: str,
        *,
        body: PutMxRealTimeProxyV1Body,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.mdx.v5+json",
        content_type: str | None = None,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PutMxRealTimeProxyV1Response200:
        """MX Real Time passthrough (PUT)

        PUT /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``put_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_real_time_resource_path: The MDX v5 resource, e.g. users/U1/members.json ('/' kept; '.',
                '..' and empty segments refused).
            ext_host: The MX host the gateway forwards to: live.moneydesktop.com or
                int-live.moneydesktop.com.
            accept: The answer's media type, sent as Accept: MDX v5 JSON or XML. One of
                application/vnd.moneydesktop.mdx.v5+json, application/vnd.moneydesktop.mdx.v5+xml; default
                application/vnd.moneydesktop.mdx.v5+json.
            content_type: The request body's media type: one of
                application/vnd.moneydesktop.mdx.v5+json, application/vnd.moneydesktop.mdx.v5+xml; default
                application/vnd.moneydesktop.mdx.v5+json (an XML type sends the body as XML, its one
                top-level key the root element).
            body: The request body (PutMxRealTimeProxyV1Body).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "put_mx_real_time_proxy_v1",
            media_request(
                _put_mx_real_time_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_real_time_resource_path=mx_real_time_resource_path,
                    body=body,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=content_type,
                accepts=["application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"],
                content_types=["application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"],
            ),
            media_parser(_put_mx_real_time_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def post_mx_real_time_proxy_v1(
        self,
        institution_id: str,
        mx_real_time_resource_path: str,
        *,
        body: PostMxRealTimeProxyV1Body,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.mdx.v5+json",
        content_type: str | None = None,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PostMxRealTimeProxyV1Response200:
        """MX Real Time passthrough (POST)

        POST /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``post_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_real_time_resource_path: The MDX v5 resource, e.g. users/U1/members.json ('/' kept; '.',
                '..' and empty segments refused).
            ext_host: The MX host the gateway forwards to: live.moneydesktop.com or
                int-live.moneydesktop.com.
            accept: The answer's media type, sent as Accept: MDX v5 JSON or XML. One of
                application/vnd.moneydesktop.mdx.v5+json, application/vnd.moneydesktop.mdx.v5+xml; default
                application/vnd.moneydesktop.mdx.v5+json.
            content_type: The request body's media type: one of
                application/vnd.moneydesktop.mdx.v5+json, application/vnd.moneydesktop.mdx.v5+xml; default
                application/vnd.moneydesktop.mdx.v5+json (an XML type sends the body as XML, its one
                top-level key the root element).
            body: The request body (PostMxRealTimeProxyV1Body).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "post_mx_real_time_proxy_v1",
            media_request(
                _post_mx_real_time_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_real_time_resource_path=mx_real_time_resource_path,
                    body=body,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=content_type,
                accepts=["application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"],
                content_types=["application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"],
            ),
            media_parser(_post_mx_real_time_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_mx_real_time_proxy_v1(
        self,
        institution_id: str,
        mx_real_time_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.mdx.v5+json",
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """MX Real Time passthrough (DELETE)

        DELETE /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``delete_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_real_time_resource_path: The MDX v5 resource, e.g. users/U1/members.json ('/' kept; '.',
                '..' and empty segments refused).
            ext_host: The MX host the gateway forwards to: live.moneydesktop.com or
                int-live.moneydesktop.com.
            accept: The answer's media type, sent as Accept: MDX v5 JSON or XML. One of
                application/vnd.moneydesktop.mdx.v5+json, application/vnd.moneydesktop.mdx.v5+xml; default
                application/vnd.moneydesktop.mdx.v5+json.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_mx_real_time_proxy_v1",
            media_request(
                _delete_mx_real_time_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_real_time_resource_path=mx_real_time_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.moneydesktop.mdx.v5+json", "application/vnd.moneydesktop.mdx.v5+xml"],
                content_types=[],
            ),
            media_parser(_delete_mx_real_time_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_mx_reporting_proxy_v1(
        self,
        mx_reporting_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.mx.logs.v1+avro",
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> File:
        """MX Reporting daily change file (Avro bytes)

        GET /mx/{mx_reporting_resource_path} (operationId ``get_mx_reporting_proxy_v1``).

        Args:
            mx_reporting_resource_path: The reporting resource, e.g. download/transactions/2026-11-24 (a
                daily file; files are kept 7 days).
            ext_host: The MX host the gateway forwards to: logs.moneydesktop.com or
                int-logs.moneydesktop.com.
            accept: The answer's media type, sent as Accept: the Avro daily file. One of
                application/vnd.mx.logs.v1+avro; default application/vnd.mx.logs.v1+avro.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_reporting_proxy_v1",
            media_request(
                _get_mx_reporting_proxy_v1._get_kwargs(
                    mx_reporting_resource_path=mx_reporting_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.mx.logs.v1+avro"],
                content_types=[],
            ),
            media_parser(_get_mx_reporting_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_mx_sso_proxy_v1(
        self,
        institution_id: str,
        mx_sso_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.sso.v3+json",
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetMxSsoProxyV1Response200:
        """MX SSO passthrough (GET): widget URLs or an api_token

        GET /mx/{institution_id}/{mx_sso_resource_path} (operationId ``get_mx_sso_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_sso_resource_path: The SSO resource, e.g. users/USR-1/widget_urls ('/' kept; '.', '..'
                and empty segments refused).
            ext_host: The MX host the gateway forwards to: sso.moneydesktop.com or
                int-sso.moneydesktop.com.
            accept: The answer's media type, sent as Accept: SSO v3 JSON or XML. One of
                application/vnd.moneydesktop.sso.v3+json, application/vnd.moneydesktop.sso.v3+xml; default
                application/vnd.moneydesktop.sso.v3+json.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_sso_proxy_v1",
            media_request(
                _get_mx_sso_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_sso_resource_path=mx_sso_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.moneydesktop.sso.v3+json", "application/vnd.moneydesktop.sso.v3+xml"],
                content_types=[],
            ),
            media_parser(_get_mx_sso_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def post_mx_sso_proxy_v1(
        self,
        institution_id: str,
        mx_sso_resource_path: str,
        *,
        body: PostMxSsoProxyV1Body,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.sso.v3+json",
        content_type: str | None = None,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PostMxSsoProxyV1Response200:
        """MX SSO passthrough (POST): a configurable widget URL (single use, 10 minutes)

        POST /mx/{institution_id}/{mx_sso_resource_path} (operationId ``post_mx_sso_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_sso_resource_path: The SSO resource, e.g. users/USR-1/widget_urls ('/' kept; '.', '..'
                and empty segments refused).
            ext_host: The MX host the gateway forwards to: sso.moneydesktop.com or
                int-sso.moneydesktop.com.
            accept: The answer's media type, sent as Accept: SSO v3 JSON or XML. One of
                application/vnd.moneydesktop.sso.v3+json, application/vnd.moneydesktop.sso.v3+xml; default
                application/vnd.moneydesktop.sso.v3+json.
            content_type: The request body's media type: one of
                application/vnd.moneydesktop.sso.v3+json, application/vnd.moneydesktop.sso.v3+xml; default
                application/vnd.moneydesktop.sso.v3+json (an XML type sends the body as XML, its one
                top-level key the root element).
            body: The request body (PostMxSsoProxyV1Body).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "post_mx_sso_proxy_v1",
            media_request(
                _post_mx_sso_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_sso_resource_path=mx_sso_resource_path,
                    body=body,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=content_type,
                accepts=["application/vnd.moneydesktop.sso.v3+json", "application/vnd.moneydesktop.sso.v3+xml"],
                content_types=["application/vnd.moneydesktop.sso.v3+json", "application/vnd.moneydesktop.sso.v3+xml"],
            ),
            media_parser(_post_mx_sso_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_mx_sso_proxy_v1(
        self,
        institution_id: str,
        mx_sso_resource_path: str,
        *,
        ext_host: str,
        accept: str = "application/vnd.moneydesktop.sso.v3+json",
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """MX SSO passthrough (DELETE): end a user session

        DELETE /mx/{institution_id}/{mx_sso_resource_path} (operationId ``delete_mx_sso_proxy_v1``).

        Args:
            institution_id: The MX client id of the institution; it must be the token's institution.
            mx_sso_resource_path: The SSO resource, e.g. users/USR-1/widget_urls ('/' kept; '.', '..'
                and empty segments refused).
            ext_host: The MX host the gateway forwards to: sso.moneydesktop.com or
                int-sso.moneydesktop.com.
            accept: The answer's media type, sent as Accept: SSO v3 JSON or XML. One of
                application/vnd.moneydesktop.sso.v3+json, application/vnd.moneydesktop.sso.v3+xml; default
                application/vnd.moneydesktop.sso.v3+json.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_mx_sso_proxy_v1",
            media_request(
                _delete_mx_sso_proxy_v1._get_kwargs(
                    institution_id=institution_id,
                    mx_sso_resource_path=mx_sso_resource_path,
                    ext_host=ext_host,
                    accept=accept,
                ),
                accept=accept,
                content_type=None,
                accepts=["application/vnd.moneydesktop.sso.v3+json", "application/vnd.moneydesktop.sso.v3+xml"],
                content_types=[],
            ),
            media_parser(_delete_mx_sso_proxy_v1._parse_success),
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class MxWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "mx"

    def __init__(self, raw: Mx) -> None:
        self.get_mx_platform_proxy_v1 = raw_response(raw.get_mx_platform_proxy_v1)
        self.put_mx_platform_proxy_v1 = raw_response(raw.put_mx_platform_proxy_v1)
        self.post_mx_platform_proxy_v1 = raw_response(raw.post_mx_platform_proxy_v1)
        self.delete_mx_platform_proxy_v1 = raw_response(raw.delete_mx_platform_proxy_v1)
        self.get_mx_real_time_proxy_v1 = raw_response(raw.get_mx_real_time_proxy_v1)
        self.put_mx_real_time_proxy_v1 = raw_response(raw.put_mx_real_time_proxy_v1)
        self.post_mx_real_time_proxy_v1 = raw_response(raw.post_mx_real_time_proxy_v1)
        self.delete_mx_real_time_proxy_v1 = raw_response(raw.delete_mx_real_time_proxy_v1)
        self.get_mx_reporting_proxy_v1 = raw_response(raw.get_mx_reporting_proxy_v1)
        self.get_mx_sso_proxy_v1 = raw_response(raw.get_mx_sso_proxy_v1)
        self.post_mx_sso_proxy_v1 = raw_response(raw.post_mx_sso_proxy_v1)
        self.delete_mx_sso_proxy_v1 = raw_response(raw.delete_mx_sso_proxy_v1)
