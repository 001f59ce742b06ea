"""OAuth v2 and legacy v1 token endpoints, revoke, and the OIDC helper endpoints."""

from __future__ import annotations

import secrets

from .._app import Ctx, Reply, handler
from .._state import INSTITUTION_ID

_SCOPES = "accounts:read transactions:read transfers:write recipients:read recipients:write"


def _form(ctx: Ctx) -> dict[str, str]:
    return dict(ctx.body) if isinstance(ctx.body, dict) else {}


@handler("createAccessTokenV2")
async def create_access_token_v2(ctx: Ctx) -> Reply:
    form = _form(ctx)
    grant = form.get("grant_type", "")
    if grant in ("client_credentials", "password", "authorization_code") and (
        ctx.request.headers.get("institutionId") != INSTITUTION_ID
    ):
        return ctx.error(400, "CMN_90005", "institutionId header is missing or unknown")
    user = None
    if grant == "password":
        user = ctx.world.user_by_login(form.get("username", ""))
        if user is None or not secrets.compare_digest(user.password, form.get("password", "")):
            return ctx.error(401, "CMN_90015", "Invalid username or password")
    elif grant == "refresh_token":
        previous = ctx.sandbox.refresh_tokens.pop(form.get("refresh_token", ""), None)
        if previous is None or previous.revoked:
            return ctx.error(401, "CMN_90003", "Invalid or expired refresh token")
        user = previous.user
    elif grant == "authorization_code":
        user = ctx.world.extra.setdefault("auth_codes", {}).pop(form.get("code", ""), None)
        if user is None:
            return ctx.error(400, "CMN_90004", "Invalid authorization code")
    elif grant != "client_credentials":
        return ctx.error(400, "CMN_90007", f"Unsupported grant_type {grant!r}")
    info = ctx.sandbox.issue_token("v2", grant, user)
    body = {
        "access_token": info.value,
        "token_type": "Bearer",
        "expires_in": str(int(ctx.sandbox.token_lifetime)),
    }
    if info.refresh_token:
        body["refresh_token"] = info.refresh_token
        body["refresh_token_expires_in"] = str(int(ctx.sandbox.token_lifetime * 2))
    return ctx.ok(body)


@handler("revokeAccessTokenV2")
async def revoke_access_token_v2(ctx: Ctx) -> Reply:
    token = _form(ctx).get("token", "")
    for table in (ctx.sandbox.tokens, ctx.sandbox.refresh_tokens):
        info = table.get(token)
        if info is not None:
            info.revoked = True
    return ctx.ok(status=204)


@handler("createAccessTokenV1")
async def create_access_token_v1(ctx: Ctx) -> Reply:
    form = _form(ctx)
    if ctx.request.headers.get("di_fiid") != INSTITUTION_ID:
        return ctx.error(400, "90002", "di_fiid header is missing or unknown")
    grant = form.get("grant_type", "client_credentials")
    user = None
    if grant == "password":
        user = ctx.world.user_by_login(form.get("username", ""))
        if user is None or not secrets.compare_digest(user.password, form.get("password", "")):
            return ctx.error(401, "90001", "Invalid username or password")
    elif grant != "client_credentials":
        return ctx.error(400, "90002", f"Unsupported grant_type {grant!r}")
    info = ctx.sandbox.issue_token("v1", grant, user)
    body = {"di_fiid": INSTITUTION_ID, "access_token": info.value, "expires_in": str(int(ctx.sandbox.token_lifetime))}
    if user is not None:
        body |= {"di_ficustomer": user.institution_user_id, "di_member_number": user.host_user_id}
    return ctx.ok(body)


@handler("authorizeClientV1")
async def authorize_client_v1(ctx: Ctx) -> Reply:
    client_id = _form(ctx).get("client_id")
    if not client_id:
        return ctx.error(400, "CMN_90011", "client_id is required")
    return ctx.ok(
        {
            "scopes": ",".join(_SCOPES.split()),
            "appId": f"app-{client_id}",
            "additional_info": {
                "secondary_authentication_enabled": False,
                "consent_enabled": True,
                "device_registration_enabled": False,
            },
        }
    )


@handler("generateAuthorizationCodeV1")
async def generate_authorization_code_v1(ctx: Ctx) -> Reply:
    form = _form(ctx)
    user = ctx.world.user_by_login(form.get("username", "")) if form.get("username") else None
    if user is None and form.get("institution_user_id"):
        user = ctx.world.users.get(form["institution_user_id"])
    if user is None:
        return ctx.error(400, "CMN_90005", "username or institution_user_id is invalid")
    code = secrets.token_urlsafe(16)
    ctx.world.extra.setdefault("auth_codes", {})[code] = user
    return ctx.ok({"redirect_uri": "https://app.example.com/callback", "code": code})
