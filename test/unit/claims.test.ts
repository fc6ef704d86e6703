/**
 * Cross-checks against independent public figures (test/fixtures/catalog-claims.json, from the
 * research notes): per-accelerator all-in power against research groups' estimates and named sites,
 * and money per GW against public claims. Where claims conflict (Huang's 2.0–2.5 kW against Abilene's
 * 3.0 kW per GB200), the catalog's range must cover both; each claim says where the base sits.
 * Expected values are the public figures, never numbers taken from the code. The functions run as
 * Excel calls them.
 */
import { SOURCES, assumption } from "../../src/model/catalog";
import fixture from "../fixtures/catalog-claims.json";
import { loadRegistered, valueOf } from "../helpers/registered";

// The functions Excel calls, associated by the bundle's entry module (test/helpers/registered.ts).
const excel = loadRegistered("src");
const gw = (id: string, ...args: unknown[]): number => valueOf(excel, id, ...args) as number;

type Estimate = "low" | "base" | "high";

/** The model's value of a claim's quantity for one estimate. */
function modelled(system: string, quantity: string, estimate: Estimate): number {
  switch (quantity) {
    case "facility_kw": return gw("POWER", system, "facility", null, estimate);
    case "it_kw": return gw("POWER", system, "it", null, estimate);
    case "system_kw": return gw("POWER", system, "system", null, estimate);
    case "capex_systems": return gw("CAPEX", 1, system, "systems", estimate);
    case "capex_systems_network": return gw("CAPEX", 1, system, "systems", estimate) + gw("CAPEX", 1, system, "network", estimate);
    case "capex_total": return gw("CAPEX", 1, system, "total", estimate);
    default: throw new Error(`unknown quantity ${quantity}`);
  }
}

describe.each(fixture.claims.map((c) => [c.id, c] as const))("%s", (_id, claim) => {
  test(`${claim.claim} — ${claim.where}`, () => {
    for (const source of claim.sources) expect({ source, known: SOURCES.has(source) }).toEqual({ source, known: true });
    const [low, base, high] = (["low", "base", "high"] as const).map((e) => modelled(claim.system, claim.quantity, e));
    if (claim.check === "covers") {
      const lo = Math.min(low, high);
      const hi = Math.max(low, high);
      const per = (claim as { divideBy?: number }).divideBy ?? 1;
      for (const value of claim.values.map((v) => v / per)) expect({ value, lo, hi, inside: lo <= value && value <= hi }).toEqual({ value, lo, hi, inside: true });
    } else {
      expect({ base, inside: claim.values[0] <= base && base <= claim.values[1] }).toEqual({ base, inside: true });
    }
  });
});

test("Huang (10 GW ≈ 4–5M GPUs) and Abilene (1.2 GW ≈ 400k GB200) both fall inside GW.ACCELERATORS' GB200 range", () => {
  const at = (g: number, e: Estimate) => gw("ACCELERATORS", g, "GB200", null, null, e);
  expect(at(10, "low")).toBeLessThanOrEqual(4e6);
  expect(at(10, "high")).toBeGreaterThanOrEqual(5e6);
  expect(at(10, "base")).toBeGreaterThanOrEqual(4e6);
  expect(at(10, "base")).toBeLessThanOrEqual(5e6);
  expect(at(1.2, "low")).toBeLessThanOrEqual(400000);
  expect(at(1.2, "high")).toBeGreaterThanOrEqual(400000);
});

test("the it_overhead assumption says it is tuned to no single claim, and where Huang and Abilene sit", () => {
  const note = assumption("it_overhead").note;
  expect(note).toMatch(/not tuned to any one claim/);
  expect(note).toMatch(/Huang/);
  expect(note).toMatch(/Abilene/);
});

test("Cerebras: 750 MW at ~23 kW per CS-3 ≈ 32,600 systems before PUE and overhead", () => {
  expect(Math.round(750000 / gw("POWER", "CS-3", "system"))).toBe(32609);
});

test("the CS-3's wafer draws less than the whole system (the chip TDP is not the system power)", () => {
  for (const e of ["low", "base", "high"] as const) expect(gw("POWER", "CS-3", "chip", null, e)).toBeLessThanOrEqual(gw("POWER", "CS-3", "system", null, e));
  expect(gw("POWER", "CS-3", "chip")).toBeLessThan(gw("POWER", "CS-3", "system"));
});

test("Rack power per GPU: GB200 NVL72 120 kW ÷ 72, GB300 132 kW ÷ 72, Rubin Ultra 600 kW ÷ 144 packages", () => {
  expect(gw("POWER", "GB200", "system")).toBeCloseTo(120 / 72, 12);
  expect(gw("POWER", "GB300", "system")).toBeCloseTo(132 / 72, 12);
  expect(gw("POWER", "Rubin Ultra", "system")).toBeCloseTo(600 / 144, 12);
});

test("NVIDIA (CES 2026): Vera Rubin is 35 PF NVFP4 dense for training, 17.5 PF FP8; the 50 PF inference figure stays in the note", () => {
  expect(gw("SPEC", "Vera Rubin", "fp4_pflops")).toBe(35);
  expect(gw("SPEC", "Vera Rubin", "fp4_pflops", "high")).toBe(35);
  expect(gw("SPEC", "Vera Rubin", "fp8_pflops")).toBe(17.5);
  expect(gw("SOURCE", "Vera Rubin", "fp4_pflops")).toMatch(/50 PF/);
});
