"""Contains all the data models used in inputs/outputs"""

from .additional_info import AdditionalInfo
from .additional_info_entry import AdditionalInfoEntry
from .currency_code import CurrencyCode
from .di_account_type import DIAccountType
from .frequency import Frequency
from .life_type import LifeType
from .money import Money
from .payment_option_type import PaymentOptionType
from .recipient import Recipient
from .recipients import Recipients
from .schedule import Schedule
from .transfer import Transfer
from .transfer_status import TransferStatus

__all__ = (
    "AdditionalInfo",
    "AdditionalInfoEntry",
    "CurrencyCode",
    "DIAccountType",
    "Frequency",
    "LifeType",
    "Money",
    "PaymentOptionType",
    "Recipient",
    "Recipients",
    "Schedule",
    "Transfer",
    "TransferStatus",
)
