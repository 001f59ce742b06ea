"""Authentication through the generated methods: one form per grant, one answer with that grant's fields.

The platform's description splits the token form into oneOf branches that cannot be told apart and
the answer into anyOf shapes; our specs declare the single form and answer a real exchange has
(x-candescent-deviation on createAccessTokenV2 and createAccessTokenV1), so a password grant's
refresh token is a field of the model, not an unknown extra.
"""

from __future__ import annotations

import pytest

from candescent_async.sandbox import INSTITUTION_ID, Sandbox
from candescent_async.types.authentication import (
    AccessTokenRequestV1,
    AccessTokenRequestV2,
    GrantTypeV1,
    GrantTypeV2,
)

pytestmark = pytest.mark.anyio


async def test_password_and_refresh_grants_answer_their_own_fields() -> None:
    sandbox = Sandbox(seed=5)
    user = next(iter(sandbox.world.users.values()))
    async with sandbox.client() as cd:
        issued = await cd.authentication.create_access_token_v2(
            body=AccessTokenRequestV2(grant_type=GrantTypeV2.PASSWORD, username=user.login_id, password=user.password),
            institution_id=INSTITUTION_ID,
        )
        assert issued.access_token and issued.token_type == "Bearer" and issued.expires_in.isdigit()
        assert isinstance(issued.refresh_token, str) and issued.refresh_token_expires_in
        assert "refresh_token" not in issued.additional_properties
        renewed = await cd.authentication.create_access_token_v2(
            body=AccessTokenRequestV2(grant_type=GrantTypeV2.REFRESH_TOKEN, refresh_token=issued.refresh_token)
        )
        assert renewed.refresh_token and renewed.refresh_token != issued.refresh_token
        machine = await cd.authentication.create_access_token_v2(
            body=AccessTokenRequestV2(grant_type=GrantTypeV2.CLIENT_CREDENTIALS), institution_id=INSTITUTION_ID
        )
        assert machine.refresh_token is None  # the client-credentials grant issues no refresh token


async def test_the_v1_password_grant_answers_one_token_document() -> None:
    sandbox = Sandbox(seed=5)
    user = next(u for u in sandbox.world.users.values() if u.user_type == "retail")
    async with sandbox.client() as cd:
        token = await cd.authentication.create_access_token_v1(
            body=AccessTokenRequestV1(grant_type=GrantTypeV1.PASSWORD, username=user.login_id, password=user.password),
            di_fiid=INSTITUTION_ID,
        )
    assert token.access_token and token.di_fiid == INSTITUTION_ID and token.expires_in.isdigit()
