"""The reliability suite's tally, printed as one summary line at the end of the run (see conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    scenarios: int = 0
    faults: int = 0
    duplicates: int = 0
    leaks: list[str] = field(default_factory=list)
    filtered_walks: int = 0
    items_lost: int = 0
    # (token requests, concurrent waiters) per failing-token scenario
    coalesced: list[tuple[int, int]] = field(default_factory=list)

    def line(self) -> str:
        parts = [
            f"reliability: {self.scenarios} scenarios run, {self.faults} faults injected, "
            f"{self.duplicates} duplicates found, {len(self.leaks)} secrets leaked"
        ]
        if self.filtered_walks:
            parts.append(f"filtered walks: {self.items_lost} items lost ({self.filtered_walks} walks)")
        if self.coalesced:  # the worst run: most requests, fewest waiters sharing them
            requests, waiters = max(r for r, _ in self.coalesced), min(w for _, w in self.coalesced)
            parts.append(f"token failures coalesced: {requests} request for {waiters} waiters")
        return ", ".join(parts)


TALLY = Tally()
