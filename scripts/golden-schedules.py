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


def releases():
    return json.loads((DATA / "versions.json").read_text())


def current_version() -> str:
    return releases()[-1]["version"]


def based_on(version: str):
    """The version an overlay is laid over (versions.json `basedOn`), or None for a full version."""
    return next(r for r in releases() if r["version"] == version).get("basedOn")


def item_paths(version: str, kind: str):
    """The files of a version's systems or deals in file-name order; an overlay's files replace or add to its predecessor's."""
    base = based_on(version)
    paths = {p.name: p for p in item_paths(base, kind)} if base else {}
    paths.update({p.name: p for p in (DATA / version / kind).glob("*.json")})
    return [paths[name] for name in sorted(paths)]


def entries(version: str, name: str, identity: str):
    """sources.json or assumptions.json of a version, parsed exactly; an overlay's entries replace (same id) or add to its predecessor's."""
    base = based_on(version)
    merged = entries(base, name, identity) if base else []
    own_path = DATA / version / name
    own = json.loads(own_path.read_text(), parse_float=F, parse_int=F) if own_path.exists() else []
    replaced = {e[identity]: e for e in own}
    known = {e[identity] for e in merged}
    return [replaced.get(e[identity], e) for e in merged] + [e for e in own if e[identity] not in known]


def read_deals(version: str):
    """{key: [(start, end, GW)]} for every deal with capacity; numbers parsed exactly from the JSON text."""
    deals = {}
    for path in item_paths(version, "deals"):
        deal = json.loads(path.read_text(), parse_float=F, parse_int=F)
        tranches = [(t["start"], t["end"], t["gigawatts"]["base"]) for t in deal["tranches"]]
        if tranches:
            # A deal's tables run from its first to its last day of capacity or money (dated events).
            days = [t[0] for t in tranches] + [t[1] for t in tranches] + [e["date"] for e in deal["events"]]
            deals[deal["key"]] = (tranches, int(min(days)[:4]), int(max(days)[:4]))
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
    for key, (tranches, first, last) in deals.items():
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
    out["oracle"] = oracle_tables(version)
    return out


# ---- Independent oracle of the GW functions' tables (test/oracle/*.test.ts) -------------------------
# Written from the README's definitions and the catalog's data files only, never from the TypeScript:
# each function below restates one documented rule in exact fractions. Output goes under "oracle" in
# test/fixtures/schedules.json: whole tables, every cell, for every deal, system, measure and case.

CASES = ("low", "base", "high")
OPPOSITE = {"low": "high", "base": "base", "high": "low"}  # a figure in a denominator moves the result the other way
H100E_BF16_PFLOPS = F("0.9894")  # one H100 SXM's dense BF16 peak (README: H100-equivalents)
MEASURE_HEADERS = {
    "gw_added": "GW added", "gw_cumulative": "GW cumulative", "accelerators_added": "Accelerators added",
    "accelerators_cumulative": "Accelerators cumulative", "capex": "Capex (USD)", "energy": "Energy (MWh)",
    "fp8_pflops_added": "FP8 PFLOPS added", "fp8_pflops_cumulative": "FP8 PFLOPS cumulative",
    "fp4_pflops_added": "FP4 PFLOPS added", "fp4_pflops_cumulative": "FP4 PFLOPS cumulative",
    "bf16_pflops_added": "BF16 PFLOPS added", "bf16_pflops_cumulative": "BF16 PFLOPS cumulative",
    "h100e_added": "H100e added", "h100e_cumulative": "H100e cumulative",
}
SYSTEM_COLUMNS = [  # GW.SYSTEMS: header and the data-file field each column shows (base case)
    ("Key", "key"), ("Name", "name"), ("Vendor", "vendor"), ("Family", "family"), ("Accelerator", "acceleratorUnit"),
    ("Accelerators per system", "acceleratorsPerSystem"), ("Chip TDP (kW)", "chipTdpKw"), ("System power (kW)", "systemKw"),
    ("HBM (GB)", "hbmGb"), ("SRAM (GB)", "sramGb"), ("FP8 dense (PFLOPS)", "fp8Pflops"), ("FP4 dense (PFLOPS)", "fp4Pflops"),
    ("Available", "available"), ("Price per accelerator (USD)", "pricePerAcceleratorUsd"), ("Price per system (USD)", "pricePerSystemUsd"),
    ("BF16 dense (PFLOPS)", "bf16Pflops"),
]
DEAL_HEADER = ["Key", "Deal", "Buyer", "Vendor", "GW (base)", "Systems", "Start", "End", "Status", "Source", "Payment"]
ASSUMPTION_HEADER = ["Key", "Description", "Low", "Base", "High", "Unit", "Kind", "Source", "Scenario value", "Simulated as"]
# Deal completion probabilities per status (README "How much will really arrive?"): listed after the assumptions.
COMPLETION = ROOT / "src" / "model" / "catalog" / "completion.json"


def js_text(x) -> str:
    """A number as JavaScript writes it in text (String(x)) for the values the catalog holds: 72, 1.1, 8000000."""
    v = number(x)
    return str(v) if isinstance(v, int) else repr(v)


def simulated_as(a) -> str:
    """How a range is simulated: triangular on (low, base, high); a point figure is itself."""
    if a["low"] == a["base"] == a["high"]:
        return f"Simulated as the point value {js_text(a['base'])} (no range)."
    return f"Simulated as triangular (minimum {js_text(a['low'])}, most likely {js_text(a['base'])}, maximum {js_text(a['high'])})."
FLOW_HEADER = ["Vendor investment (USD)", "Buyer spend (USD)", "Net to vendor (USD)", "Warrant shares vested"]
MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def oracle_catalog(version: str):
    """Systems, deals, assumptions and sources of a catalog version, numbers as exact fractions."""
    read = lambda path: json.loads(path.read_text(), parse_float=F, parse_int=F)
    systems = {s["key"]: s for s in (read(p) for p in item_paths(version, "systems"))}
    deals = [read(p) for p in item_paths(version, "deals")]
    assumptions = {a["key"]: a for a in entries(version, "assumptions.json", "key")}
    sources = {s["id"]: s for s in entries(version, "sources.json", "id")}
    return systems, deals, assumptions, sources


def iso_serial(text: str) -> int:
    # A catalog date with the day unknown ("2025-07") is the month's first day, as in GW.SPEC.
    return serial(date.fromisoformat(text + "-01" if len(text) == 7 else text))


def number(x):
    """A cell as Excel gets it: the double nearest the exact value (integers stay integers in JSON)."""
    return int(x) if isinstance(x, F) and x.denominator == 1 and abs(x) < 2**53 else float(x)


class Model:
    """The README's rules, case by case. `o` is a scenario's overrides {assumption key: value}."""

    def __init__(self, cat, overrides=None, prices=None):
        self.systems, self.deals, self.assumptions, self.sources = cat
        self.o = {k: F(str(v)) for k, v in (overrides or {}).items()}
        self.prices = {k: F(str(v)) for k, v in (prices or {}).items()}

    def assumed(self, key, c):
        return self.o[key] if key in self.o else self.assumptions[key][c]

    def it_kw(self, s, c):
        """Power per accelerator with IT overhead: system kW ÷ accelerators (at the opposite end) × (1 + overhead)."""
        return s["systemKw"][c] / s["acceleratorsPerSystem"][OPPOSITE[c]] * (1 + self.assumed("it_overhead", c))

    def accelerators_per_gw(self, s, c, basis="facility", pue=None):
        pc = OPPOSITE[c]  # power sits in the denominator
        kw = self.it_kw(s, pc) * ((F(str(pue)) if pue is not None else self.assumed("pue", pc)) if basis == "facility" else 1)
        return F(10**6) / kw

    def systems_capex_per_gw(self, s, c):
        price = self.prices.get(s["key"], s["pricePerSystemUsd"][c])
        return self.accelerators_per_gw(s, c) / s["acceleratorsPerSystem"][OPPOSITE[c]] * price

    def capex_per_gw(self, s, c, scope="total"):
        systems = self.systems_capex_per_gw(s, c)
        network = systems * self.assumed("network_capex_share", c)
        facility = 1000 * self.assumed("facility_capex_per_mw", c)
        return {"accelerators": self.accelerators_per_gw(s, c) * s["pricePerAcceleratorUsd"][c], "systems": systems,
                "network": network, "facility": facility, "total": systems + network + facility}[scope]

    def compute_per_gw(self, s, c, unit):
        figure = s.get("bf16Pflops" if unit in ("bf16_pflops", "h100e") else {"fp8_pflops": "fp8Pflops", "fp4_pflops": "fp4Pflops"}[unit])
        if not isinstance(figure, dict):
            return None  # not published: the function answers #N/A
        per = figure[c] / H100E_BF16_PFLOPS if unit == "h100e" else figure[c]
        return self.accelerators_per_gw(s, c) * per


def oracle_flows(deal, c, ramp=None, system=None):
    """Tranches as [start, end) serials with their GW; a scenario ramp is GW per calendar year from the deal's first year."""
    tranches = deal["tranches"]
    for t in tranches:
        if t.get("shape", "even") != "even":
            raise NotImplementedError(f"{deal['key']}: tranche shape {t['shape']} (the oracle knows even delivery only)")
    flows = [{"start": iso_serial(t["start"]), "end": iso_serial(t["end"]) + 1, "gw": t["gigawatts"][c], "system": t["system"]} for t in tranches]
    if ramp:
        first = date.fromisoformat(min(t["start"] for t in tranches)).year
        def covering(year):
            mid = serial(date(year, 7, 1))
            return next((f["system"] for f in flows if f["start"] <= mid < f["end"]), flows[-1]["system"])
        flows = [{"start": serial(date(first + i, 1, 1)), "end": serial(date(first + i + 1, 1, 1)), "gw": F(str(g)), "system": covering(first + i)}
                 for i, g in enumerate(ramp)]
    if system:
        flows = [{**f, "system": system} for f in flows]
    return flows


def oracle_delivered(flow, t):
    if t <= flow["start"]:
        return F(0)
    if t >= flow["end"]:
        return flow["gw"]
    return flow["gw"] * (t - flow["start"]) / (flow["end"] - flow["start"])


def oracle_gw_days(flow, t):
    """∫ delivered dt from the start to t: what a period's energy is made of (GW·days)."""
    if t <= flow["start"]:
        return F(0)
    span = flow["end"] - flow["start"]
    if t <= flow["end"]:
        return flow["gw"] * (t - flow["start"]) ** 2 / (2 * span)
    return flow["gw"] * span / 2 + flow["gw"] * (t - flow["end"])


def oracle_boundaries(start, end, period):
    """Period starts from the one containing `start` through the first after `end`."""
    d = date(1899, 12, 30) + __import__("datetime").timedelta(days=start)
    span = MONTHS[period]
    year, month = d.year, (d.month - 1) // span * span + 1
    out = [serial(date(year, month, 1))]
    k = 1
    while out[-1] <= end:
        m = month - 1 + k * span
        out.append(serial(date(year + m // 12, m % 12 + 1, 1)))
        k += 1
    return out


def oracle_label(b, period):
    return (date(1899, 12, 30) + __import__("datetime").timedelta(days=b)).year if period == "year" else b


def oracle_span(deal, flows):
    days = [d for f in flows for d in (f["start"], f["end"] - 1)] + [iso_serial(e["date"]) for e in deal["events"]]
    return (min(days), max(days)) if days else None


def oracle_schedule(model, deal, measure, c, period, flows, window=None):
    """GW.SCHEDULE(deal, measure, from, to, period, c), from/to the deal's own span unless a window is given;
    None where a figure is unpublished."""
    def factor(f):
        s = model.systems[f["system"]]
        if measure.startswith("gw_"):
            return F(1)
        if measure.startswith("accelerators_"):
            return model.accelerators_per_gw(s, c)
        if measure == "capex":
            return model.capex_per_gw(s, c)
        if measure == "energy":
            return 24 * 1000 * model.assumed("utilization", c)  # MWh per GW·day
        return model.compute_per_gw(s, c, measure.rsplit("_", 1)[0])
    factors = [factor(f) for f in flows]
    if any(x is None for x in factors):
        return None
    amount = oracle_gw_days if measure == "energy" else oracle_delivered
    cumulative = lambda t: sum((amount(f, t) * x for f, x in zip(flows, factors)), F(0))
    start, end = window or oracle_span(deal, flows)
    b = oracle_boundaries(start, end, period)
    rows = [["Year" if period == "year" else "Period start", MEASURE_HEADERS[measure]]]
    for k in range(1, len(b)):
        value = cumulative(b[k]) if measure.endswith("_cumulative") else cumulative(b[k]) - cumulative(b[k - 1])
        rows.append([oracle_label(b[k - 1], period), number(value)])
    return rows


def oracle_payment(deal):
    """How the buyer pays; the first catalog had no `payment`: no tranches meant a licence, a contract price a service."""
    return deal.get("payment") or ("licence" if not deal["tranches"] else "service" if "contractUsdPerGigawatt" in deal else "hardware")


def oracle_spend_per_gw(model, deal, c, flow):
    """USD the buyer pays per GW of a flow: nothing for a licence or equity deal, the contract price where there is
    one, else (hardware) the systems + network capex per GW; None for a service at a price nobody reported."""
    payment = oracle_payment(deal)
    if payment in ("licence", "equity"):
        return F(0)
    if "contractUsdPerGigawatt" in deal:
        return deal["contractUsdPerGigawatt"][c]
    if payment == "service":
        return None
    return oracle_systems_network_per_gw(model, flow, c)


def oracle_systems_network_per_gw(model, flow, c):
    s = model.systems[flow["system"]]
    return model.capex_per_gw(s, c, "systems") + model.capex_per_gw(s, c, "network")


def oracle_flows_table(model, deal, c, period, flows, window=None):
    """GW.FLOWS: vendor investment (per GW delivered + investment events, the running total never above the
    deal's investmentCapUsd), buyer spend by payment (hardware: a contract price per GW where the deal has one,
    else systems + network capex per GW; service: the contract price; licence/equity: nothing per GW;
    + purchase events), net, warrant shares vesting per whole GW delivered (the first at 1 GW, all at
    fullAtGigawatts)."""
    spend_per_gw = lambda f: oracle_spend_per_gw(model, deal, c, f)
    if any(spend_per_gw(f) is None for f in flows):
        return None  # a service at a price nobody reported: GW.FLOWS answers #N/A
    invest_per_gw = deal["investmentPerGigawatt"][c] if "investmentPerGigawatt" in deal else F(0)
    cap = deal["investmentCapUsd"][c] if "investmentCapUsd" in deal else None
    def vested(gw):
        w = deal.get("warrant")
        return F(0) if w is None else w["shares"] * min(gw.numerator // gw.denominator, w["fullAtGigawatts"]) / w["fullAtGigawatts"]
    def events_before(direction, t):
        return sum((e["usd"][c] for e in deal["events"] if e["direction"] == direction and iso_serial(e["date"]) < t), F(0))
    def invested_by(t):
        total = sum((oracle_delivered(f, t) for f in flows), F(0)) * invest_per_gw + events_before("investment", t)
        return total if cap is None else min(total, cap)
    def spent_by(t):
        return sum((oracle_delivered(f, t) * spend_per_gw(f) for f in flows), F(0)) + events_before("purchase", t)
    start, end = window or oracle_span(deal, flows)
    b = oracle_boundaries(start, end, period)
    rows = [["Year" if period == "year" else "Period start", *FLOW_HEADER]]
    for k in range(1, len(b)):
        a, z = b[k - 1], b[k]
        investment = invested_by(z) - invested_by(a)
        spend = spent_by(z) - spent_by(a)
        gw_a = sum((oracle_delivered(f, a) for f in flows), F(0))
        gw_b = sum((oracle_delivered(f, z) for f in flows), F(0))
        rows.append([oracle_label(a, period), number(investment), number(spend), number(spend - investment), number(vested(gw_b) - vested(gw_a))])
    return rows


def oracle_reconcile(model, deal, c, flows):
    """GW.RECONCILE's figures for one deal: each reported item's [deal, item, reported, modelled, ratio] in case c.
    Modelled by the item's measure over the deal's whole life: buyer_spend (per GW at the contract price, or
    systems + network capex for hardware bought without one; none for licence and equity; plus purchase
    events; "" for a service whose price nobody reported), vendor_investment (per GW + investment events,
    capped), systems_capex (systems + network per GW x GW, whoever pays), capex (total per GW x GW), events
    (every dated event, both directions), none (""). The ratio is modelled / reported ("" for a reported 0)."""
    gw = lambda f: f["gw"]
    events = lambda direction: sum((e["usd"][c] for e in deal["events"] if e["direction"] == direction), F(0))
    def buyer_spend():
        per_gw = [oracle_spend_per_gw(model, deal, c, f) for f in flows]
        if any(p is None for p in per_gw):
            return None
        return sum((gw(f) * p for f, p in zip(flows, per_gw)), F(0)) + events("purchase")
    def vendor_investment():
        per_gw = deal["investmentPerGigawatt"][c] if "investmentPerGigawatt" in deal else F(0)
        total = sum((gw(f) for f in flows), F(0)) * per_gw + events("investment")
        return min(total, deal["investmentCapUsd"][c]) if "investmentCapUsd" in deal else total
    measures = {
        "buyer_spend": buyer_spend,
        "vendor_investment": vendor_investment,
        "systems_capex": lambda: sum((gw(f) * oracle_systems_network_per_gw(model, f, c) for f in flows), F(0)),
        "capex": lambda: sum((gw(f) * model.capex_per_gw(model.systems[f["system"]], c) for f in flows), F(0)),
        "events": lambda: events("investment") + events("purchase"),
        "none": lambda: None,
    }
    rows = []
    for item in deal.get("reported", []):
        reported = item["usd"][c]
        modelled = measures[item["modelled"]]()
        ratio = "" if modelled is None or reported == 0 else number(modelled / reported)
        rows.append([deal["key"], item["what"], number(reported), "" if modelled is None else number(modelled), ratio])
    return rows


def oracle_changes(old_version: str, new_version: str):
    """GW.CHANGES: every changed field between two kept versions, from their data files (overlays resolved).
    Items by kind (system, deal, assumption, source), then id; an item in one version only is one row with its
    name (a source: its title) as New or Old; fields flatten to dotted paths ("systemKw.base",
    "tranches[0].end"), an empty list or object being one field ("[]", "{}"); the new document's fields in
    its order, then the fields it dropped; JSON null shows "null", booleans TRUE/FALSE; Source is the source
    of the figure (an object with "base" and a text "source") the field belongs to in the new version."""
    kinds = [
        ("system", lambda v: [json.loads(p.read_text(), parse_float=F, parse_int=F) for p in item_paths(v, "systems")], "key", "name"),
        ("deal", lambda v: [json.loads(p.read_text(), parse_float=F, parse_int=F) for p in item_paths(v, "deals")], "key", "name"),
        ("assumption", lambda v: entries(v, "assumptions.json", "key"), "key", "description"),
        ("source", lambda v: entries(v, "sources.json", "id"), "id", "title"),
    ]
    def show(x):
        if x is None:
            return "null"
        if isinstance(x, bool):
            return "TRUE" if x else "FALSE"
        return number(x) if isinstance(x, F) else x
    def flatten(x, path, source, into):
        if isinstance(x, list):
            if not x:
                into[path] = ("[]", source)
            for i, inner in enumerate(x):
                flatten(inner, f"{path}[{i}]", source, into)
        elif isinstance(x, dict):
            own = x["source"] if "base" in x and isinstance(x.get("source"), str) else source
            if not x:
                into[path] = ("{}", own)
            for key, inner in x.items():
                flatten(inner, key if path == "" else f"{path}.{key}", own, into)
        else:
            into[path] = (show(x), source)
        return into
    rows = []
    for label, items, identity, title in kinds:
        before = {str(i[identity]): i for i in items(old_version)}
        after = {str(i[identity]): i for i in items(new_version)}
        for key in sorted(set(before) | set(after)):
            item = f"{label} {key}"
            old, new = before.get(key), after.get(key)
            if old is None or new is None:
                present = old if old is not None else new
                name = str(present.get(title) if present.get(title) is not None else key)
                rows.append([item, "", "", name, ""] if old is None else [item, "", name, "", ""])
                continue
            a_leaves, b_leaves = flatten(old, "", "", {}), flatten(new, "", "", {})
            for path in [*b_leaves, *[p for p in a_leaves if p not in b_leaves]]:
                a, b = a_leaves.get(path), b_leaves.get(path)
                if a is not None and b is not None and a[0] == b[0] and type(a[0]) is type(b[0]):
                    continue
                rows.append([item, path, a[0] if a else "", b[0] if b else "", b[1] if b else ""])
    return rows


def oracle_tables(version: str):
    cat = oracle_catalog(version)
    systems, deals, assumptions, sources = cat
    base = Model(cat)
    out = {"systems": {}, "deals": {}, "assumptions": {}, "schedule": {}, "flows": {}, "ramp": {}, "scenarios": {}, "reconcile": {}, "changes": {}}

    def cell(figure):
        if figure is None:
            return ""
        if isinstance(figure, dict):
            v = figure["base"]
            return iso_serial(v) if isinstance(v, str) else number(v)
        return figure
    for s in systems.values():
        row = []
        for _, field in SYSTEM_COLUMNS:
            na = field in s.get("notApplicable", {})
            row.append("n/a" if na else cell(s.get(field)))
        out["systems"][s["key"]] = row
    out["systems_header"] = [h for h, _ in SYSTEM_COLUMNS]

    for d in deals:
        flows = oracle_flows(d, "base")
        span = oracle_span(d, flows)
        src = sources.get(d["source"])
        out["deals"][d["key"]] = [d["key"], d["name"], d["buyer"], d["vendor"], number(sum((f["gw"] for f in flows), F(0))),
                                  ", ".join(dict.fromkeys(t["system"] for t in d["tranches"])), span[0], span[1], d["status"],
                                  f"{src['title']} ({src['date'] or 'undated'}) {src['url']}" if src else d["source"],
                                  oracle_payment(d)]
    out["deals_header"] = DEAL_HEADER

    def assumption_rows(model, c):
        rows = [ASSUMPTION_HEADER]
        for a in assumptions.values():
            src = sources.get(a["source"])
            rows.append([a["key"], a["description"], number(a["low"]), number(a["base"]), number(a["high"]), a["unit"], a["kind"],
                         f"{src['title']} ({src['date'] or 'undated'})" if src else a["source"], number(model.assumed(a["key"], c)), simulated_as(a)])
        for a in json.loads(COMPLETION.read_text(), parse_float=F, parse_int=F):
            src = sources.get(a["source"])
            p = js_text(a["base"])
            rows.append([a["key"], a["description"], number(a["low"]), number(a["base"]), number(a["high"]), a["unit"], a["kind"],
                         f"{src['title']} ({src['date'] or 'undated'})" if src else a["source"], number(a["base"]),
                         f"Bernoulli: delivered with probability {p}, else nothing (one draw per deal for all its tranches). {a.get('note', '')}".strip()])
        return rows
    for c in CASES:
        out["assumptions"][c] = assumption_rows(base, c)

    for d in deals:
        if not d["tranches"]:
            continue
        for c in CASES:
            flows = oracle_flows(d, c)
            for measure in MEASURE_HEADERS:
                for period in ("year", "quarter"):
                    out["schedule"][f"{d['key']}|{measure}|{period}|{c}"] = oracle_schedule(base, d, measure, c, period, flows)
    # A window wider than the deal: nothing is added outside it, and installed capacity keeps using energy.
    window = (serial(date(2024, 1, 1)), serial(date(2031, 1, 1)))  # GW.SCHEDULE(deal, measure, 2024, 2031)
    out["schedule_window"] = {}
    for d in deals:
        if d["tranches"]:
            flows = oracle_flows(d, "base")
            for measure in ("gw_added", "gw_cumulative", "capex", "energy"):
                out["schedule_window"][f"{d['key']}|{measure}"] = oracle_schedule(base, d, measure, "base", "year", flows, window)
    for d in deals:
        for c in CASES:
            flows = oracle_flows(d, c)
            for period in ("year", "quarter"):
                out["flows"][f"{d['key']}|{period}|{c}"] = oracle_flows_table(base, d, c, period, flows)

    # GW.RECONCILE (base case, as the function answers) and the same figures in the low and high cases.
    for d in deals:
        if d.get("reported"):
            for c in CASES:
                out["reconcile"][f"{d['key']}|{c}"] = oracle_reconcile(base, d, c, oracle_flows(d, c))

    # GW.CHANGES between every two kept versions, both ways (its whole domain but a version with itself).
    kept = [r["version"] for r in releases()]
    out["changes"] = {f"{a}|{b}": oracle_changes(a, b) for a in kept for b in kept if a != b}

    # GW.RAMP(1, "2027-Q1", "2028-Q2", "quarter", system, c): 1 GW a quarter; capex is of the GW added in each period.
    b = oracle_boundaries(serial(date(2027, 1, 1)), serial(date(2028, 4, 1)), "quarter")
    for s in systems.values():
        for c in CASES:
            rows = [["Period start", "GW added", "GW cumulative", "Accelerators cumulative", "Capex (USD)"]]
            for k in range(1, len(b)):
                rows.append([b[k - 1], 1, k, number(k * base.accelerators_per_gw(s, c)), number(base.capex_per_gw(s, c))])
            out["ramp"][f"{s['key']}|{c}"] = rows

    # Hand-checked scenarios: a case, utilisation and PUE overrides, a price, ramps and a system swap. A ramp keeps
    # each year's system from the tranche active on July 1 (anthropic-amazon-5gw: a Trainium2 tranche ends June 30
    # and a Trainium3 one starts July 1; xai-colossus1: H100 in 2024, GB200 in 2025), else the last tranche's.
    scenario = {"name": "Oracle hot site", "case": "high", "overrides": {"pue": 1.5, "utilization": 0.6, "electricity_usd_per_mwh": 100},
                "rampOverrides": {"openai-amd": [1, 2, 3], "anthropic-amazon-5gw": [1, 2, 3], "xai-colossus1": [0.2, 0.1]}, "systemOverrides": {"meta-amd": "gb300-nvl72"}, "priceOverrides": {"gb200-nvl72": 4000000}}
    hot = Model(cat, scenario["overrides"], scenario["priceOverrides"])
    c = scenario["case"]
    out["scenarios"]["definition"] = scenario
    out["scenarios"]["assumptions"] = assumption_rows(hot, c)
    for d in deals:
        if not d["tranches"]:
            continue
        flows = oracle_flows(d, c, scenario["rampOverrides"].get(d["key"]), scenario["systemOverrides"].get(d["key"]))
        for measure in ("gw_added", "accelerators_cumulative", "capex", "energy"):
            out["scenarios"][f"schedule|{d['key']}|{measure}"] = oracle_schedule(hot, d, measure, c, "year", flows)
        out["scenarios"][f"flows|{d['key']}"] = oracle_flows_table(hot, d, c, "year", flows)
    # A scenario pinned to the first catalog (2026.11.0): its deals had no `payment` (a contract price meant a
    # service, no tranches a licence) and OpenAI–NVIDIA's investment was per GW delivered. GW.FLOWS by year.
    first = releases()[0]["version"]
    if first != version:
        old_cat = oracle_catalog(first)
        old = Model(old_cat)
        out["pinned"] = {"definition": {"name": "Pinned to the first catalog", "case": "base", "overrides": {}, "rampOverrides": {},
                                        "systemOverrides": {}, "priceOverrides": {}, "catalogVersion": first}}
        for d in old_cat[1]:
            for c in CASES:
                out["pinned"][f"flows|{d['key']}|{c}"] = oracle_flows_table(old, d, c, "year", oracle_flows(d, c))
    out["scenarios"]["capacity"] = {
        key: {"accelerators": number(hot.accelerators_per_gw(s, c)), "capex": number(hot.capex_per_gw(s, c)),
              "energy_mwh": number(1000 * 8760 * hot.assumed("utilization", c))}
        for key, s in systems.items()
    }
    return out


def main() -> None:
    if "--plans-stdout" in sys.argv:
        sys.stdout.write(json.dumps(golden_plans(), indent=1) + "\n")
        return
    text = json.dumps(tables(current_version()), indent=1) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        (ROOT / "test" / "fixtures" / "schedules.json").write_text(text)


# --- GW.PLAN: independent tables for tranche plans (test/fixtures/plans.json) -----------------------
# Each tranche delivers G·F(u) by the fraction u of its span [start, end + 1 day): even F(u) = u,
# front_loaded F(u) = 1 - (1 - u)^2, back_loaded F(u) = u^2, weighted by its probability. Energy is the
# integral of delivered GW over time, taken here by integrating the polynomial F term by term (the
# TypeScript model uses closed forms per shape). Per-GW factors are read from the current catalog's
# system files (base case): accelerators per GW = 1e6 kW / (system kW / accelerators x 1.1 IT overhead x 1.2 PUE).
PLAN_SHAPES = {  # F(u) as polynomial coefficients c0 + c1 u + c2 u^2
    "even": [F(0), F(1), F(0)],
    "front_loaded": [F(0), F(2), F(-1)],
    "back_loaded": [F(0), F(0), F(1)],
}
def read_plan_systems(keys):
    """key: (system kW, accelerators per system, FP8 PFLOPS dense), base case, parsed exactly."""
    out = {}
    for key in keys:
        path = next(p for p in item_paths(current_version(), "systems") if p.name == f"{key}.json")
        system = json.loads(path.read_text(), parse_float=F, parse_int=F)
        out[key] = (system["systemKw"]["base"], system["acceleratorsPerSystem"]["base"], system["fp8Pflops"]["base"])
    return out


PLAN_SYSTEMS = read_plan_systems(["gb300-nvl72", "vera-rubin-nvl72", "mi450-helios"])
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
    if not any(arg.endswith("stdout") for arg in sys.argv):
        write_golden_plans()
