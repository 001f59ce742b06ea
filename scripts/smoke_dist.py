"""Release check: install the built wheel into a fresh venv with only its runtime dependencies,
then import every category and make one call through the facade on an injected httpx2 MockTransport
and one on the default asyncio stack (aiohttp's pool) against a canned server on 127.0.0.1.

Usage: python scripts/smoke_dist.py DIST_DIR [--constraint "httpx2==2.13.1" ...]
Installing the wheel's dependencies needs the package index (this is a make target, not a test).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

SMOKE = r"""
import asyncio, json, warnings, anyio, httpx2
warnings.simplefilter("error")  # e.g. aiohttp warning about an attribute our transport sets
import candescent_async
from candescent_async import CandescentClient, SPEC_VERSIONS
import _candescent_generated
for category in _candescent_generated.CATEGORIES:
    __import__(f"_candescent_generated.{category}.api")

TOKEN = b'{"access_token": "t", "expires_in": "1799"}'
RECIPIENTS = b'{"recipients": [{"id": "r-1", "nickName": "Mom"}]}'

def handler(request: httpx2.Request) -> httpx2.Response:
    if request.url.path == "/oauth2/v1/token":
        return httpx2.Response(200, content=TOKEN)
    if request.url.path == "/oauth2/v1/revoke":
        return httpx2.Response(204)
    assert request.headers["Authorization"] == "Bearer t" and request.headers["transactionId"]
    return httpx2.Response(200, content=RECIPIENTS)

class Canned(asyncio.Protocol):  # a loopback server for the default stack: token, recipients, revoke
    def connection_made(self, transport):
        self.transport, self.buffer = transport, b""
    def data_received(self, data):
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, rest = self.buffer.partition(b"\r\n\r\n")
            lines = head.lower().split(b"\r\n")
            size = next((int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length:")), 0)
            if len(rest) < size:
                return
            self.buffer = rest[size:]
            body = TOKEN if b" /oauth2/v1/token " in head else b"" if b"/revoke" in head else RECIPIENTS
            status = b"204 No Content" if not body else b"200 OK"
            head = b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % (status, len(body))
            self.transport.write(head + body)

async def main() -> None:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    async with CandescentClient("id", "secret", "01234", http_client=http, host_user_id="HU-1") as cd:
        result = await cd.money_movement.list_recipients_v1()
    assert result.recipients[0].nick_name == "Mom"
    server = await asyncio.get_running_loop().create_server(Canned, "127.0.0.1", 0)
    base = "http://127.0.0.1:%d" % server.sockets[0].getsockname()[1]
    own = CandescentClient("id", "secret", "01234", base_url=base, allow_insecure_base_url=True, host_user_id="HU-1")
    async with own as cd:
        result = await cd.money_movement.list_recipients_v1()  # the default asyncio stack: aiohttp's pool
        assert type(cd._direct).__name__ == "AiohttpTransport", cd._direct
    assert result.recipients[0].nick_name == "Mom"
    server.close()
    print(json.dumps({"version": candescent_async.__version__, "spec_versions": dict(SPEC_VERSIONS)}))

asyncio.run(main())
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path)
    parser.add_argument("--constraint", action="append", default=[], help="pin a dependency, e.g. httpx2==2.13.1")
    args = parser.parse_args()
    wheels = sorted(args.dist.glob("candescent_async-*.whl"))
    if not wheels:
        print(f"no wheel in {args.dist}: run `make dist` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="candescent-smoke-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        subprocess.run([python, "-m", "pip", "install", "-q", str(wheels[-1]), *args.constraint], check=True)
        freeze = subprocess.run([python, "-m", "pip", "freeze"], check=True, capture_output=True, text=True).stdout
        print("installed:", " ".join(line for line in freeze.split() if "==" in line))
        if any(line.lower().startswith("httpx==") for line in freeze.split()):
            print("the old httpx was installed beside httpx2: a runtime dependency still needs it", file=sys.stderr)
            return 1
        subprocess.run([python, "-c", SMOKE], check=True, cwd=tmp)
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
