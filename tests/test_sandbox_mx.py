"""MX passthroughs: one URL shape for several MX APIs, told apart by ext_host; resource paths span segments."""

from __future__ import annotations

import pytest
from candescent_generated.mx.models import MxPayload

from candescent_async import BadRequestError, ValidationError
from candescent_async.sandbox import Sandbox

pytestmark = pytest.mark.anyio


async def test_platform_get_reaches_the_platform_api_with_a_multi_segment_path() -> None:
    async with Sandbox(seed=3).client() as cd:
        echoed = await cd.mx.get_mx_platform_proxy_v1(
            "users/USR-1/accounts", ext_host="int-api.mx.com", accept="application/vnd.mx.api.v1+json"
        )
    assert echoed.additional_properties["api"] == "platform"
    assert echoed.additional_properties["resource"] == "users/USR-1/accounts"


async def test_same_path_with_reporting_host_is_routed_to_reporting_and_returns_avro() -> None:
    async with Sandbox(seed=3).client() as cd:
        raw = await cd.mx.with_raw_response.get_mx_reporting_proxy_v1(
            "download/transactions/2026-11-24",
            ext_host="int-logs.moneydesktop.com",
            accept="application/vnd.mx.logs.v1+avro",
        )
    assert raw.status_code == 200
    assert raw.http_response.content.startswith(b"Obj\x01")


async def test_expired_daily_file_is_a_typed_error() -> None:
    async with Sandbox(seed=3).client() as cd:
        with pytest.raises(Exception) as caught:
            await cd.mx.get_mx_reporting_proxy_v1(
                "download/transactions/2020-01-01",
                ext_host="logs.moneydesktop.com",
                accept="application/vnd.mx.logs.v1+avro",
            )
    assert getattr(caught.value, "status_code", None) == 410


async def test_sso_post_echoes_body_and_returns_widget_url() -> None:
    async with Sandbox(seed=3).client() as cd:
        answer = await cd.mx.post_mx_sso_proxy_v1(
            "DI-1",
            "users/USR-1/widget_urls",
            body=MxPayload.from_dict({"widget_url": {"widget_type": "connect_widget"}}),
            ext_host="int-sso.moneydesktop.com",
            accept="application/vnd.moneydesktop.sso.v3+json",
        )
    assert answer.additional_properties["echo"] == {"widget_url": {"widget_type": "connect_widget"}}
    assert answer.additional_properties["widget_url"]["url"].startswith("https://")


async def test_wrong_ext_host_is_the_gateways_400() -> None:
    async with Sandbox(seed=3).client() as cd:
        with pytest.raises(BadRequestError):
            await cd.mx.get_mx_sso_proxy_v1(
                "DI-1", "users/USR-1", ext_host="evil.example.com", accept="application/vnd.moneydesktop.sso.v3+json"
            )


@pytest.mark.parametrize("resource", ["../admin", "users/../../x", "users//x", "", "users\\..\\x"])
async def test_resource_paths_cannot_escape_the_proxy(resource: str) -> None:
    sandbox = Sandbox(seed=3)
    async with sandbox.client() as cd:
        with pytest.raises(ValidationError):
            await cd.mx.get_mx_platform_proxy_v1(resource, ext_host="api.mx.com", accept="application/json")
    assert sandbox.calls["getMxPlatformProxyV1"] == 0
