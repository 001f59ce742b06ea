"""MX passthroughs: one URL shape for several MX APIs, told apart by ext_host; resource paths span segments."""

from __future__ import annotations

import httpx2
import pytest

from candescent_async import BadRequestError, ValidationError
from candescent_async.sandbox import Sandbox
from candescent_async.types.mx import PostMxPlatformProxyV1Body, PostMxRealTimeProxyV1Body, PostMxSsoProxyV1Body

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
            body=PostMxSsoProxyV1Body.from_dict({"widget_url": {"widget_type": "connect_widget"}}),
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


class Recorder(httpx2.AsyncBaseTransport):
    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner, self.requests = inner, []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if "/mx/" in request.url.path:
            self.requests.append(request)
        return await self.inner.handle_async_request(request)


async def test_the_platforms_first_listed_vendor_types_are_the_defaults() -> None:
    sandbox = Sandbox(seed=3)
    recorder = Recorder(sandbox.transport())
    async with sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        raw = await cd.mx.with_raw_response.post_mx_platform_proxy_v1(
            "users", body=PostMxPlatformProxyV1Body.from_dict({"user": {"id": "U1"}}), ext_host="int-api.mx.com"
        )
    sent = recorder.requests[-1]
    assert sent.headers["accept"] == "application/vnd.mx.api.v1+json"
    assert sent.headers["content-type"] == "application/vnd.mx.api.v1+json"
    assert raw.headers["content-type"].startswith("application/vnd.mx.api.v1+json")
    assert raw.parsed.additional_properties["echo"] == {"user": {"id": "U1"}}


async def test_the_caller_picks_another_listed_type_and_xml_is_spoken_as_xml() -> None:
    sandbox = Sandbox(seed=3)
    recorder = Recorder(sandbox.transport())
    async with sandbox.client(http_client=httpx2.AsyncClient(transport=recorder)) as cd:
        plain = await cd.mx.post_mx_platform_proxy_v1(
            "users",
            body=PostMxPlatformProxyV1Body.from_dict({"user": {"id": "U2"}}),
            ext_host="api.mx.com",
            accept="application/json",
            content_type="application/json",
        )
        assert recorder.requests[-1].headers["content-type"] == "application/json"
        assert plain.additional_properties["echo"] == {"user": {"id": "U2"}}
        xml = await cd.mx.post_mx_real_time_proxy_v1(
            "DI-1",
            "users/U1/members.xml",
            body=PostMxRealTimeProxyV1Body.from_dict({"member": {"user_id": "U1", "name": "Chase"}}),
            ext_host="int-live.moneydesktop.com",
            accept="application/vnd.moneydesktop.mdx.v5+xml",
            content_type="application/vnd.moneydesktop.mdx.v5+xml",
        )
    sent = recorder.requests[-1]
    assert sent.headers["content-type"] == "application/vnd.moneydesktop.mdx.v5+xml"
    assert b"<member><user_id>U1</user_id><name>Chase</name></member>" in sent.content
    # The XML answer (<mdx>...</mdx>) is read into the same dict shape a JSON one has.
    assert xml.additional_properties["mdx"]["echo"] == {"user_id": "U1", "name": "Chase"}


@pytest.mark.parametrize(
    ("argument", "value"),
    [("accept", "application/json"), ("content_type", "application/json"), ("content_type", "text/plain")],
)
async def test_a_type_the_platform_does_not_list_is_refused_before_sending(argument: str, value: str) -> None:
    sandbox = Sandbox(seed=3)
    async with sandbox.client() as cd:
        with pytest.raises(ValidationError) as caught:
            await cd.mx.post_mx_sso_proxy_v1(
                "DI-1",
                "users/USR-1/widget_urls",
                body=PostMxSsoProxyV1Body.from_dict({}),
                ext_host="sso.moneydesktop.com",
                **{argument: value},
            )
    assert caught.value.field == argument and "vnd.moneydesktop.sso.v3" in str(caught.value)
    assert sandbox.calls["postMxSsoProxyV1"] == 0
