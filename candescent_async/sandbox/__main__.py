"""``python -m candescent_async.sandbox``: serve the sandbox on 127.0.0.1 and print how to use it.

``--port 0`` picks a free port; the printed base URL always carries the port actually bound. There
is deliberately no host option: the sandbox accepts the demo credentials, so it never listens
beyond the loopback interface.
"""

from __future__ import annotations

import argparse
import socket

from . import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID, Sandbox
from ._app import with_real_drops

HOST = "127.0.0.1"
SHUTDOWN_GRACE = 2  # seconds in-flight requests get to finish after SIGTERM/SIGINT; then they are cancelled


def listen_on_loopback(port: int) -> socket.socket:
    """A listening TCP socket on 127.0.0.1:``port`` (0: any free port)."""
    # proto must be IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and without it every response waits ~40 ms on Nagle + delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m candescent_async.sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="TCP port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--token-lifetime", type=float, default=1800.0, help="seconds")
    parser.add_argument("--transactions-per-account", type=int, default=2500)
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error("--port must be 0-65535")

    import uvicorn

    sandbox = Sandbox(
        seed=args.seed,
        token_lifetime=args.token_lifetime,
        transactions_per_account=args.transactions_per_account,
        in_process=False,
    )
    # Bound and listening before the URL is printed, so whoever reads it can connect at once.
    try:
        sock = listen_on_loopback(args.port)
    except OSError as exc:
        parser.exit(1, f"cannot listen on {HOST}:{args.port}: {exc.strerror}\n")
    base_url = f"http://{HOST}:{sock.getsockname()[1]}"
    print(f"Candescent sandbox serving at {base_url}")
    print(f"  client_id={DEMO_CLIENT_ID} client_secret={DEMO_CLIENT_SECRET} institution_id={INSTITUTION_ID}")
    users = ", ".join(f"{u.login_id} / {u.host_user_id}" for u in sandbox.world.users.values())
    print(f"  users (loginId / hostUserId): {users}")
    print(f"  try: curl -u {DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET} -H 'institutionId: {INSTITUTION_ID}' \\")
    print("       -H 'transactionId: 8b1a9953-c461-4a1f-a0a1-0f4b0c8a3e55' -d grant_type=client_credentials \\")
    print(f"       {base_url}/oauth2/v1/token", flush=True)
    # A hang fault holds its request forever: without a bound on the graceful shutdown, one SIGTERM
    # would wait for it forever (only a second signal stopped the server, so CI teardowns hung).
    config = uvicorn.Config(
        with_real_drops(sandbox.app),  # a drop fault closes the connection instead of answering 500
        interface="asgi3",
        log_level="warning",
        timeout_keep_alive=75,
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])


if __name__ == "__main__":
    main()
