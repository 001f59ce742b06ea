"""Alerts and notifications through the facade and the sandbox: CRUD, pageNo/pageSize and keyset
paging, legacy XML subscriptions, exploded array query params, 202 realtime events."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import httpx2
import pytest

from candescent_async import BadRequestError, NotFoundError, OutcomeUnknownError, paginate
from candescent_async.sandbox import INSTITUTION_ID, Fault, Sandbox
from candescent_async.types.alerts_notifications import (
    AlertEvent,
    AlertPreferenceResource,
    AlertTemplateResource,
    AlertTypeResource,
    Events,
    FiAlertPreferenceResource,
    InstitutionAlertTypeResource,
    Subscription,
)

pytestmark = pytest.mark.anyio


class Recorder(httpx2.AsyncBaseTransport):
    """Passes requests to the sandbox and keeps them, to check what went over the wire."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx2.Request] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    def sent(self, path_part: str) -> list[httpx2.Request]:
        return [r for r in self.requests if path_part in r.url.path]


def _retail(sandbox: Sandbox, n: int = 0) -> Any:
    return [u for u in sandbox.world.users.values() if u.user_type == "retail"][n]


def _alerts_state(sandbox: Sandbox) -> dict[str, Any]:
    state: dict[str, Any] = sandbox.world.extra["alerts"]
    return state


# ------------------------------------------------------------------ management CRUD


async def test_alert_type_crud_duplicate_name_and_validation() -> None:
    sandbox = Sandbox(seed=21)
    async with sandbox.client() as cd:
        an = cd.alerts_notifications
        before = len((await an.list_alert_types_v1()).alert_types)
        created = await an.create_alert_type_v1(
            body=AlertTypeResource.from_dict(
                {
                    "alertTypeName": "CheckCleared",
                    "alertCategory": "Checks",
                    "eventTypeDomain": "Transaction",
                    "channels": "EMAIL,SMS",
                }
            )
        )
        assert created is not None and created.alert_type_id is not None
        assert created.status == "ACTIVE" and created.institution_id == INSTITUTION_ID
        found = (await an.list_alert_types_v1(alert_type_name="CheckCleared")).alert_types
        assert [t.alert_type_id for t in found] == [created.alert_type_id]

        updated = await an.update_alert_type_v1(
            body=AlertTypeResource(alert_type_id=created.alert_type_id, status="INACTIVE", description="Cleared")
        )
        assert (updated.status, updated.description, updated.channels) == ("INACTIVE", "Cleared", "EMAIL,SMS")

        raw = await an.with_raw_response.create_alert_type_v1(body=AlertTypeResource(alert_type_name="CheckCleared"))
        assert (raw.status_code, raw.parsed) == (204, None)  # PRMSYS_10005: the name exists, nothing created
        assert len((await an.list_alert_types_v1()).alert_types) == before + 1

        with pytest.raises(BadRequestError) as missing:
            await an.create_alert_type_v1(body=AlertTypeResource(description="no name"))
        assert missing.value.code == "PRMSYS_10015"
        with pytest.raises(BadRequestError) as channel:
            await an.create_alert_type_v1(body=AlertTypeResource(alert_type_name="Fax", channels="EMAIL,FAX"))
        assert channel.value.code == "PRMVAL_10005"

        await an.delete_alert_type_v1(created.alert_type_id)
        assert (await an.list_alert_types_v1(alert_type_name="CheckCleared")).alert_types == []
        with pytest.raises(NotFoundError) as gone:
            await an.delete_alert_type_v1(created.alert_type_id)
        assert gone.value.code == "PRMSYS_10006"


async def test_institution_alert_types_and_templates_crud_with_array_filters() -> None:
    sandbox = Sandbox(seed=21)
    recorder = Recorder(sandbox.transport())
    async with sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        an = cd.alerts_notifications
        await an.create_alert_type_v1(body=AlertTypeResource(alert_type_name="Overdraft", channels="EMAIL,SMS"))
        with pytest.raises(BadRequestError) as bad_channel:
            await an.create_institution_alert_type_v1(
                body=InstitutionAlertTypeResource(alert_type_name="Overdraft", channels_optd="PUSH")
            )
        assert bad_channel.value.code == "PRMVAL_10005"
        fi_type = await an.create_institution_alert_type_v1(
            body=InstitutionAlertTypeResource(alert_type_name="Overdraft", channels_optd="SMS", reason="pilot")
        )
        assert fi_type is not None and fi_type.status_optd == "ACTIVE"
        await an.update_institution_alert_type_v1(
            body=InstitutionAlertTypeResource(
                institution_alert_type_id=fi_type.institution_alert_type_id, status_optd="INACTIVE"
            )
        )
        inactive = (await an.list_institution_alert_types_v1(status_optd="INACTIVE")).institution_alert_types
        assert {t.alert_type_name for t in inactive} == {"Overdraft", "VisaLowBalance"}
        await an.delete_institution_alert_type_v1(fi_type.institution_alert_type_id)
        assert (await an.list_institution_alert_types_v1(alert_type_name="Overdraft")).institution_alert_types == []

        template = await an.create_alert_template_v1(
            body=AlertTemplateResource.from_dict(
                {
                    "alertTypeName": "Overdraft",
                    "locale": "en_US",
                    "templateContents": [
                        {
                            "channelType": "SMS",
                            "templateContentType": "SMS_BODY",
                            "templateContent": "Overdrawn {{amount}}",
                        }
                    ],
                }
            )
        )
        assert template is not None and template.state == "DRAFT"
        assert template.template_contents[0].alert_template_resource_id is not None
        drafts = await an.list_alert_templates_v1(
            alert_type_name=["Overdraft", "LowBalance"], channel=["SMS"], state=["DRAFT"]
        )
        # Seeded: LowBalance has a published en_US and a draft es_US template; only drafts with SMS match.
        assert sorted((t.alert_type_name, t.locale) for t in drafts.alert_template_resources) == [
            ("LowBalance", "es_US"),
            ("Overdraft", "en_US"),
        ]
        query = recorder.sent("/v1/alert-templates")[-1].url.query.decode()
        assert "alertTypeName=Overdraft&alertTypeName=LowBalance" in query and "channel=SMS" in query

        published = await an.update_alert_template_v1(
            body=AlertTemplateResource(alert_type_resource_id=template.alert_type_resource_id, state="PUBLISHED")
        )
        assert (
            published.state == "PUBLISHED" and published.template_contents[0].template_content == "Overdrawn {{amount}}"
        )
        with pytest.raises(BadRequestError) as mismatch:
            await an.create_alert_template_v1(
                body=AlertTemplateResource.from_dict(
                    {
                        "alertTypeName": "Overdraft",
                        "locale": "fr_CA",
                        "templateContents": [{"channelType": "SMS", "templateContentType": "EMAIL_BODY"}],
                    }
                )
            )
        assert mismatch.value.code == "PRMVAL_10002"
        await an.delete_alert_template_v1(template.alert_type_resource_id)
        remaining = await an.list_alert_templates_v1(id=template.alert_type_resource_id)
        assert remaining.alert_template_resources == []


async def test_institution_preferences_crud() -> None:
    sandbox = Sandbox(seed=21)
    async with sandbox.client() as cd:
        an = cd.alerts_notifications
        prefs = (
            await an.list_institution_alert_preferences_v1(alert_types="LowBalance,PaymentDue")
        ).fi_alert_preferences
        assert sorted((p.alert_type_name, p.channel_type_name) for p in prefs) == [
            ("LowBalance", "EMAIL"),
            ("LowBalance", "PUSH"),
            ("LowBalance", "SMS"),
            ("PaymentDue", "EMAIL"),
            ("PaymentDue", "SMS"),
        ]
        sms = next(p for p in prefs if (p.alert_type_name, p.channel_type_name) == ("PaymentDue", "SMS"))
        with pytest.raises(BadRequestError) as duplicate:
            await an.create_institution_alert_preference_v1(
                body=FiAlertPreferenceResource(alert_type_name="PaymentDue", channel_type_name="SMS")
            )
        assert duplicate.value.code == "PRMSYS_10007"
        await an.delete_institution_alert_preference_v1(sms.institution_alert_pref_id)
        recreated = await an.create_institution_alert_preference_v1(
            body=FiAlertPreferenceResource(alert_type_name="PaymentDue", channel_type_name="SMS", alert_opted=True)
        )
        assert recreated is not None and recreated.institution_alert_pref_id != sms.institution_alert_pref_id
        updated = await an.update_institution_alert_preference_v1(
            recreated.institution_alert_pref_id, body=FiAlertPreferenceResource(alert_opted=False)
        )
        assert updated.alert_opted is False
        with pytest.raises(BadRequestError) as not_configured:
            await an.create_institution_alert_preference_v1(
                body=FiAlertPreferenceResource(alert_type_name="PaymentDue", channel_type_name="PUSH")
            )
        assert not_configured.value.code == "PRMVAL_10015"
        with pytest.raises(BadRequestError) as mismatch:
            await an.update_institution_alert_preference_v1(
                recreated.institution_alert_pref_id, body=FiAlertPreferenceResource(institution_alert_pref_id=1)
            )
        assert mismatch.value.code == "PRMVAL_10001"
        with pytest.raises(NotFoundError):
            await an.delete_institution_alert_preference_v1(sms.institution_alert_pref_id)


# ------------------------------------------------------------------ user preferences


async def test_user_preferences_page_number_paging_yields_every_item_once() -> None:
    sandbox = Sandbox(seed=22)
    user, other = _retail(sandbox, 0), _retail(sandbox, 1)
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        paginator = paginate(cd.alerts_notifications.list_alert_preferences_v1).with_options(page_size=7)
        pages = [page async for page in paginator.pages()]
        items = [p for page in pages for p in page.alert_preferences]
        mine = [p async for p in paginate(cd.alerts_notifications.list_alert_preferences_v1).with_options(page_size=7)]
        theirs = [
            p
            async for p in paginate(
                cd.alerts_notifications.list_alert_preferences_v1, host_user_id=other.host_user_id
            ).with_options(page_size=50)
        ]
    expected = sorted(_alerts_state(sandbox)["user_prefs"][user.institution_user_id])
    assert len(expected) >= 30  # a few dozen, so paging by 7 spans several pages
    ids = [p.alert_preference_details.alert_pref_id for p in items]
    assert ids == expected  # every item once, in id order
    assert [len(page.alert_preferences) for page in pages][:-1] == [7] * (len(pages) - 1)
    assert len(pages) == -(-len(expected) // 7)
    assert [p.alert_preference_details.alert_pref_id for p in mine] == expected
    assert not set(ids) & {p.alert_preference_details.alert_pref_id for p in theirs}
    thresholds = [p.additional_info["threshold"] for p in items if "threshold" in p.additional_info]
    assert thresholds and all(isinstance(t, Decimal) for t in thresholds)


async def test_user_preference_crud_defaults_and_validation() -> None:
    sandbox = Sandbox(seed=22)
    user, other = _retail(sandbox, 0), _retail(sandbox, 1)
    savings = next(a for a in sandbox.world.accounts_of(user) if a.data["type"]["value"] == "SAVINGS").data["id"]
    brokerage = next(a for a in sandbox.world.accounts_of(user) if a.data["type"]["value"] == "BROKERAGE").data["id"]
    theirs = sandbox.world.accounts_of(other)[0].data["id"]

    def pref(name: str, channel: str, account: str | None = None) -> AlertPreferenceResource:
        data: dict[str, Any] = {
            "alertOpted": True,
            "additionalInfo": {"threshold": Decimal("25.50")},
            "alertPreferenceDetails": {"alertTypeName": name, "channelTypeName": channel, "externalId": "ext-1"},
        }
        if account:
            data["alertPreferenceAccountDetails"] = {"accountId": account}
        return AlertPreferenceResource.from_dict(data)

    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        an = cd.alerts_notifications
        with pytest.raises(BadRequestError) as duplicate:
            await an.create_alert_preference_v1(body=pref("LowBalance", "SMS", savings))
        assert duplicate.value.code == "PRMSYS_10007"
        await an.delete_alert_preference_v1(
            next(
                pid
                for pid, p in _alerts_state(sandbox)["user_prefs"][user.institution_user_id].items()
                if (p["alertPreferenceDetails"]["alertTypeName"], p["alertPreferenceDetails"]["channelTypeName"])
                == ("LowBalance", "SMS")
                and p["alertPreferenceAccountDetails"]["accountId"] == savings
            )
        )
        created = await an.create_alert_preference_v1(body=pref("LowBalance", "SMS", savings))
        assert created is not None
        pref_id = created.alert_preference_details.alert_pref_id
        assert created.additional_info["threshold"] == Decimal("25.50")
        fetched = await an.get_alert_preference_v1(pref_id)
        assert fetched.alert_preference_account_details.account_id == savings
        listed = (await an.list_alert_preferences_v1(external_id="ext-1")).alert_preferences
        assert [p.alert_preference_details.alert_pref_id for p in listed] == [pref_id]

        updated = await an.update_alert_preference_v1(
            pref_id, body=AlertPreferenceResource(alert_opted=False), allow_callback=False
        )
        assert (updated.alert_opted, updated.allow_callback) == (False, False)
        assert (await an.get_alert_preference_v1(pref_id)).alert_opted is False

        await an.delete_alert_preference_v1(pref_id)
        with pytest.raises(NotFoundError) as gone:
            await an.get_alert_preference_v1(pref_id)
        assert gone.value.code == "PRMAPS_10007"

        errors = {}
        for label, body in {
            "other user's account": pref("LowBalance", "EMAIL", theirs),
            "unsupported account type": pref("LowBalance", "EMAIL", brokerage),
            "institution disabled": pref("VisaLowBalance", "EMAIL"),
            "unknown type": pref("Nope", "EMAIL"),
        }.items():
            with pytest.raises(BadRequestError) as info:
                await an.create_alert_preference_v1(body=body)
            errors[label] = info.value.code
        assert errors == {
            "other user's account": "PRMVAL_10008",
            "unsupported account type": "PRMVAL_10016",
            "institution disabled": "PRMVAL_10015",
            "unknown type": "PRMVAL_10006",
        }

        defaults = (await an.list_alert_preferences_v1(default=True)).alert_preferences
    fi_prefs = _alerts_state(sandbox)["fi_prefs"]
    assert len(defaults) == len(fi_prefs) and all(p.default_preferences for p in defaults)


async def test_business_context_travels_as_the_institution_customer_id_header() -> None:
    sandbox = Sandbox(seed=22)
    business = next(u for u in sandbox.world.users.values() if u.user_type == "business")
    checking = sandbox.world.accounts_of(business)[0].data["id"]
    recorder = Recorder(sandbox.transport())
    async with sandbox.client(
        host_user_id=business.host_user_id,
        institution_customer_id=business.institution_customer_id,
        http_client=httpx2.AsyncClient(transport=recorder),
    ) as cd:
        an = cd.alerts_notifications
        await an.create_alert_type_v1(body=AlertTypeResource(alert_type_name="WireReceived", channels="PUSH"))
        await an.create_institution_alert_type_v1(body=InstitutionAlertTypeResource(alert_type_name="WireReceived"))
        created = await an.create_alert_preference_v1(
            body=AlertPreferenceResource.from_dict(
                {
                    "alertPreferenceDetails": {"alertTypeName": "WireReceived", "channelTypeName": "PUSH"},
                    "alertPreferenceAccountDetails": {"accountId": checking},
                }
            )
        )
    sent = recorder.sent("/v1/alert-preferences")[-1]
    assert sent.headers["institutionCustomerId"] == business.institution_customer_id
    assert "institutionCustomerId" not in sent.url.params and sent.url.params["hostUserId"] == business.host_user_id
    assert created is not None
    assert created.alert_preference_details.institution_customer_id == business.institution_customer_id
    assert created.alert_opted is True  # opted in unless the body says otherwise


# ------------------------------------------------------------------ legacy notification channels (XML)


async def test_legacy_subscription_crud_round_trips_through_xml() -> None:
    sandbox = Sandbox(seed=23)
    recorder = Recorder(sandbox.transport())
    customer = _retail(sandbox).institution_user_id
    async with sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        an = cd.alerts_notifications
        created = await an.create_user_subscription_v1(
            INSTITUTION_ID,
            customer,
            body=Subscription.from_dict(
                {
                    "eventTypeId": "STATEMENT_READY",
                    "fulfillment": "2",
                    "subscriptionEventConditionsMap": {
                        "map": [{"key": "accountType", "value": "CHECKING"}, {"key": "minimum", "value": "10"}]
                    },
                    "subscriptionActions": {
                        "subscriptionAction": [
                            {
                                "name": "EMAIL",
                                "subscriptionActionAttributesMap": {"map": [{"key": "to", "value": "a@b.c"}]},
                            },
                            {"name": "SMS"},
                        ]
                    },
                }
            ),
        )
        post = recorder.sent("/subscriptions")[-1]
        assert post.headers["content-type"] == "application/xml"
        assert b"<Subscription><eventTypeId>STATEMENT_READY</eventTypeId>" in post.content
        assert "di_tid" in post.headers
        assert created.id and created.fi_customer_id == customer and created.fi_id == INSTITUTION_ID
        assert [(e.key, e.value) for e in created.subscription_event_conditions_map.map_] == [
            ("accountType", "CHECKING"),
            ("minimum", "10"),
        ]
        actions = created.subscription_actions.subscription_action
        assert [a.name for a in actions] == ["EMAIL", "SMS"]
        assert actions[0].subscription_action_attributes_map.map_[0].value == "a@b.c"

        fetched = await an.get_subscription_by_id_v1(INSTITUTION_ID, customer, created.id, action="SMS")
        assert fetched.event_type_id == "STATEMENT_READY"
        mine = await an.list_user_subscriptions_v1(INSTITUTION_ID, customer, event_type="STATEMENT_READY")
        assert mine is not None and created.id in {s.id for s in mine.subscription}

        updated = await an.update_user_subscription_v1(
            INSTITUTION_ID,
            customer,
            body=Subscription.from_dict(
                {
                    "id": created.id,
                    "eventTypeId": "STATEMENT_READY",
                    "fulfillment": "0",
                    # One repeated element arrives as a single XML element: still a list afterwards.
                    "subscriptionActions": {"subscriptionAction": [{"name": "PUSH"}]},
                }
            ),
        )
        assert updated.fulfillment == "0"
        assert [a.name for a in updated.subscription_actions.subscription_action] == ["PUSH"]
        assert len(updated.subscription_event_conditions_map.map_) == 2  # untouched by the update

        assert await an.list_user_subscriptions_v1(INSTITUTION_ID, customer, event_type="NO_SUCH_EVENT") is None
        await an.delete_subscription_v1(INSTITUTION_ID, customer, created.id)
        with pytest.raises(NotFoundError) as gone:
            await an.get_subscription_by_id_v1(INSTITUTION_ID, customer, created.id)
        assert gone.value.code == "SUBS_404"
        with pytest.raises(BadRequestError) as bad:
            await an.create_user_subscription_v1(INSTITUTION_ID, customer, body=Subscription(fulfillment="1"))
        assert bad.value.code == "SUBS_400"
        with pytest.raises(NotFoundError):
            await an.list_user_subscriptions_v1(INSTITUTION_ID, "NOT-A-CUSTOMER")
    assert recorder.sent("/subscriptions")[0].headers["authorization"].startswith("Bearer ")
    assert sandbox.token_requests["v1:client_credentials"] == 1
    assert sandbox.token_requests["v2:client_credentials"] == 0


async def test_institution_subscriptions_keyset_paging_never_splits_a_customer() -> None:
    sandbox = Sandbox(seed=23)
    recorder = Recorder(sandbox.transport())
    async with sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        list_op = cd.alerts_notifications.list_institution_subscriptions_v1
        pages = [page async for page in paginate(list_op, di_fiid=INSTITUTION_ID).with_options(page_size=10).pages()]
        walk = recorder.sent("/fis/01234/subscriptions")
        inactive = [s async for s in paginate(list_op, di_fiid=INSTITUTION_ID, status="I").with_options(page_size=10)]
    state = _alerts_state(sandbox)["subscriptions"]
    items = [s for page in pages for s in page.subscription]
    assert sorted(s.id for s in items) == sorted(state)  # every subscription once
    assert len(pages) >= 4
    customers_per_page = [{s.fi_customer_id for s in page.subscription} for page in pages]
    for i, first in enumerate(customers_per_page):
        for second in customers_per_page[i + 1 :]:
            assert not first & second
    tokens = [r.url.params.get("userToken") for r in walk]
    assert tokens[0] is None
    assert tokens[1:] == sorted(tokens[1:]) and len(set(tokens[1:])) == len(tokens) - 1
    assert tokens[1] == pages[0].subscription[-1].fi_customer_id
    assert all(r.url.params["limit"] == "10" for r in walk)
    assert sorted(s.id for s in inactive) == sorted(k for k, v in state.items() if v["_status"] == "I")


async def test_send_customer_event_filters_processed_subscriptions() -> None:
    sandbox = Sandbox(seed=23)
    recorder = Recorder(sandbox.transport())
    customer = _retail(sandbox).institution_user_id
    async with sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        an = cd.alerts_notifications
        list_op = an.list_institution_subscriptions_v1
        before = {s.id async for s in paginate(list_op, di_fiid=INSTITUTION_ID, filter_out_subs="true")}
        subscriptions = _alerts_state(sandbox)["subscriptions"]
        event_type = next(s["eventTypeId"] for s in subscriptions.values() if s["fiCustomerId"] == customer)
        matching = {
            k for k, s in subscriptions.items() if (s["fiCustomerId"], s["eventTypeId"]) == (customer, event_type)
        }
        await an.send_customer_event_v1(
            INSTITUTION_ID,
            customer,
            body=Events.from_dict(
                {
                    "Event": [
                        {
                            "eventType": event_type,
                            "fiCustomerId": customer,
                            "dataMap": [{"map": [{"key": "amount", "value": "12.00"}]}],
                        },
                        {"eventType": "UNSUBSCRIBED_EVENT"},
                    ]
                }
            ),
        )
        sent = recorder.sent("/events")[-1].content
        assert sent.count(b"<Event>") == 2 and b"<Events>" in sent
        after = {s.id async for s in paginate(list_op, di_fiid=INSTITUTION_ID, filter_out_subs="true")}
        everything = {s.id async for s in paginate(list_op, di_fiid=INSTITUTION_ID)}
        with pytest.raises(BadRequestError) as bad:
            await an.send_customer_event_v1(
                INSTITUTION_ID,
                customer,
                body=Events.from_dict({"Event": [{"eventType": "X", "fiCustomerId": "other"}]}),
            )
    assert bad.value.code == "SUBS_400"
    assert matching and matching <= before
    assert after == before - matching  # processed today: left out when filterOutSubs is true
    assert everything == set(subscriptions)
    recorded = _alerts_state(sandbox)["legacy_events"]
    assert [e["eventType"] for e in recorded] == [event_type, "UNSUBSCRIBED_EVENT"]
    assert recorded[0]["dataMap"] == [{"map": [{"key": "amount", "value": "12.00"}]}]


# ------------------------------------------------------------------ history and realtime events


async def test_alert_history_array_params_dates_and_content() -> None:
    sandbox = Sandbox(seed=24)
    user = _retail(sandbox)
    recorder = Recorder(sandbox.transport())
    async with sandbox.client(host_user_id=user.host_user_id, http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        an = cd.alerts_notifications
        everything = (await an.list_alert_history_v1()).alert_history_summary_resources
        accounts = sorted({e.additional_info["accountId"] for e in everything})[:2]
        filtered = (
            await an.list_alert_history_v1(account_ids=accounts, email_status=["SUCCESS", "IN_PROCESS"])
        ).alert_history_summary_resources
        query = recorder.sent("/v1/alert-history")[-1].url.query.decode()
        assert query.count("accountIds=") == 2 and query.count("emailStatus=") == 2
        expected = [
            e.alert_history_id
            for e in everything
            if e.additional_info["accountId"] in accounts and e.channel_info["EMAIL"] in ("SUCCESS", "IN_PROCESS")
        ]
        assert [e.alert_history_id for e in filtered] == expected
        assert 0 < len(expected) < len(everything)

        occurred = [e.event_occured for e in everything]
        assert occurred == sorted(occurred, reverse=True)
        middle = occurred[len(occurred) // 2].date()
        recent = (await an.list_alert_history_v1(start_date=middle.isoformat())).alert_history_summary_resources
        assert recent and all(e.event_occured.date() >= middle for e in recent)
        assert len(recent) < len(everything)
        unread = await an.list_alert_history_v1(read_flag=False, event_ids=[everything[1].event_id])
        assert [e.event_id for e in unread.alert_history_summary_resources] == [everything[1].event_id]

        with pytest.raises(BadRequestError) as bad_date:
            await an.list_alert_history_v1(start_date="03/25/2025")
        assert bad_date.value.code == "PRMVAL_10014"

        first = everything[0]
        content = await an.get_alert_history_content_v1(alert_history_id=str(first.alert_history_id))
        assert content.alert_history_id == first.alert_history_id and content.event_id == first.event_id
        assert content.email_content == first.message_summary
        by_id = await an.get_alert_history_content_v1(id=content.alert_history_content_id)
        assert by_id.alert_history_id == first.alert_history_id
        with pytest.raises(NotFoundError):
            await an.get_alert_history_content_v1(event_id="EVT-UNKNOWN")
        with pytest.raises(BadRequestError):
            await an.get_alert_history_content_v1()


async def test_realtime_event_is_accepted_with_202_and_delivered_to_history() -> None:
    sandbox = Sandbox(seed=25)
    user = _retail(sandbox)
    checking = sandbox.world.accounts_of(user)[0].data["id"]
    async with sandbox.client(host_user_id=user.host_user_id) as cd:
        an = cd.alerts_notifications
        event = AlertEvent.from_dict(
            {
                "eventDomainType": "UserEvent",
                "eventDetails": {
                    "eventId": "evt-42",
                    "eventType": "PasswordChanged",
                    "eventSource": "tests",
                    "eventOccured": "2026-03-01T10:15:00+00:00",
                    "additionalInfo": {"accountNumber": "0101", "amount": "0.00", "accountId": checking},
                },
            }
        )
        raw = await an.with_raw_response.publish_alert_events_v1(body=event)
        assert (raw.status_code, raw.parsed) == (202, None)
        delivered = (await an.list_alert_history_v1(event_ids=["evt-42"])).alert_history_summary_resources
        assert len(delivered) == 1
        entry = delivered[0]
        assert entry.alert_type_name == "PasswordChanged"
        assert dict(entry.channel_info.additional_properties) == {
            "EMAIL": "SUCCESS",
            "SMS": "SUCCESS",
            "PUSH": "SUCCESS",
        }
        assert entry.event_occured == dt.datetime(2026, 3, 1, 10, 15, tzinfo=dt.UTC)
        content = await an.get_alert_history_content_v1(event_id="evt-42")
        assert content.email_subject_content == "Password changed"
        assert content.email_content == "Password changed on account ending 0101: 0.00."

        inactive = AlertEvent.from_dict(
            {
                "eventDomainType": "NotificationEvent",
                "eventDetails": {"eventId": "evt-43", "eventType": "VisaLowBalance"},
            }
        )
        assert await an.publish_alert_events_v1(body=inactive) is None
        assert (await an.list_alert_history_v1(event_ids=["evt-43"])).alert_history_summary_resources == []

        with pytest.raises(BadRequestError) as malformed:
            await an.publish_alert_events_v1(
                body=AlertEvent.from_dict(
                    {"eventDomainType": "AccountEvent", "eventDetails": {"eventId": "evt-44", "eventType": ""}}
                )
            )
        # The platform documents 500 for invalid events; the sandbox keeps its code but answers 400.
        assert malformed.value.code == "PRMSYS_10007"

        sandbox.faults.add("publishAlertEventsV1", Fault.status_code(503, after_processing=True))
        with pytest.raises(OutcomeUnknownError):
            await an.publish_alert_events_v1(body=event)
    assert sandbox.calls["publishAlertEventsV1"] == 4  # the 503 was not retried: publishing is not idempotent
    # ... and the event had been processed, so a blind retry would have delivered the alert twice.
    assert len([p for p in _alerts_state(sandbox)["published"] if p["eventDetails"]["eventId"] == "evt-42"]) == 2
