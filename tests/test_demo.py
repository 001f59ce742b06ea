"""The README's demo runs end to end against the in-process sandbox and never prints a secret."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from candescent_async.sandbox import DEMO_CLIENT_SECRET

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_walks_every_step() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "token requests so far: v2:client_credentials x1" in out
    assert "$filter=category eq 'DEPOSIT'" in out
    assert "each in its category's shape" in out and "LoanAccount" in out and "InvestmentAccount" in out
    assert "2500 transactions in 5 pages" in out
    assert "its repr hides the passcode: True" in out
    assert "[TFR_10029]" in out
    assert "32 preferences: EMAIL 11, PUSH 10, SMS 11" in out
    assert ": SUCCESSFUL" in out
    assert "2 lines, total 2230.15 from ******7890" in out and "arrives as 921.00 EUR (Euro" in out
    assert "Jordan Doe (PRIMARY)" in out and "administers Sam Doe (ENTITLED), 0 failed sign-ins" in out
    assert "legacy profile: member HU-1001, bill pay True (a bool)" in out
    assert out.rstrip().endswith("closed its connections on exit.")
    assert DEMO_CLIENT_SECRET not in out + result.stderr
