#!/usr/bin/env python3
"""Golden delivery tables for test/fixtures/schedules.json, computed independently of the TypeScript
model with exact fractions, from the current catalog version's deal files
(src/model/catalog/data/<version>/deals/*.json, base case). Each tranche delivers its GW evenly by day
from the start of its first day to the end of its last. `npm run catalog` runs this (with --stdout)
and writes the file; run it directly to write the file yourself, then check the diff by eye."""
import json
import sys
from datetime import date
from fractions import Fraction as F
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "model" / "catalog" / "data"
EPOCH = date(1899, 12, 30)  # Excel's 1900 date system from 1900-03-01 on


def current_version() -> str:
    return json.loads((DATA / "versions.json").read_text())[-1]["version"]


def read_deals(version: str):
    """{key: [(start, end, GW)]} for every deal with capacity; numbers parsed exactly from the JSON text."""
    deals = {}
    for path in sorted((DATA / version / "deals").glob("*.json")):
        deal = json.loads(path.read_text(), parse_float=F, parse_int=F)
        tranches = [(t["start"], t["end"], t["gigawatts"]["base"]) for t in deal["tranches"]]
        if tranches:
            deals[deal["key"]] = tranches
    return deals


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


def tables(version: str):
    deals = read_deals(version)
    out = {
        "$comment": f"Golden delivery tables of catalog {version}, computed independently of the TypeScript model with Python's exact fractions by scripts/golden-schedules.py from the deal files (base case): each tranche delivers its GW evenly by day from the start of its first day to the end of its last. Values are GW added per year; 'quarterly' rows are [first day of the quarter as an Excel serial, GW added in the quarter].",
        "version": version,
        "yearly": {},
        "quarterly": {},
    }
    for key, tranches in deals.items():
        first, last = int(min(t[0] for t in tranches)[:4]), int(max(t[1] for t in tranches)[:4])
        out["yearly"][key] = [
            [y, float(cumulative(tranches, serial(date(y + 1, 1, 1))) - cumulative(tranches, serial(date(y, 1, 1))))]
            for y in range(first, last + 1)
        ]
        rows = []
        for y in range(first, last + 1):
            for q in range(4):
                a = serial(date(y, 3 * q + 1, 1))
                b = serial(date(y + 1, 1, 1) if q == 3 else date(y, 3 * q + 4, 1))
                rows.append([a, float(cumulative(tranches, b) - cumulative(tranches, a))])
        out["quarterly"][key] = rows
    return out


def main() -> None:
    text = json.dumps(tables(current_version()), indent=1) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        (ROOT / "test" / "fixtures" / "schedules.json").write_text(text)


if __name__ == "__main__":
    main()
