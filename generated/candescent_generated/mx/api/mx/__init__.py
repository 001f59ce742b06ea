"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from io import BytesIO
from typing import Any, cast

import httpx

from ...models.delete_mx_platform_proxy_v1_accept_version import DeleteMxPlatformProxyV1AcceptVersion
from ...models.get_mx_platform_proxy_v1_accept_version import GetMxPlatformProxyV1AcceptVersion
from ...models.mx_payload import MxPayload
from ...models.post_mx_platform_proxy_v1_accept_version import PostMxPlatformProxyV1AcceptVersion
from ...models.put_mx_platform_proxy_v1_accept_version import PutMxPlatformProxyV1AcceptVersion
from ...types import UNSET, File, FileTypes, Invoker, RawInvoker, Unset, raw_response
from . import delete_mx_platform_proxy_v1 as _delete_mx_platform_proxy_v1
from . import delete_mx_real_time_proxy_v1 as _delete_mx_real_time_proxy_v1
from . import delete_mx_sso_proxy_v1 as _delete_mx_sso_proxy_v1
from . import get_mx_platform_proxy_v1 as _get_mx_platform_proxy_v1
from . import get_mx_real_time_proxy_v1 as _get_mx_real_time_proxy_v1
from . import get_mx_reporting_proxy_v1 as _get_mx_reporting_proxy_v1
from . import get_mx_sso_proxy_v1 as _get_mx_sso_proxy_v1
from . import post_mx_platform_proxy_v1 as _post_mx_platform_proxy_v1
from . import post_mx_real_time_proxy_v1 as _post_mx_real_time_proxy_v1
from . import post_mx_sso_proxy_v1 as _post_mx_sso_proxy_v1
from . import put_mx_platform_proxy_v1 as _put_mx_platform_proxy_v1
from . import put_mx_real_time_proxy_v1 as _put_mx_real_time_proxy_v1


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
        accept: str,
        accept_version: GetMxPlatformProxyV1AcceptVersion | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload:
        """MX Platform API passthrough (GET)

        GET /mx/{mx_platform_resource_path} (operationId ``get_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: MX Platform resource, e.g. users/USR-1/accounts.
            ext_host: api.mx.com (production) or int-api.mx.com (MX sandbox).
            accept: application/vnd.mx.api.v1+json or application/json.
            accept_version: MX Platform API version.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_platform_proxy_v1",
            _get_mx_platform_proxy_v1._get_kwargs(
                mx_platform_resource_path=mx_platform_resource_path,
                ext_host=ext_host,
                accept=accept,
                accept_version=accept_version,
            ),
            _get_mx_platform_proxy_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put_mx_platform_proxy_v1(
        self,
        mx_platform_resource_path: str,
        *,
        body: MxPayload | Unset = UNSET,
        ext_host: str,
        accept: str,
        accept_version: PutMxPlatformProxyV1AcceptVersion | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload | None:
        """MX Platform API passthrough (PUT)

        PUT /mx/{mx_platform_resource_path} (operationId ``put_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: MX Platform resource, e.g. users/USR-1/accounts.
            ext_host: api.mx.com (production) or int-api.mx.com (MX sandbox).
            accept: application/vnd.mx.api.v1+json or application/json.
            accept_version: MX Platform API version.
            body: A free-form MX JSON object.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "put_mx_platform_proxy_v1",
            _put_mx_platform_proxy_v1._get_kwargs(
                mx_platform_resource_path=mx_platform_resource_path,
                body=body,
                ext_host=ext_host,
                accept=accept,
                accept_version=accept_version,
            ),
            _put_mx_platform_proxy_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def post_mx_platform_proxy_v1(
        self,
        mx_platform_resource_path: str,
        *,
        body: MxPayload | Unset = UNSET,
        ext_host: str,
        accept: str,
        accept_version: PostMxPlatformProxyV1AcceptVersion | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload | None:
        """MX Platform API passthrough (POST)

        POST /mx/{mx_platform_resource_path} (operationId ``post_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: MX Platform resource, e.g. users/USR-1/accounts.
            ext_host: api.mx.com (production) or int-api.mx.com (MX sandbox).
            accept: application/vnd.mx.api.v1+json or application/json.
            accept_version: MX Platform API version.
            body: A free-form MX JSON object.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "post_mx_platform_proxy_v1",
            _post_mx_platform_proxy_v1._get_kwargs(
                mx_platform_resource_path=mx_platform_resource_path,
                body=body,
                ext_host=ext_host,
                accept=accept,
                accept_version=accept_version,
            ),
            _post_mx_platform_proxy_v1._parse_success,
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
        accept: str,
        accept_version: DeleteMxPlatformProxyV1AcceptVersion | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """MX Platform API passthrough (DELETE; MX cascades)

        DELETE /mx/{mx_platform_resource_path} (operationId ``delete_mx_platform_proxy_v1``).

        Args:
            mx_platform_resource_path: MX Platform resource, e.g. users/USR-1/accounts.
            ext_host: api.mx.com (production) or int-api.mx.com (MX sandbox).
            accept: application/vnd.mx.api.v1+json or application/json.
            accept_version: MX Platform API version.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_mx_platform_proxy_v1",
            _delete_mx_platform_proxy_v1._get_kwargs(
                mx_platform_resource_path=mx_platform_resource_path,
                ext_host=ext_host,
                accept=accept,
                accept_version=accept_version,
            ),
            _delete_mx_platform_proxy_v1._parse_success,
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
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload:
        """MX Real Time (MDX v5) passthrough (GET)

        GET /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``get_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id; must match the token's institution.
            mx_real_time_resource_path: MDX v5 resource with a .json or .xml extension, e.g.
                users/U1/members.json.
            ext_host: live.moneydesktop.com or int-live.moneydesktop.com.
            accept: application/vnd.moneydesktop.mdx.v5+json or +xml.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_real_time_proxy_v1",
            _get_mx_real_time_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_real_time_resource_path=mx_real_time_resource_path,
                ext_host=ext_host,
                accept=accept,
            ),
            _get_mx_real_time_proxy_v1._parse_success,
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
        body: MxPayload | Unset = UNSET,
        ext_host: str,
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload:
        """MX Real Time passthrough (PUT)

        PUT /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``put_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id; must match the token's institution.
            mx_real_time_resource_path: MDX v5 resource with a .json or .xml extension, e.g.
                users/U1/members.json.
            ext_host: live.moneydesktop.com or int-live.moneydesktop.com.
            accept: application/vnd.moneydesktop.mdx.v5+json or +xml.
            body: A free-form MX JSON object.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "put_mx_real_time_proxy_v1",
            _put_mx_real_time_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_real_time_resource_path=mx_real_time_resource_path,
                body=body,
                ext_host=ext_host,
                accept=accept,
            ),
            _put_mx_real_time_proxy_v1._parse_success,
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
        body: MxPayload | Unset = UNSET,
        ext_host: str,
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload:
        """MX Real Time passthrough (POST)

        POST /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``post_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id; must match the token's institution.
            mx_real_time_resource_path: MDX v5 resource with a .json or .xml extension, e.g.
                users/U1/members.json.
            ext_host: live.moneydesktop.com or int-live.moneydesktop.com.
            accept: application/vnd.moneydesktop.mdx.v5+json or +xml.
            body: A free-form MX JSON object.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "post_mx_real_time_proxy_v1",
            _post_mx_real_time_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_real_time_resource_path=mx_real_time_resource_path,
                body=body,
                ext_host=ext_host,
                accept=accept,
            ),
            _post_mx_real_time_proxy_v1._parse_success,
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
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """MX Real Time passthrough (DELETE)

        DELETE /mx/{institution_id}/{mx_real_time_resource_path} (operationId ``delete_mx_real_time_proxy_v1``).

        Args:
            institution_id: The MX client id; must match the token's institution.
            mx_real_time_resource_path: MDX v5 resource with a .json or .xml extension, e.g.
                users/U1/members.json.
            ext_host: live.moneydesktop.com or int-live.moneydesktop.com.
            accept: application/vnd.moneydesktop.mdx.v5+json or +xml.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_mx_real_time_proxy_v1",
            _delete_mx_real_time_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_real_time_resource_path=mx_real_time_resource_path,
                ext_host=ext_host,
                accept=accept,
            ),
            _delete_mx_real_time_proxy_v1._parse_success,
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
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> File:
        """MX Reporting daily change file (Avro bytes)

        GET /mx/{mx_reporting_resource_path} (operationId ``get_mx_reporting_proxy_v1``).

        Args:
            mx_reporting_resource_path: download/{institutionId}/{date}/{resource_type}/{action} or
                snapshot/...
            ext_host: logs.moneydesktop.com or int-logs.moneydesktop.com.
            accept: application/vnd.mx.logs.v1+avro.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_reporting_proxy_v1",
            _get_mx_reporting_proxy_v1._get_kwargs(
                mx_reporting_resource_path=mx_reporting_resource_path,
                ext_host=ext_host,
                accept=accept,
            ),
            _get_mx_reporting_proxy_v1._parse_success,
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
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload:
        """MX SSO passthrough (GET): widget URLs or an api_token

        GET /mx/{institution_id}/{mx_sso_resource_path} (operationId ``get_mx_sso_proxy_v1``).

        Args:
            institution_id: The MX client id.
            mx_sso_resource_path: SSO v3 resource, e.g. users/U1/urls or
                users/U1/urls/mini_budgets_widget.
            ext_host: sso.moneydesktop.com or int-sso.moneydesktop.com.
            accept: application/vnd.moneydesktop.sso.v3+json or +xml.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "get_mx_sso_proxy_v1",
            _get_mx_sso_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_sso_resource_path=mx_sso_resource_path,
                ext_host=ext_host,
                accept=accept,
            ),
            _get_mx_sso_proxy_v1._parse_success,
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
        body: MxPayload | Unset = UNSET,
        ext_host: str,
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MxPayload:
        """MX SSO passthrough (POST): a configurable widget URL (single use, 10 minutes)

        POST /mx/{institution_id}/{mx_sso_resource_path} (operationId ``post_mx_sso_proxy_v1``).

        Args:
            institution_id: The MX client id.
            mx_sso_resource_path: SSO v3 resource, e.g. users/U1/urls or
                users/U1/urls/mini_budgets_widget.
            ext_host: sso.moneydesktop.com or int-sso.moneydesktop.com.
            accept: application/vnd.moneydesktop.sso.v3+json or +xml.
            body: A free-form MX JSON object.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "post_mx_sso_proxy_v1",
            _post_mx_sso_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_sso_resource_path=mx_sso_resource_path,
                body=body,
                ext_host=ext_host,
                accept=accept,
            ),
            _post_mx_sso_proxy_v1._parse_success,
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
        accept: str,
        trace_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """MX SSO passthrough (DELETE): end a user session

        DELETE /mx/{institution_id}/{mx_sso_resource_path} (operationId ``delete_mx_sso_proxy_v1``).

        Args:
            institution_id: The MX client id.
            mx_sso_resource_path: SSO v3 resource, e.g. users/U1/urls or
                users/U1/urls/mini_budgets_widget.
            ext_host: sso.moneydesktop.com or int-sso.moneydesktop.com.
            accept: application/vnd.moneydesktop.sso.v3+json or +xml.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "delete_mx_sso_proxy_v1",
            _delete_mx_sso_proxy_v1._get_kwargs(
                institution_id=institution_id,
                mx_sso_resource_path=mx_sso_resource_path,
                ext_host=ext_host,
                accept=accept,
            ),
            _delete_mx_sso_proxy_v1._parse_success,
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
