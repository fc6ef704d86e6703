/**
 * Sanity against the public claims in the reference notes (§3): the model's base case lands inside
 * each claim's stated range. These are checks of the catalog's calibration, not of arithmetic.
 */
import { loadRegistered, valueOf } from "../helpers/registered";

// The functions Excel calls, associated by the bundle's entry module (test/helpers/registered.ts).
const excel = loadRegistered("src");
const gw = (id: string, ...args: unknown[]): number => valueOf(excel, id, ...args) as number;

test("Huang: 10 GW ≈ 4–5 million GPUs (GB200 class, facility power)", () => {
  const count = gw("ACCELERATORS", 10, "GB200");
  expect(count).toBeGreaterThanOrEqual(4e6);
  expect(count).toBeLessThanOrEqual(5e6);
  // …which is 2.0–2.5 kW per GPU all-in
  const kw = gw("POWER", "GB200");
  expect(kw).toBeGreaterThanOrEqual(2.0);
  expect(kw).toBeLessThanOrEqual(2.5);
});

test("Huang / Thinking Machines: ~$50B per GW of Vera Rubin all-in (we accept $40–60B)", () => {
  const usd = gw("CAPEX", 1, "Vera Rubin");
  expect(usd).toBeGreaterThanOrEqual(40e9);
  expect(usd).toBeLessThanOrEqual(60e9);
});

test("Huang: ~$35B of NVIDIA content per GW (systems + network, Vera Rubin; we accept $30–40B)", () => {
  const usd = gw("CAPEX", 1, "Vera Rubin", "systems") + gw("CAPEX", 1, "Vera Rubin", "network");
  expect(usd).toBeGreaterThanOrEqual(30e9);
  expect(usd).toBeLessThanOrEqual(40e9);
});

test("UBS: Blackwell ≈ $24B of NVIDIA revenue per GW (systems only; we accept $20–28B)", () => {
  const usd = gw("CAPEX", 1, "GB200", "systems");
  expect(usd).toBeGreaterThanOrEqual(20e9);
  expect(usd).toBeLessThanOrEqual(28e9);
});

test("Abilene: 1.2 GW ↔ ~400k GB200, at our low end (within 5%)", () => {
  const low = gw("ACCELERATORS", 1.2, "GB200", null, null, "low");
  const high = gw("ACCELERATORS", 1.2, "GB200", null, null, "high");
  expect(Math.abs(low / 400000 - 1)).toBeLessThanOrEqual(0.05);
  expect(high).toBeGreaterThan(400000);
});

test("Anthropic: up to 1M TPUs is 'well over' a gigawatt", () => {
  expect(gw("GIGAWATTS", 1e6, "TPU v7")).toBeGreaterThan(1.2);
});

test("Cerebras: 750 MW at ~23 kW per CS-3 ≈ 32,600 systems before PUE and overhead", () => {
  expect(Math.round(750000 / gw("POWER", "CS-3", "system"))).toBe(32609);
});

test("Rack power per GPU: GB200 NVL72 ≈ 1.67 kW, GB300 ≈ 1.83 kW, Rubin Ultra ≈ 4.2 kW per package", () => {
  expect(gw("POWER", "GB200", "system")).toBeCloseTo(1.667, 3);
  expect(gw("POWER", "GB300", "system")).toBeCloseTo(1.833, 3);
  expect(gw("POWER", "Rubin Ultra", "system")).toBeCloseTo(4.167, 3);
});
