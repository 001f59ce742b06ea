"""The reliability suite's tally, printed as one summary line at the end of the run (see conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    scenarios: int = 0
    faults: int = 0
    duplicates: int = 0
    leaks: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"reliability: {self.scenarios} scenarios run, {self.faults} faults injected, "
            f"{self.duplicates} duplicates found, {len(self.leaks)} secrets leaked"
        )


TALLY = Tally()
