"""The typed resource class the facade exposes for this category: one awaitable method per operation"""

from collections.abc import Mapping
from typing import Any, cast

import httpx2

from ...models.access_token_request_v1 import AccessTokenRequestV1
from ...models.access_token_request_v2 import AccessTokenRequestV2
from ...models.access_token_response_v1 import AccessTokenResponseV1
from ...models.access_token_response_v2 import AccessTokenResponseV2
from ...models.authorization_code_request import AuthorizationCodeRequest
from ...models.authorization_code_response import AuthorizationCodeResponse
from ...models.authorize_client_request import AuthorizeClientRequest
from ...models.authorize_client_response import AuthorizeClientResponse
from ...models.revoke_access_token_request_v2 import RevokeAccessTokenRequestV2
from ...types import UNSET, Invoker, RawInvoker, Unset, raw_response
from . import (
    authorize_client_v1 as _authorize_client_v1,
    create_access_token_v1 as _create_access_token_v1,
    create_access_token_v2 as _create_access_token_v2,
    generate_authorization_code_v1 as _generate_authorization_code_v1,
    revoke_access_token_v2 as _revoke_access_token_v2,
)


class Authentication:
    """Every operation of this category, one typed awaitable method each.

    A 2xx response returns the documented model; anything else raises a typed error.
    """

    category = "authentication"

    def __init__(self, invoke: Invoker, raw_invoke: RawInvoker | None = None) -> None:
        self._invoke = invoke
        self.raw = raw_invoke is None  # True for the instance behind with_raw_response
        if raw_invoke is not None:
            self.with_raw_response = AuthenticationWithRawResponse(Authentication(raw_invoke))  # type: ignore[arg-type]

    async def create_access_token_v2(
        self,
        *,
        body: AccessTokenRequestV2,
        institution_id: str | Unset = UNSET,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenResponseV2:
        """Create an OAuth V2 access token

        Exchanges client credentials (HTTP Basic) plus a grant for a bearer token used by every current API.
        Grants: client_credentials (institution-scoped), password (customer-scoped, returns a refresh
        token), authorization_code (OIDC, returns an id_token) and refresh_token (rotates the refresh
        token).

        POST /oauth2/v1/token (operationId ``create_access_token_v2``).

        Args:
            institution_id: Financial institution identifier (e.g. 00016). Required for the
                client_credentials, password and authorization_code grants; not needed for refresh_token.
            body: Form body of the V2 token request. Which optional fields apply depends on grant_type:
                password needs username and password; authorization_code needs code; refresh_token needs
                refresh_token; scopes is optional for client_credentials and password.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_access_token_v2",
            _create_access_token_v2._get_kwargs(
                body=body,
                institution_id=institution_id,
            ),
            _create_access_token_v2._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def revoke_access_token_v2(
        self,
        *,
        body: RevokeAccessTokenRequestV2,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revoke an access or refresh token

        Permanently revokes a V2 access token or refresh token. Revoking a refresh token also invalidates
        the access tokens issued from it.

        DELETE /oauth2/v1/revoke (operationId ``revoke_access_token_v2``).

        Args:
            body: Form body of the revoke request.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "revoke_access_token_v2",
            _revoke_access_token_v2._get_kwargs(
                body=body,
            ),
            _revoke_access_token_v2._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def generate_authorization_code_v1(
        self,
        *,
        body: AuthorizationCodeRequest,
        institution_id: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeResponse:
        """Generate an authorization code (OIDC step 2)

        Issues a short-lived authorization code for a signed-in user and a partner client application;
        exchange it at the token endpoint with grant_type=authorization_code. Supplying nonce, aud or
        requested_scopes switches to the OpenID Connect flow. The partner client_id must differ from the
        calling application.

        POST /v1/auth-code (operationId ``generate_authorization_code_v1``).

        Args:
            institution_id: Financial institution identifier (e.g. 00016).
            body: Form body for generating an authorization code. Providing nonce, aud or
                requested_scopes selects the OpenID Connect flow.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "generate_authorization_code_v1",
            _generate_authorization_code_v1._get_kwargs(
                body=body,
                institution_id=institution_id,
            ),
            _generate_authorization_code_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def authorize_client_v1(
        self,
        *,
        body: AuthorizeClientRequest,
        institution_id: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizeClientResponse:
        """Authorize a partner client (OIDC step 1)

        Returns the scopes approved for a partner client application, its application id and the
        authorization-flow policy flags (secondary authentication, consent, device registration) to honour
        before generating an authorization code.

        POST /v1/client-authorization (operationId ``authorize_client_v1``).

        Args:
            institution_id: Financial institution identifier (e.g. 00016).
            body: Form body for authorizing a partner client.
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "authorize_client_v1",
            _authorize_client_v1._get_kwargs(
                body=body,
                institution_id=institution_id,
            ),
            _authorize_client_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create_access_token_v1(
        self,
        *,
        body: AccessTokenRequestV1,
        di_fiid: str,
        trace_id: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenResponseV1:
        """Create a legacy OAuth V1 access token (XML response)

        Issues a bearer token for the legacy V1 APIs (registration, legacy profile and accounts,
        notification channels, promotions suite). Grants: client_credentials, or password for retail users
        (adds customer context and a refresh token). There is no refresh grant on this endpoint. Tokens last
        30 minutes by default.

        POST /v1/oauth/token (operationId ``create_access_token_v1``).

        Args:
            di_fiid: Financial institution identifier (e.g. 00016); must be authorised for the
                application.
            body: Form body of the legacy V1 token request; username and password are needed with the
                password grant (retail users only).
            trace_id: Your own UUID for the trace header; by default a fresh one, kept across retries.
            timeout: Seconds this call may take (a number or an httpx2.Timeout); by default the client's.
            max_retries: Retries for this call; by default the client's (only safe operations are retried).
            extra_headers: Further headers to send with this call.
        """

        return await self._invoke(
            "create_access_token_v1",
            _create_access_token_v1._get_kwargs(
                body=body,
                di_fiid=di_fiid,
            ),
            _create_access_token_v1._parse_success,
            trace_id=trace_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AuthenticationWithRawResponse:
    """The same methods, returning the raw response (status, headers, trace id) with the parsed value."""

    category = "authentication"

    def __init__(self, raw: Authentication) -> None:
        self.create_access_token_v2 = raw_response(raw.create_access_token_v2)
        self.revoke_access_token_v2 = raw_response(raw.revoke_access_token_v2)
        self.generate_authorization_code_v1 = raw_response(raw.generate_authorization_code_v1)
        self.authorize_client_v1 = raw_response(raw.authorize_client_v1)
        self.create_access_token_v1 = raw_response(raw.create_access_token_v1)
