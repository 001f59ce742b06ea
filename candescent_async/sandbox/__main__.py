"""``python -m candescent_async.sandbox``: serve the sandbox on 127.0.0.1 and print how to use it."""

from __future__ import annotations

import argparse

from . import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, INSTITUTION_ID, Sandbox


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m candescent_async.sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--token-lifetime", type=float, default=1800.0, help="seconds")
    parser.add_argument("--transactions-per-account", type=int, default=2500)
    args = parser.parse_args(argv)

    import uvicorn

    sandbox = Sandbox(
        seed=args.seed,
        token_lifetime=args.token_lifetime,
        transactions_per_account=args.transactions_per_account,
        in_process=False,
    )
    base_url = f"http://127.0.0.1:{args.port}"
    print(f"Candescent sandbox serving at {base_url}")
    print(f"  client_id={DEMO_CLIENT_ID} client_secret={DEMO_CLIENT_SECRET} institution_id={INSTITUTION_ID}")
    users = ", ".join(f"{u.login_id} / {u.host_user_id}" for u in sandbox.world.users.values())
    print(f"  users (loginId / hostUserId): {users}")
    print(f"  try: curl -u {DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET} -H 'institutionId: {INSTITUTION_ID}' \\")
    print("       -H 'transactionId: 8b1a9953-c461-4a1f-a0a1-0f4b0c8a3e55' -d grant_type=client_credentials \\")
    print(f"       {base_url}/oauth2/v1/token", flush=True)
    uvicorn.run(sandbox.app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
