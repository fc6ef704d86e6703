/** Catalog integrity: the schema holds for every figure, ranges are ordered, names are unambiguous. */
import { readFileSync } from "fs";
import path from "path";
import { ASSUMPTIONS, CATALOG_VERSION, SOURCES, SYSTEMS, SYSTEM_INDEX, type DateFigure, type Figure } from "../../src/model/catalog";
import { ENUMS } from "../../src/model/catalog/types.generated";
import { buildNameIndex, normalizeName } from "../../src/model/names";
import { serialFromCatalogDate } from "../../src/model/spec";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with webpack.config.js
const { readVersion } = require("../../scripts/catalog-validate");

test("a field that does not apply to a design is null in the data, never a figure", () => {
  for (const s of SYSTEMS) {
    for (const field of Object.keys(s.notApplicable ?? {}) as (keyof typeof s)[]) expect({ key: s.key, field, value: s[field] }).toEqual({ key: s.key, field, value: null });
  }
  expect(SYSTEM_INDEX.find("CS-3")!.notApplicable?.hbmGb).toMatch(/no HBM/);
});

const FIGURE_FIELDS = ["acceleratorsPerSystem", "chipTdpKw", "systemKw", "hbmGb", "sramGb", "bf16Pflops", "fp8Pflops", "fp4Pflops", "pricePerAcceleratorUsd", "pricePerSystemUsd"] as const;

const figures: Array<[string, Figure]> = [
  ...SYSTEMS.flatMap((s) => FIGURE_FIELDS.flatMap((f) => (s[f] === null ? [] : [[`${s.key}.${f}`, s[f] as Figure] as [string, Figure]]))),
  ...ASSUMPTIONS.map((a) => [`assumption.${a.key}`, a] as [string, Figure]),
];

test.each(figures)("%s has numbers in order, a kind and a known source", (_name, figure) => {
  for (const end of [figure.low, figure.base, figure.high]) expect(Number.isFinite(end) && end >= 0).toBe(true);
  expect(figure.low <= figure.base && figure.base <= figure.high).toBe(true);
  expect(ENUMS.FigureKind).toContain(figure.kind);
  expect(SOURCES.has(figure.source)).toBe(true);
});

test.each(SYSTEMS.map((s) => [s.key, s.available] as [string, DateFigure]))("%s availability dates are real and ordered", (_key, figure) => {
  const serials = [figure.low, figure.base, figure.high].map(serialFromCatalogDate);
  for (const serial of serials) expect(serial).toBeDefined();
  // A month ("2024-12") covers the whole month: it may end after a day within it.
  const lastDay = (date: string) => (date.length === 7 ? date + "-31" : date);
  expect(figure.low <= lastDay(figure.base) && figure.base <= lastDay(figure.high)).toBe(true);
  expect(SOURCES.has(figure.source)).toBe(true);
});

test("figures that are our own assumptions say why in a note", () => {
  for (const [name, figure] of figures) {
    if (figure.source === "GW" && !name.startsWith("assumption.")) expect({ name, note: figure.note ?? "" }).toEqual({ name, note: expect.stringMatching(/\w{3}/) });
  }
});

test("figures the reference marks UNCONF are never labelled reported", () => {
  expect(SYSTEM_INDEX.find("Vera Rubin")!.systemKw.kind).toBe("unconfirmed");
  expect(SYSTEM_INDEX.find("Vera Rubin")!.chipTdpKw.kind).toBe("unconfirmed");
  expect(SYSTEM_INDEX.find("CS-3")!.pricePerSystemUsd.kind).toBe("unconfirmed");
  expect(SYSTEM_INDEX.find("Groq LPU")!.chipTdpKw.kind).toBe("unconfirmed");
  expect(SYSTEM_INDEX.find("MI450")!.chipTdpKw.kind).toBe("unconfirmed");
});

test("every source has a title, a date and (except our own assumptions) an https URL", () => {
  for (const source of SOURCES.values()) {
    expect(source.title.length).toBeGreaterThan(5);
    // Undated pages (documentation) stay undated: never an invented day.
    if (source.date !== null) expect(serialFromCatalogDate(source.date)).toBeDefined();
    if (source.id !== "GW") expect(source.url).toMatch(/^https?:\/\/[^\s]+$/);
  }
});

test("keys are unique, lower-case and stable in shape", () => {
  const keys = SYSTEMS.map((s) => s.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test("no two systems answer to the same name (key, display name or alias)", () => {
  const owner = new Map<string, string>();
  for (const s of SYSTEMS) {
    for (const name of new Set([s.key, s.name, ...s.aliases].map(normalizeName))) {
      expect({ name, owner: owner.get(name) ?? s.key }).toEqual({ name, owner: s.key });
      owner.set(name, s.key);
    }
  }
});

test("an ambiguous alias is refused when the index is built", () => {
  expect(() => buildNameIndex([{ k: "a" }, { k: "b" }], () => ["Same Name"], (e) => e.k)).toThrow(/ambiguous/);
});

test.each([
  ["GB300", "gb300-nvl72"], ["gb300 nvl72", "gb300-nvl72"], ["Blackwell Ultra", "gb300-nvl72"],
  ["Vera Rubin NVL144", "vera-rubin-nvl72"], ["VR NVL72", "vera-rubin-nvl72"], ["WSE-3", "cerebras-cs3"],
  ["cs3", "cerebras-cs3"], ["Kyber", "rubin-ultra-nvl576"], ["MI455X", "mi450-helios"], ["Ironwood", "tpu-v7-ironwood"],
  ["Groq 3 LPX", "groq-3-lpx"], ["GroqChip", "groq-lpu-v1"], ["Broadcom XPU", "openai-broadcom-xpu"],
])("%s resolves to %s", (name, key) => {
  expect(SYSTEM_INDEX.find(name)?.key).toBe(key);
});

test.each([["GB3000", "GB300"], ["vera rubn", "Vera Rubin"], ["mi3555x", "MI355X"], ["ironwod", "Ironwood"]])("did-you-mean for %s is %s", (typo, suggestion) => {
  expect(SYSTEM_INDEX.find(typo)).toBeUndefined();
  expect(SYSTEM_INDEX.suggestions(typo).map(normalizeName)).toEqual([normalizeName(suggestion)]);
});

test("nothing is suggested for a name close to nothing", () => {
  expect(SYSTEM_INDEX.suggestions("pineapple")).toEqual([]);
});

describe("sources of the current catalog", () => {
  // The current version as its files resolve (an overlay's own files laid over its predecessor's).
  const resolved = readVersion(CATALOG_VERSION) as { systems: Array<[string, unknown]>; deals: Array<[string, unknown]>; assumptions: unknown[] };
  const files = [...resolved.systems, ...resolved.deals].map(([file]) => file);
  const dataText = [...files.map((f) => readFileSync(f, "utf8")), JSON.stringify(resolved.assumptions)].join("\n");
  const claimsText = readFileSync(path.resolve(__dirname, "../fixtures/catalog-claims.json"), "utf8");
  const cited = (text: string, id: string) => new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text);

  test("every citation resolves: each source field names a source in sources.json", () => {
    const missing: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, where));
      else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (k === "source" && typeof v === "string" && !SOURCES.has(v)) missing.push(`${where}: ${v}`);
          walk(v, where);
        }
      }
    };
    for (const file of files) walk(JSON.parse(readFileSync(file, "utf8")), path.basename(file));
    walk(ASSUMPTIONS, "assumptions");
    expect(missing).toEqual([]);
  });

  test("every source is cited by the data (a figure, a note) or by a cross-check claim", () => {
    const uncited = [...SOURCES.keys()].filter((id) => id !== "GW" && !cited(dataText, id) && !cited(claimsText, id));
    expect(uncited).toEqual([]);
  });

  test("no placeholder dates: a day unknown is a month (YYYY-MM), never an invented 1st", () => {
    const firsts = [...SOURCES.values()].filter((s) => s.date !== null && /^\d{4}-\d{2}-01$/.test(s.date)).map((s) => `${s.id} ${s.date}`);
    for (const s of SYSTEMS) for (const end of ["low", "base", "high"] as const) if (/-01$/.test(s.available[end]) && s.available[end].length === 10) firsts.push(`${s.key}.available.${end}`);
    expect(firsts).toEqual([]);
  });

  test("the Epoch chip dataset is cited at a fixed commit", () => {
    for (const s of SOURCES.values()) if (s.url.includes("epoch-research")) expect(s.url).toMatch(/\/blob\/[0-9a-f]{40}\//);
  });
});
