#!/usr/bin/env python3
"""Writes test/fixtures/schedules.json: golden delivery tables computed independently of the
TypeScript model, with exact fractions, from the tranche table of src/model/catalog/deals.ts (base
case, copied below by hand on purpose: an independent reading of the same data). Each tranche delivers
its GW evenly by day from the start of its first day to the end of its last. Run it after changing a
tranche, then check the diff by eye."""
import json
from datetime import date
from fractions import Fraction as F
from pathlib import Path

DEALS = {
    "openai-nvidia": [("2026-07-01", "2026-12-31", F(1)), ("2027-01-01", "2027-12-31", F(3)), ("2028-01-01", "2029-12-31", F(6))],
    "openai-amd": [("2026-07-01", "2026-12-31", F(1)), ("2027-01-01", "2029-12-31", F(5))],
    "openai-broadcom": [("2026-07-01", "2029-12-31", F(10))],
    "openai-cerebras": [("2026-01-14", "2028-12-31", F(3, 4))],
    "nvidia-thinking-machines": [("2027-01-01", "2027-12-31", F(1))],
    "meta-amd": [("2026-07-01", "2026-12-31", F(1)), ("2027-01-01", "2031-06-30", F(5))],
    "anthropic-google": [("2026-01-01", "2026-12-31", F(6, 5))],
    "stargate-abilene": [("2025-01-01", "2025-09-30", F(3, 10)), ("2025-10-01", "2026-06-30", F(9, 10))],
}
EPOCH = date(1899, 12, 30)  # Excel's 1900 date system from 1900-03-01 on


def serial(day: date) -> int:
    return (day - EPOCH).days


def delivered(tranche, t: int) -> F:
    start = serial(date.fromisoformat(tranche[0]))
    end = serial(date.fromisoformat(tranche[1])) + 1
    if t <= start:
        return F(0)
    if t >= end:
        return tranche[2]
    return tranche[2] * (t - start) / (end - start)


def cumulative(tranches, t: int) -> F:
    return sum((delivered(tr, t) for tr in tranches), F(0))


def main() -> None:
    out = {
        "$comment": "Golden delivery tables, computed independently of the TypeScript model with Python's exact fractions by scripts/golden-schedules.py from the tranche table in src/model/catalog/deals.ts (base case): each tranche delivers its GW evenly by day from the start of its first day to the end of its last. Values are GW added per year; 'quarterly' rows are GW added per quarter.",
        "yearly": {},
        "quarterly": {},
    }
    for key, tranches in DEALS.items():
        first, last = int(min(t[0] for t in tranches)[:4]), int(max(t[1] for t in tranches)[:4])
        out["yearly"][key] = [
            [y, float(cumulative(tranches, serial(date(y + 1, 1, 1))) - cumulative(tranches, serial(date(y, 1, 1))))]
            for y in range(first, last + 1)
        ]
    for key in ["openai-cerebras", "stargate-abilene"]:
        tranches = DEALS[key]
        first, last = int(min(t[0] for t in tranches)[:4]), int(max(t[1] for t in tranches)[:4])
        rows = []
        for y in range(first, last + 1):
            for q in range(4):
                a = serial(date(y, 3 * q + 1, 1))
                b = serial(date(y + 1, 1, 1) if q == 3 else date(y, 3 * q + 4, 1))
                rows.append([a, float(cumulative(tranches, b) - cumulative(tranches, a))])
        out["quarterly"][key] = rows
    path = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "schedules.json"
    path.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
