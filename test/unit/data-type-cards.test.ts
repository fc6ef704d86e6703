/**
 * GW.SYSTEM and GW.DEAL as Excel shows them where the host supports data types (CustomFunctionsRuntime
 * 1.4): entity cards whose properties carry each figure's base value, number format, range and source.
 * Called the way Excel calls them (test/helpers/registered.ts, the source realm, so a mutation run sees
 * src/functions/entities.ts), with a global `Office` that reports the requirement set.
 *
 * The expected values are read from the catalog's data files (src/model/catalog/data/<version>/, the
 * current version laid over the one it is based on), never through the model; the card's layout and
 * property names are the shape documented in entities.ts and typed by Excel.EntityCellValue.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { resetDataTypeSupport } from "../../src/functions/cell-values";
import { officeHost } from "../helpers/office-host";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";

// ---- the data files, read raw ------------------------------------------------------------------

const DATA = path.resolve(__dirname, "../../src/model/catalog/data");
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(path.join(DATA, ...parts), "utf8"));

interface RawFigure { low: number | string; base: number | string; high: number | string; unit: string; kind: string; source: string; note?: string }
interface RawSource { id: string; title: string; url: string; date: string | null }
interface RawSystem { key: string; name: string; vendor: string; family: string; acceleratorUnit: string; notApplicable?: Record<string, string>; [field: string]: unknown }
interface RawTranche { start: string; end: string; gigawatts: { low: number; base: number; high: number }; system: string; status: string }
interface RawReported { what: string; usd: { base: number }; date: string; modelled: string; explanation?: string }
interface RawDeal {
  key: string; name: string; buyer: string; vendor: string; status: string; announced: string; payment?: string; mechanics?: string;
  note: string; source: string; tranches: RawTranche[]; reported?: RawReported[];
}

/** The versions GW.SYSTEM and GW.DEAL read, newest first: the current release, then what it overlays. */
const releases = readJson("versions.json") as { version: string; basedOn?: string }[];
const chain: string[] = [];
for (let r: (typeof releases)[number] | undefined = releases[releases.length - 1]; r !== undefined; r = releases.find((x) => x.version === r!.basedOn)) {
  chain.push(r.version);
}

/** Every item of a kind as the current version has it: an overlay's file replaces its predecessor's. */
function rawItems<T extends { key: string }>(kind: "systems" | "deals"): Map<string, T> {
  const items = new Map<string, T>();
  for (const version of chain) {
    for (const file of readdirSync(path.join(DATA, version, kind))) {
      const item = readJson(version, kind, file) as T;
      if (!items.has(item.key)) items.set(item.key, item);
    }
  }
  return items;
}
const SYSTEMS = rawItems<RawSystem>("systems");
const DEALS = rawItems<RawDeal>("deals");

/** Sources by id, the current version's entry first. */
const SOURCES = new Map<string, RawSource>();
for (const version of chain) for (const s of readJson(version, "sources.json") as RawSource[]) if (!SOURCES.has(s.id)) SOURCES.set(s.id, s);
const rawSource = (id: string): RawSource | undefined => SOURCES.get(id);

/** Excel's 1900 date system from 1900-03-01 on: days since 1899-12-30; a "YYYY-MM" catalog date is the month's first day. */
function serial(iso: string): number {
  const [y, m, d = 1] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

// ---- the documented card shape ----------------------------------------------------------------

/** Card label of each figure (the SPEC field's name on the card) and its data file field. */
const FIGURES: readonly (readonly [label: string, field: string])[] = [
  ["Accelerators per system", "acceleratorsPerSystem"], ["Chip TDP", "chipTdpKw"], ["System power", "systemKw"], ["HBM", "hbmGb"],
  ["SRAM", "sramGb"], ["FP8 dense", "fp8Pflops"], ["FP4 dense", "fp4Pflops"], ["Price per accelerator", "pricePerAcceleratorUsd"],
  ["Price per system", "pricePerSystemUsd"], ["Available", "available"], ["BF16 dense", "bf16Pflops"],
];

/** Excel number formats (en-US syntax) by catalog unit, as entities.ts documents them. */
const FORMAT: Readonly<Record<string, string>> = {
  count: "#,##0", kW: '#,##0.0##" kW"', GB: '#,##0" GB"', PFLOPS: '#,##0.0##" PFLOPS"', USD: '"$"#,##0', GW: '#,##0.0##" GW"', date: "yyyy-mm-dd",
};

const KIND: Readonly<Record<string, string>> = {
  reported: "Reported", derived: "Derived", unconfirmed: "Reported, unconfirmed", assumption: "Gigawatt assumption",
};

/** "Title (date)", or "(undated)" where the source page shows no date (as GW.SOURCE says it). */
const sourceName = (s: RawSource) => `${s.title} (${s.date ?? "undated"})`;

/** Attribution of a cited source: its name and, where it has one, its address. */
function attribution(id: string): Excel.CellValueAttributionAttributes[] {
  const s = rawSource(id)!;
  return [s.url ? { sourceText: sourceName(s), sourceAddress: s.url } : { sourceText: sourceName(s) }];
}

/** A figure's sublabel: its range when low ≠ high (numbers with en-US separators, dates as written), then its citation. */
function sublabel(f: RawFigure): string {
  const shown = (v: number | string) => (typeof v === "string" ? v : new Intl.NumberFormat("en-US").format(v));
  const s = rawSource(f.source)!;
  const range = f.low === f.high ? "" : `range ${shown(f.low)} to ${shown(f.high)}; `;
  return `${range}${KIND[f.kind]}: ${sourceName(s)}${s.url ? " " + s.url : ""}${f.note ? " — " + f.note : ""}`;
}

// ---- the host -------------------------------------------------------------------------------------

const excel = loadRegistered("src");
const card = (id: "SYSTEM" | "DEAL", arg: unknown) => valueOf(excel, id, arg) as Excel.EntityCellValue;
type Property = Excel.EntityPropertyType & { propertyMetadata?: Excel.CellValuePropertyMetadata };
const prop = (c: Excel.EntityCellValue, name: string) => c.properties![name] as Property;

function useOffice(office: unknown): void {
  (globalThis as { Office?: unknown }).Office = office;
  resetDataTypeSupport(); // the decision is made once per runtime: a new host is a new runtime
}

beforeEach(() => useOffice(officeHost({ CustomFunctionsRuntime: "1.4", ExcelApi: "1.19" })));
afterEach(() => {
  // Leave the runtime as the other test files expect it: no Office, nothing decided.
  delete (globalThis as { Office?: unknown }).Office;
  resetDataTypeSupport();
});

// ---- GW.SYSTEM -------------------------------------------------------------------------------------

describe("GW.SYSTEM's card", () => {
  test("GB300: text fields as text, each figure its base value, unit format, range and cited source", () => {
    const gb300 = card("SYSTEM", "GB300");
    expect(gb300.type).toBe("Entity");
    expect(gb300.text).toBe("NVIDIA GB300 NVL72 (Blackwell Ultra)");
    // 2026.11.2/systems/gb300-nvl72.json: the key other functions read back, and the descriptive fields.
    expect(prop(gb300, "Key")).toStrictEqual({ type: "String", basicValue: "gb300-nvl72" });
    expect(prop(gb300, "Name")).toStrictEqual({ type: "String", basicValue: "NVIDIA GB300 NVL72 (Blackwell Ultra)" });
    expect(prop(gb300, "Vendor")).toStrictEqual({ type: "String", basicValue: "NVIDIA" });
    expect(prop(gb300, "Family")).toStrictEqual({ type: "String", basicValue: "Blackwell Ultra" });
    expect(prop(gb300, "Accelerator")).toStrictEqual({ type: "String", basicValue: "GPU" });

    // systemKw { low 132, base 132, high 140, kW, reported, S35 } — S35 in 2026.11.1/sources.json.
    const s35 = "Inside Supermicro GB300 NVL72 (serversimply.com) (2025-06)";
    const s35Url = "https://serversimply.com/blog/inside-supermicro-gb300-nvl72";
    expect(prop(gb300, "System power")).toStrictEqual({
      type: "Double", basicValue: 132, numberFormat: '#,##0.0##" kW"',
      propertyMetadata: {
        sublabel: `range 132 to 140; Reported: ${s35} ${s35Url} — Power shelves 8 × 33 kW = 132 kW; Supermicro quotes 132–140 kW typical.`,
        attribution: [{ sourceText: s35, sourceAddress: s35Url }],
      },
    });
    // acceleratorsPerSystem 72 (low = high: no range), count, the same source, no note.
    expect(prop(gb300, "Accelerators per system")).toStrictEqual({
      type: "Double", basicValue: 72, numberFormat: "#,##0",
      propertyMetadata: { sublabel: `Reported: ${s35} ${s35Url}`, attribution: [{ sourceText: s35, sourceAddress: s35Url }] },
    });
    // pricePerAcceleratorUsd { 40000, 43000, 50000 }: the range with thousands separators; the Epoch
    // source has no date (sources.json "date": null), shown "(undated)" as GW.SOURCE shows it.
    const price = prop(gb300, "Price per accelerator");
    expect(price).toMatchObject({ type: "Double", basicValue: 43000, numberFormat: '"$"#,##0' });
    expect(price.propertyMetadata!.sublabel).toMatch(/^range 40,000 to 50,000; Reported: ai-chip-counts: staging\/chip_types\.csv \(commit 10c28e4\w+\) \(undated\) https:\/\/github\.com\/epoch-research\/.* — Epoch: \$43k per chip\.$/);
    expect(price.propertyMetadata!.attribution).toStrictEqual([{
      sourceText: "ai-chip-counts: staging/chip_types.csv (commit 10c28e48b450bb0acf3c4c53c8d4b2ab38dc47cc) (undated)",
      sourceAddress: "https://github.com/epoch-research/ai-chip-counts/blob/10c28e48b450bb0acf3c4c53c8d4b2ab38dc47cc/staging/chip_types.csv",
    }]);
    // available { "2025-07", "2025-07", "2025-09" }: base 2025-07-01 = DATE(2025,7,1) = 45658 (2025-01-01) + 181 = 45839;
    // the range keeps the catalog's own text.
    const available = prop(gb300, "Available");
    expect(available).toMatchObject({ type: "Double", basicValue: 45839, numberFormat: "yyyy-mm-dd" });
    expect(available.propertyMetadata!.sublabel).toMatch(/^range 2025-07 to 2025-09; Reported: NVIDIA DGX B300 \(undated\) https:\/\/aiwiki\.ai\//);
    // sramGb is null and the file gives no reason it does not apply: not published.
    expect(prop(gb300, "SRAM")).toStrictEqual({ type: "String", basicValue: "not published" });
  });

  test("a figure that does not apply says why; one merely unpublished says so", () => {
    const cs3 = card("SYSTEM", "CS-3");
    // cerebras-cs3.json: hbmGb null with notApplicable.hbmGb; fp8Pflops null without a reason.
    expect(prop(cs3, "HBM")).toStrictEqual({
      type: "String", basicValue: "n/a: WSE-3 has no HBM; its memory is 44 GB of on-wafer SRAM (sramGb), with optional external MemoryX.",
    });
    expect(prop(cs3, "FP8 dense")).toStrictEqual({ type: "String", basicValue: "not published" });
    // chipTdpKw cites "GW", our own assumption: a source without an address.
    expect(prop(cs3, "Chip TDP").propertyMetadata!.attribution).toStrictEqual([{ sourceText: "Gigawatt planning assumption (no public source; see the note) (2026-11-25)" }]);
  });

  test("every system's card agrees with its data file, figure by figure", () => {
    expect(SYSTEMS.size).toBeGreaterThan(20);
    for (const [key, raw] of SYSTEMS) {
      const c = card("SYSTEM", key);
      expect([key, c.text]).toEqual([key, raw.name]);
      expect(prop(c, "Key").basicValue).toBe(key);
      for (const [label, field] of FIGURES) {
        const figure = raw[field] as RawFigure | null;
        const shown = prop(c, label);
        if (figure === null) {
          const why = raw.notApplicable?.[field];
          expect([key, label, shown]).toEqual([key, label, { type: "String", basicValue: why === undefined ? "not published" : `n/a: ${why}` }]);
          continue;
        }
        const base = typeof figure.base === "string" ? serial(figure.base) : figure.base;
        expect([key, label, shown]).toStrictEqual([key, label, {
          type: "Double", basicValue: base, numberFormat: FORMAT[figure.unit],
          propertyMetadata: { sublabel: sublabel(figure), attribution: attribution(figure.source) },
        }]);
      }
    }
  });

  test("the card's layout: the name as title, the identity fields, then every figure under one heading", () => {
    const c = card("SYSTEM", "GB300");
    expect(c.layouts).toStrictEqual({
      card: {
        title: { property: "Name" },
        sections: [
          { layout: "List", properties: ["Key", "Vendor", "Family", "Accelerator"] },
          { layout: "List", title: "Figures (base; range and source below each)", properties: FIGURES.map(([label]) => label) },
        ],
      },
    });
    // Every property the card holds: the five text fields and the eleven figures, nothing else.
    expect(Object.keys(c.properties!).sort()).toEqual(["Key", "Name", "Vendor", "Family", "Accelerator", ...FIGURES.map(([l]) => l)].sort());
    expect(c.provider).toStrictEqual({ description: `Gigawatt catalog ${releases[releases.length - 1].version}` });
  });

  test("a custom system's own figure is the workbook's assumption, attributed to no published source", () => {
    // {"based_on","GB300";"system_kw",150}: one number, so no range; kind assumption, source "custom".
    const c = card("SYSTEM", [["based_on", "GB300"], ["system_kw", 150]]);
    expect(c.text).toBe("NVIDIA GB300 NVL72 (Blackwell Ultra) (custom: system_kw 150)");
    expect(prop(c, "System power")).toStrictEqual({
      type: "Double", basicValue: 150, numberFormat: '#,##0.0##" kW"',
      propertyMetadata: {
        sublabel: "Gigawatt assumption: custom — Set in the workbook (a custom system based on gb300-nvl72).",
        attribution: [{ sourceText: "custom" }],
      },
    });
  });
  test("a custom system's card cannot stand in for its system: #VALUE! instead of the base system's numbers", () => {
    // The card carries only its Key. Read as the base key, GW.ACCELERATORS(1, card) of a GB300 at
    // 264 kW would count GB300's own systems (before this rule it did, silently): the catalog's 132 kW
    // gives twice the accelerators of 264 kW, all else (PUE, utilisation) being equal.
    const range = [["based_on", "GB300"], ["system_kw", 264]];
    const c = card("SYSTEM", range);
    expect(prop(c, "Key")).toStrictEqual({ type: "String", basicValue: "custom:gb300-nvl72" });
    const count = (system: unknown) => (valueOf(excel, "ACCELERATORS", 1, system) as Excel.DoubleCellValue).basicValue as number;
    expect((SYSTEMS.get("gb300-nvl72")!.systemKw as { base: number }).base).toBe(132); // gb300-nvl72.json
    expect(count(range)).toBeCloseTo(count("GB300") / 2, 6);
    const passed = callRegistered(excel, "ACCELERATORS", [1, c]);
    expect(passed.error?.code).toBe("#VALUE!");
    expect(passed.error?.message).toBe(
      `The card "NVIDIA GB300 NVL72 (Blackwell Ultra) (custom: system_kw 264)" is a custom system: its figures are set in the workbook ` +
        "and the card cannot carry them. Pass the range that defines it (based_on and its fields), or the scenario and the custom system's name.",
    );
    // A catalog system's card still reads as its key.
    expect(count(card("SYSTEM", "GB300"))).toBe(count("gb300-nvl72"));
  });
});

// ---- GW.DEAL ------------------------------------------------------------------------------------------

describe("GW.DEAL's card", () => {
  const date = (iso: string) => ({ type: "Double", basicValue: serial(iso), numberFormat: "yyyy-mm-dd" });
  const str = (basicValue: string) => ({ type: "String", basicValue });

  test("OpenAI–AMD: parties, dates, GW with its range, systems, tranches and source", () => {
    const raw = DEALS.get("openai-amd")!;
    const c = card("DEAL", "openai-amd");
    // openai-amd.json; source amd-2025-10-06-openai-6gw.
    const source = "AMD and OpenAI Announce Strategic Partnership to Deploy 6 Gigawatts of AMD GPUs (2025-10-06)";
    expect(c).toStrictEqual({
      type: "Entity",
      text: "OpenAI–AMD (6 GW Instinct)",
      properties: {
        Key: str("openai-amd"), Name: str("OpenAI–AMD (6 GW Instinct)"), Buyer: str("OpenAI"), Vendor: str("AMD"), Status: str("binding"),
        // 2025-10-06 = 45658 (2025-01-01) + 273 (Jan–Sep) + 5 = 45936.
        Announced: { type: "Double", basicValue: 45936, numberFormat: "yyyy-mm-dd" },
        // Tranches 0.3/1/1 and 0/5/5 GW: low 0.3, base 6, high 6.
        GW: { type: "Double", basicValue: 6, numberFormat: '#,##0.0##" GW"', propertyMetadata: { sublabel: "range 0.3 to 6; sum of the tranches" } },
        Systems: str("mi450-helios"), // both tranches, named once
        Source: { ...str(source), propertyMetadata: { attribution: [{ sourceText: source, sourceAddress: "https://ir.amd.com/news-events/press-releases/detail/1260/amd-and-openai-announce-strategic-partnership-to-deploy-6-gigawatts-of-amd-gpus" }] } },
        // The first tranche starts 2026-07-01 = 46023 (2026-01-01) + 181 = 46204; the last ends 2030-09-30 = 47484 (2030-01-01) + 272 = 47756.
        Start: { type: "Double", basicValue: 46204, numberFormat: "yyyy-mm-dd" },
        End: { type: "Double", basicValue: 47756, numberFormat: "yyyy-mm-dd" },
        Payment: str("hardware"),
        Mechanics: str(raw.mechanics!),
        Note: str(raw.note),
        Tranches: {
          type: "Array",
          elements: [
            ["Start", "End", "GW (base)", "System", "Status"].map(str),
            [date("2026-07-01"), date("2026-12-31"), { type: "Double", basicValue: 1, numberFormat: '#,##0.0##" GW"' }, str("mi450-helios"), str("binding")],
            [date("2027-01-01"), date("2030-09-30"), { type: "Double", basicValue: 5, numberFormat: '#,##0.0##" GW"' }, str("mi450-helios"), str("assumption")],
          ],
        },
      },
      layouts: {
        card: {
          title: { property: "Name" },
          // No reported money ("reported": []): no Reconciliation.
          sections: [{ layout: "List", properties: ["Key", "Buyer", "Vendor", "Status", "Announced", "Start", "End", "GW", "Systems", "Payment", "Tranches", "Mechanics", "Note", "Source"] }],
        },
      },
      provider: { description: `Gigawatt catalog ${releases[releases.length - 1].version}` },
    });
  });

  test("OpenAI–AWS: several systems listed once each; reported money as a reconciliation table", () => {
    const raw = DEALS.get("openai-aws")!;
    const c = card("DEAL", "openai-aws");
    expect(prop(c, "Systems")).toStrictEqual(str("gb200-nvl72, gb300-nvl72, trainium3"));
    // Tranches 0.15/0.3/0.6 + 0.15/0.3/0.6 + 1.5/2/2.5 GW: low 1.8, base 2.6, high 3.7.
    expect(prop(c, "GW")).toStrictEqual({ type: "Double", basicValue: 2.6, numberFormat: '#,##0.0##" GW"', propertyMetadata: { sublabel: "range 1.8 to 3.7; sum of the tranches" } });
    expect(raw.reported).toHaveLength(3);
    expect(prop(c, "Reconciliation")).toStrictEqual({
      type: "Array",
      elements: [
        ["Reported", "USD (base)", "Date", "Modelled as", "Explanation"].map(str),
        ...raw.reported!.map((r) => [str(r.what), { type: "Double", basicValue: r.usd.base, numberFormat: '"$"#,##0' }, date(r.date), str(r.modelled), str(r.explanation ?? "")]),
      ],
    });
    expect(c.layouts!.card!.sections![0].properties).toEqual(
      ["Key", "Buyer", "Vendor", "Status", "Announced", "Start", "End", "GW", "Systems", "Payment", "Tranches", "Reconciliation", "Mechanics", "Note", "Source"]);
  });

  test("NVIDIA–Groq, a licence without capacity: zero GW, no systems, no tranches", () => {
    const c = card("DEAL", "nvidia-groq");
    expect(DEALS.get("nvidia-groq")!.tranches).toEqual([]);
    expect(prop(c, "GW")).toStrictEqual({ type: "Double", basicValue: 0, numberFormat: '#,##0.0##" GW"', propertyMetadata: { sublabel: "sum of the tranches" } });
    expect(prop(c, "Systems")).toStrictEqual(str("none (no capacity)"));
    expect(c.properties).not.toHaveProperty("Tranches");
    expect(c.properties).toHaveProperty("Reconciliation");
    expect(c.layouts!.card!.sections![0].properties).not.toContain("Tranches");
  });

  test("every deal's card: its data file's parties, dates, tranches and total base GW", () => {
    for (const [key, raw] of DEALS) {
      const c = card("DEAL", key);
      expect([key, c.text, prop(c, "Key"), prop(c, "Buyer"), prop(c, "Vendor"), prop(c, "Announced")])
        .toStrictEqual([key, raw.name, str(key), str(raw.buyer), str(raw.vendor), date(raw.announced)]);
      const source = rawSource(raw.source)!;
      expect([key, prop(c, "Source")]).toStrictEqual([key, { ...str(sourceName(source)), propertyMetadata: { attribution: attribution(raw.source) } }]);
      // The card's base GW is the tranches' base GW summed (to float precision: 0.1 + 0.2 sums).
      const total = raw.tranches.reduce((sum, t) => sum + t.gigawatts.base, 0);
      expect(Math.abs((prop(c, "GW") as Excel.DoubleCellValue).basicValue - total)).toBeLessThan(1e-9);
      const shown = c.layouts!.card!.sections![0].properties;
      expect(Object.keys(c.properties!).filter((p) => p !== "Name").sort()).toEqual([...shown].sort());
      if (raw.tranches.length > 0) {
        const rows = (prop(c, "Tranches") as Excel.ArrayCellValue).elements.slice(1);
        expect([key, rows.map((r) => [(r[0] as Excel.DoubleCellValue).basicValue, (r[1] as Excel.DoubleCellValue).basicValue, (r[3] as Excel.StringCellValue).basicValue])])
          .toEqual([key, raw.tranches.map((t) => [serial(t.start), serial(t.end), t.system])]);
      }
    }
  });
});

// ---- without data types ------------------------------------------------------------------------------

test("where the host has no data types, GW.SYSTEM and GW.DEAL are their names and a card never leaves", () => {
  useOffice(officeHost({ CustomFunctionsRuntime: "1.3" }));
  expect(callRegistered(excel, "SYSTEM", ["GB300"])).toEqual({ value: "NVIDIA GB300 NVL72 (Blackwell Ultra)" });
  expect(callRegistered(excel, "DEAL", ["openai-amd"])).toEqual({ value: "OpenAI–AMD (6 GW Instinct)" });
});
