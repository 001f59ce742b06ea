"""Release check: install the built wheel into a fresh venv with only its runtime dependencies,
then import every category and make one call through the facade (httpx2 MockTransport, no network).

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
import json, anyio, httpx2
import candescent_async
from candescent_async import CandescentClient, SPEC_VERSIONS
import _candescent_generated
for category in _candescent_generated.CATEGORIES:
    __import__(f"_candescent_generated.{category}.api")

def handler(request: httpx2.Request) -> httpx2.Response:
    if request.url.path == "/oauth2/v1/token":
        return httpx2.Response(200, json={"access_token": "t", "expires_in": "1799"})
    if request.url.path == "/oauth2/v1/revoke":
        return httpx2.Response(204)
    assert request.headers["Authorization"] == "Bearer t" and request.headers["transactionId"]
    return httpx2.Response(200, content=b'{"recipients": [{"id": "r-1", "nickName": "Mom"}]}')

async def main() -> None:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    async with CandescentClient("id", "secret", "01234", http_client=http, host_user_id="HU-1") as cd:
        result = await cd.money_movement.list_recipients_v1()
    assert result.recipients[0].nick_name == "Mom"
    print(json.dumps({"version": candescent_async.__version__, "spec_versions": dict(SPEC_VERSIONS)}))

anyio.run(main)
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
