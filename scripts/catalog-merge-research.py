#!/usr/bin/env python3
"""Merges research drops written in the shared FORMAT (/work/research/FORMAT.md) into one catalog
version's data files: new systems and deals become files, *.patch.json files replace the fields they
name, sources are added by id (ids and URLs kept exactly). Converts the FORMAT's conventions to the
schema's: {"notApplicable": why} → null + notApplicable[field]; "<field>Note" → fieldNotes[field];
"published" → date, "read_via" → readVia; tranche months → first / last day. Run `npm run catalog`
afterwards: the schema decides what stays. Usage: catalog-merge-research.py <research dir> <version>"""
import calendar
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURE_FIELDS = {"acceleratorsPerSystem", "chipTdpKw", "systemKw", "hbmGb", "sramGb", "bf16Pflops", "fp8Pflops", "fp4Pflops",
                 "available", "pricePerAcceleratorUsd", "pricePerSystemUsd"}
NOTE_FIELD = {"naming": "name", "fp8": "fp8Pflops", "model": "acceleratorsPerSystem"}
MODELLED = {"deal_value": "buyer_spend", "contract_value": "buyer_spend", "chip_spend": "capex", "revenue": "buyer_spend",
            "investment_cap": "vendor_investment", "equity_stake": "vendor_investment", "prepayment": "none", "licence_fee": "events"}


def system_fields(target: dict, patch: dict) -> None:
    for field, value in patch.items():
        if field == "key":
            target["key"] = value
            continue
        if field.endswith("Note") and field[:-4] not in ("",):
            name = field[:-4]
            target.setdefault("fieldNotes", {})[NOTE_FIELD.get(name, name)] = value
        elif isinstance(value, dict) and "notApplicable" in value:
            target[field] = None
            target.setdefault("notApplicable", {})[field] = value["notApplicable"]
        else:
            target[field] = value
            if value is not None and target.get("notApplicable", {}).pop(field, None) is not None and not target["notApplicable"]:
                del target["notApplicable"]


def day(text: str, end: bool) -> str:
    if len(text) == 10:
        return text
    year, month = int(text[:4]), int(text[5:7])
    return f"{text}-{calendar.monthrange(year, month)[1] if end else 1:02d}"


def deal_fields(deal: dict) -> dict:
    for t in deal["tranches"]:
        t["start"], t["end"] = day(t["start"], False), day(t["end"], True)
    reported = []
    for r in deal.get("reported", []):
        if r.get("usd") is None:
            deal["note"] = (deal.get("note", "") + f" Reported {r['what']} without an amount: {r.get('note', '')} {r.get('usdNote', '')}").strip()
            continue
        item = {k: r[k] for k in ("what", "usd", "date", "source", "note") if k in r}
        item["modelled"] = MODELLED[r["what"]]
        reported.append(item)
    deal["reported"] = reported
    return deal


def source(entry: dict) -> dict:
    out = {"id": entry["id"], "title": entry["title"], "url": entry["url"], "date": entry.get("published")}
    for key, name in (("publisher", "publisher"), ("primary", "primary"), ("accessed", "accessed"), ("read_via", "readVia"), ("language", "language")):
        if entry.get(key) is not None:
            out[name] = entry[key]
    notes = [n for n in (entry.get("note"), entry.get("publishedNote")) if n]
    if notes:
        out["note"] = " ".join(notes)
    return out


def main() -> None:
    research, version = Path(sys.argv[1]), sys.argv[2]
    data = ROOT / "src" / "model" / "catalog" / "data" / version
    for path in sorted((research / "systems").glob("*.json")):
        value = json.loads(path.read_text())
        target_path = data / "systems" / f"{value['key']}.json"
        target = json.loads(target_path.read_text()) if path.name.endswith(".patch.json") else {}
        system_fields(target, value)
        target_path.write_text(json.dumps(target, indent=2, ensure_ascii=False) + "\n")
    for path in sorted((research / "deals").glob("*.json")):
        value = deal_fields(json.loads(path.read_text()))
        target_path = data / "deals" / f"{value['key']}.json"
        if target_path.exists():
            old = json.loads(target_path.read_text())
            for keep in ("investmentPerGigawatt", "contractUsdPerGigawatt", "warrant", "events"):
                if keep in old and keep not in value:
                    value[keep] = old[keep]
        value.setdefault("events", [])
        target_path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
    sources_path = data / "sources.json"
    sources = json.loads(sources_path.read_text())
    known = {s["id"] for s in sources}
    for path in sorted((research / "sources").glob("*.json")):
        for entry in json.loads(path.read_text()):
            if entry["id"] not in known:
                sources.append(source(entry))
                known.add(entry["id"])
    sources_path.write_text(json.dumps(sources, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
