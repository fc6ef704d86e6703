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


# --- GW.PLAN: independent tables for tranche plans (test/fixtures/plans.json) -----------------------
# Each tranche delivers G·F(u) by the fraction u of its span [start, end + 1 day): even F(u) = u,
# front_loaded F(u) = 1 - (1 - u)^2, back_loaded F(u) = u^2, weighted by its probability. Energy is the
# integral of delivered GW over time, taken here by integrating the polynomial F term by term (the
# TypeScript model uses closed forms per shape). Per-GW factors are copied by hand from the catalog
# (base case): accelerators per GW = 1e6 kW / (system kW / accelerators x 1.1 IT overhead x 1.2 PUE).
PLAN_SHAPES = {  # F(u) as polynomial coefficients c0 + c1 u + c2 u^2
    "even": [F(0), F(1), F(0)],
    "front_loaded": [F(0), F(2), F(-1)],
    "back_loaded": [F(0), F(0), F(1)],
}
PLAN_SYSTEMS = {  # key: (system kW, accelerators per system, FP8 PFLOPS dense)
    "gb300-nvl72": (F(132), 72, F(5)),
    "vera-rubin-nvl72": (F(190), 72, F(167, 10)),
    "mi450-helios": (F(180), 72, F(20)),
}
PLAN_ROWS = [  # name, start, end (last day), GW, system, shape, probability
    ["Site A", "2027-04-01", "2027-12-31", F(3, 10), "gb300-nvl72", "even", F(1)],
    ["Site B", "2027-10-01", "2028-06-30", F(1, 2), "vera-rubin-nvl72", "front_loaded", F(4, 5)],
    ["Site C", "2028-01-15", "2029-03-31", F(1), "mi450-helios", "back_loaded", F(1)],
]


def poly_at(coefficients, u: F) -> F:
    return sum((c * u ** i for i, c in enumerate(coefficients)), F(0))


def plan_delivered(row, t: int) -> F:
    start, end = serial(date.fromisoformat(row[1])), serial(date.fromisoformat(row[2])) + 1
    u = min(max(F(t - start, end - start), F(0)), F(1))
    return row[3] * row[6] * poly_at(PLAN_SHAPES[row[5]], u)


def plan_gigawatt_days(row, t: int) -> F:
    start, end = serial(date.fromisoformat(row[1])), serial(date.fromisoformat(row[2])) + 1
    if t <= start:
        return F(0)
    span = end - start
    integral = [F(0)] + [c / (i + 1) for i, c in enumerate(PLAN_SHAPES[row[5]])]  # antiderivative of F
    inside = row[3] * row[6] * span * poly_at(integral, min(F(t - start, span), F(1)))
    return inside + row[3] * row[6] * max(t - end, 0)


def accelerators_per_gw(system: str) -> F:
    kw, per_system, _ = PLAN_SYSTEMS[system]
    return F(10**6) / (kw / per_system * F(11, 10) * F(6, 5))


def plan_cumulative(measure: str, t: int) -> F:
    if measure.startswith("gw"):
        return sum((plan_delivered(r, t) for r in PLAN_ROWS), F(0))
    if measure.startswith("accelerators"):
        return sum((plan_delivered(r, t) * accelerators_per_gw(r[4]) for r in PLAN_ROWS), F(0))
    if measure.startswith("fp8_pflops"):
        return sum((plan_delivered(r, t) * accelerators_per_gw(r[4]) * PLAN_SYSTEMS[r[4]][2] for r in PLAN_ROWS), F(0))
    if measure == "energy":  # MWh at 0.8 utilisation
        return sum((plan_gigawatt_days(r, t) for r in PLAN_ROWS), F(0)) * 24 * 1000 * F(4, 5)
    raise ValueError(measure)


def plan_periods(period: str):
    """Period starts from the one holding the first tranche's start to the one holding the last day."""
    months = {"year": 12, "quarter": 3, "month": 1}[period]
    first = min(date.fromisoformat(r[1]) for r in PLAN_ROWS)
    last = max(date.fromisoformat(r[2]) for r in PLAN_ROWS)
    y, m = first.year, (first.month - 1) // months * months + 1
    starts = []
    while date(y, m, 1) <= last:
        starts.append(date(y, m, 1))
        m += months
        if m > 12:
            y, m = y + 1, m - 12
    return starts + [date(y, m, 1)]


def golden_plans() -> dict:
    tables = {}
    for measure, period in [("gw_added", "quarter"), ("gw_cumulative", "year"), ("accelerators_added", "year"),
                            ("energy", "quarter"), ("fp8_pflops_cumulative", "month")]:
        bounds = plan_periods(period)
        rows = []
        for a, b in zip(bounds, bounds[1:]):
            label = a.year if period == "year" else serial(a)
            value = plan_cumulative(measure, serial(b))
            if not measure.endswith("_cumulative"):
                value -= plan_cumulative(measure, serial(a))
            rows.append([label, float(value)])
        tables[f"{measure}|{period}"] = rows
    header = ["name", "start", "end", "gw", "system", "shape", "probability"]
    return {
        "$comment": "Golden GW.PLAN tables computed independently with exact fractions by scripts/golden-schedules.py (golden_plans): keys are measure|period over the plan's own span.",
        "tranches": [header] + [[r[0], r[1], r[2], float(r[3]), r[4], r[5], float(r[6])] for r in PLAN_ROWS],
        "tables": tables,
    }


def write_golden_plans() -> None:
    path = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "plans.json"
    path.write_text(json.dumps(golden_plans(), indent=1) + "\n")


if __name__ == "__main__":
    main()
    write_golden_plans()
