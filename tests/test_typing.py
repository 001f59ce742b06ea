"""The type checker catches what a user gets wrong: mypy --strict run on code with known mistakes.

``tests/typing/test_reading.py`` shows correct code type-checks with no ignores (``make typecheck``);
this shows the other direction, so the typed surface is not ``Any`` in disguise.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MISTAKES = textwrap.dedent(
    """
    from candescent_async import CandescentClient, paginate


    async def mistakes(cd: CandescentClient) -> None:
        paginate(cd.core_banking.list_account_transactions_v1, acount_id="A-1")  # line 6: misspelt
        paginate(cd.core_banking.list_account_transactions_v1, account_id="A-1", page_size=50)  # 7: an option
        paginate(cd.core_banking.with_raw_response.list_account_transactions_v1, account_id="A-1")  # 8: raw
        paginate(cd.core_banking.get_account_by_id_v1, account_id="A-1")  # 9: does not page
        accounts = await cd.core_banking.list_accounts_v1()
        print(accounts.accounts[0].current_balance.amount)  # 11: optional, not narrowed
        async for txn in paginate(cd.core_banking.list_account_transactions_v1, account_id="A-1"):
            print(txn.amount.amont)  # 13: misspelt field of the item type
    """
)


def test_mypy_strict_refuses_each_mistake_on_its_line(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    source = tmp_path / "mistakes.py"
    source.write_text(MISTAKES, encoding="utf-8")
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary", str(source)])
    assert status == 1, out + err
    lines = {int(m.group(1)): m.group(2) for m in re.finditer(r"mistakes\.py:(\d+): error: (.*)", out)}
    assert 'Unexpected keyword argument "acount_id"' in lines.get(6, ""), out
    assert 'Unexpected keyword argument "page_size"' in lines.get(7, ""), out
    assert "arg-type" in lines.get(8, "") and "arg-type" in lines.get(9, ""), out
    assert "union-attr" in lines.get(11, ""), out
    assert '"amont"' in lines.get(13, ""), out
    assert set(lines) == {6, 7, 8, 9, 11, 13}, out
