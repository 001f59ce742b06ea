from enum import StrEnum
from typing import Any


class DIAccountType(StrEnum):
    """Open enum: a value the platform adds later loads as a pseudo-member instead of failing."""

    BROKERAGE = "BROKERAGE"
    CERT_OF_DEPOSIT = "CERT_OF_DEPOSIT"
    CHECKING = "CHECKING"
    COMMERCIAL_LOAN = "COMMERCIAL_LOAN"
    COMMERCIAL_REFI_LOAN = "COMMERCIAL_REFI_LOAN"
    CONSUMER_LOAN = "CONSUMER_LOAN"
    CREDIT_CARD_LOAN = "CREDIT_CARD_LOAN"
    CSI_CERT_OF_DEPOSIT = "CSI_CERT_OF_DEPOSIT"
    GENERAL_LEDGER_ACCOUNT = "GENERAL_LEDGER_ACCOUNT"
    GENERAL_LEDGER_CODE = "GENERAL_LEDGER_CODE"
    HOME_EQUITY_LOAN = "HOME_EQUITY_LOAN"
    INSTALLMENT_LOAN = "INSTALLMENT_LOAN"
    KEOGH = "KEOGH"
    LINE_OF_CREDIT_LOAN = "LINE_OF_CREDIT_LOAN"
    MONEY_MARKET = "MONEY_MARKET"
    MORTGAGE_LOAN = "MORTGAGE_LOAN"
    RESIDENTIAL_MORTGAGE_LOAN = "RESIDENTIAL_MORTGAGE_LOAN"
    RETIREMENT_401K = "RETIREMENT_401K"
    RETIREMENT_IRA = "RETIREMENT_IRA"
    SAVINGS = "SAVINGS"
    TCL_CREDIT_LINE = "TCL_CREDIT_LINE"
    TCL_MASTER = "TCL_MASTER"
    TCL_NOTE = "TCL_NOTE"
    TRUST = "TRUST"
    UNKNOWN = "UNKNOWN"
    USER_DEFINED = "USER_DEFINED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DIAccountType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
