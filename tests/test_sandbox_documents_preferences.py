"""Documents and preferences: disclosures, a DELETE with a JSON body, 204 vs 206 partial content."""

from __future__ import annotations

from typing import Any

import pytest

from candescent_async import BadRequestError, NotFoundError
from candescent_async.sandbox import Sandbox
from candescent_async.types.documents_preferences import (
    EStatementUserPreferencesRequest,
    InstitutionDisclosureCreateRequest,
    InstitutionUserDisclosureCreateRequest,
    InstitutionUserDisclosureDeleteRequest,
)

pytestmark = pytest.mark.anyio


def _user(sandbox: Sandbox) -> Any:
    return next(iter(sandbox.world.users.values()))


async def _enrol_in_ols(cd: Any, account_id: str) -> None:
    """Accept the online-statements disclosure for a checking account (paper waived later)."""
    ols = InstitutionUserDisclosureCreateRequest.from_dict(
        {"institutionDisclosureName": "OLS", "accountId": account_id, "paperWaiver": False}
    )
    await cd.documents_preferences.create_user_disclosure_v1(body=ols, account_type="CHECKING")


async def test_institution_disclosures_create_and_list() -> None:
    sandbox = Sandbox(seed=8)
    async with sandbox.client() as cd:
        created = await cd.documents_preferences.create_institution_disclosure_v1(
            body=InstitutionDisclosureCreateRequest.from_dict(
                {
                    "institutionDisclosureName": "Fees",
                    "institutionDisclosureData": "https://x/fees.pdf",
                    "institutionDisclosureDataType": "URL",
                }
            )
        )
        listed = await cd.documents_preferences.list_institution_disclosures_v1()
    assert created.institution_disclosure_id in {d.institution_disclosure_id for d in listed.institution_disclosures}


async def test_ols_enrolment_partial_update_and_delete_with_body() -> None:
    sandbox = Sandbox(seed=8)
    user = _user(sandbox)
    checking = sandbox.world.accounts_of(user)[0].data["id"]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        await _enrol_in_ols(cd, checking)
        raw = await cd.documents_preferences.with_raw_response.update_e_statement_user_preferences_v1(
            body=EStatementUserPreferencesRequest(activate_estatement=True)
        )
        assert raw.status_code == 206
        assert raw.parsed is not None and raw.parsed.updated_accounts == [checking]
        status = await cd.documents_preferences.get_e_statement_account_preferences_v1(checking)
        assert status.institution_user_disclosures[0].paper_waiver is True
        report = await cd.documents_preferences.get_e_statements_accounts_report_v1()
        assert report.total_count == 1
        await cd.documents_preferences.delete_user_disclosure_v1(
            body=InstitutionUserDisclosureDeleteRequest(institution_disclosure_name="OLS", account_id=checking),
            account_type="CHECKING",
        )
        assert (await cd.documents_preferences.list_user_disclosures_v1()).institution_user_disclosures == []
        with pytest.raises(NotFoundError):
            await cd.documents_preferences.get_e_statements_accounts_report_v1()
        with pytest.raises(BadRequestError) as info:
            await cd.documents_preferences.create_user_disclosure_v1(
                body=InstitutionUserDisclosureCreateRequest.from_dict(
                    {"institutionDisclosureName": "OLS", "accountId": checking}
                )
            )
    assert info.value.code == "DSC_12017"


async def test_expired_token_refused_with_a_400_is_renewed_and_only_a_safe_call_replayed() -> None:
    # The e-statement and UXU services answer a stale JWT with 400 UXESTMT_10002 / UXU_10001, not 401.
    # A state-changing call is not re-sent on a 400 (it is raised and the token renewed for next time).
    clock = [1_000_000.0]
    sandbox = Sandbox(seed=8, clock=lambda: clock[0], token_lifetime=600)
    user = _user(sandbox)
    checking = sandbox.world.accounts_of(user)[0].data["id"]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        await _enrol_in_ols(cd, checking)
        clock[0] += 601  # the sandbox expires the token; the client's own clock has not moved
        before = sandbox.calls["updateEStatementUserPreferencesV1"]
        update = cd.documents_preferences.with_raw_response.update_e_statement_user_preferences_v1
        with pytest.raises(BadRequestError) as refused:
            await update(body=EStatementUserPreferencesRequest(activate_estatement=True))
        assert refused.value.code == "UXESTMT_10002"
        assert sandbox.calls["updateEStatementUserPreferencesV1"] - before == 1
        raw = await update(body=EStatementUserPreferencesRequest(activate_estatement=True))
        assert raw.status_code == 206
        assert sandbox.calls["updateEStatementUserPreferencesV1"] - before == 2
        assert sandbox.token_requests["v2:client_credentials"] == 2
        clock[0] += 601
        status = await cd.documents_preferences.get_e_statement_account_preferences_v1(checking)
        assert status.institution_user_disclosures[0].paper_waiver is True
        assert sandbox.token_requests["v2:client_credentials"] == 3
