/**
 * The float fast path equals the exact result to Excel's precision: for every system, case and a wide
 * spread of inputs, what the function Excel calls answers (`value × factor` in doubles) lies within half
 * a unit of the 15th significant digit of the exact product. The exact side is an independent
 * restatement of the README's formulas from the catalog's figures, in a 60-digit Decimal of its own —
 * not the model's factor — so a wrong factor fails here as surely as a wrong rounding.
 */
import DecimalBase from "decimal.js";
import fc from "fast-check";
import { ASSUMPTIONS, SYSTEMS, CASES, type Case, type SystemSpec } from "../../src/model/catalog";
import { SMALLEST_NORMAL } from "../../src/functions/coerce";
import { loadRegistered, valueOf } from "../helpers/registered";

const X = DecimalBase.clone({ precision: 60 });
type X = InstanceType<typeof X>;
const excel = loadRegistered("src");
const call = (id: string, ...args: unknown[]) => valueOf(excel, id, ...args) as number;

const OPPOSITE: Record<Case, Case> = { low: "high", base: "base", high: "low" };
const A = (key: string, c: Case): X => new X(ASSUMPTIONS.find((a) => a.key === key)![c]);
const f = (figure: { low: number; base: number; high: number }, c: Case): X => new X(figure[c]);

/** kW per accelerator at case c: system kW ÷ accelerators (other end) × (1 + IT overhead) [× PUE]. */
function kw(s: SystemSpec, c: Case, basis: string, pue?: number): X {
  const it = f(s.systemKw, c).div(f(s.acceleratorsPerSystem, OPPOSITE[c])).times(A("it_overhead", c).plus(1));
  return basis === "facility" ? it.times(pue !== undefined ? new X(pue) : A("pue", c)) : it;
}
const acceleratorsPerGw = (s: SystemSpec, c: Case, basis = "facility", pue?: number) => new X(1e6).div(kw(s, OPPOSITE[c], basis, pue));
function capexPerGw(s: SystemSpec, scope: string, c: Case): X {
  const systems = acceleratorsPerGw(s, c).div(f(s.acceleratorsPerSystem, OPPOSITE[c])).times(f(s.pricePerSystemUsd, c));
  const network = systems.times(A("network_capex_share", c));
  const facility = A("facility_capex_per_mw", c).times(1000);
  return ({ accelerators: acceleratorsPerGw(s, c).times(f(s.pricePerAcceleratorUsd, c)), systems, network, facility,
    total: systems.plus(network).plus(facility) } as Record<string, X>)[scope];
}

/** |fast − exact| ≤ ½ unit in the 15th significant digit of exact; below Excel's range both are 0. */
function agreesTo15Digits(fast: number, exact: X): boolean {
  if (exact.abs().lt(SMALLEST_NORMAL)) return fast === 0;
  const halfUnit = new X(10).pow(exact.abs().log(10).floor().minus(14)).div(2);
  return new X(fast).minus(exact).abs().lte(halfUnit);
}

// Excel's numbers are normal doubles (below 2.2e-308 it stores 0); from 1e-290 up, no product underflows.
const magnitude = fc.oneof(
  fc.double({ min: 1e-290, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 1e-9, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }),
);
const systemArb = fc.constantFrom(...SYSTEMS);
const caseArb = fc.constantFrom(...CASES);
const pueArb = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined });
const RUNS = { numRuns: 3000, seed: 20261125 };

test("ACCELERATORS and GIGAWATTS", () => {
  fc.assert(fc.property(magnitude, systemArb, caseArb, pueArb, fc.constantFrom("facility", "it"), (x, s, c, pue, basis) => {
    const accelerators = call("ACCELERATORS", x, s.key, pue ?? null, basis, c);
    const gigawatts = call("GIGAWATTS", x, s.key, pue ?? null, basis, c);
    return agreesTo15Digits(accelerators, new X(x).times(acceleratorsPerGw(s, c, basis, pue))) &&
      agreesTo15Digits(gigawatts, new X(x).times(kw(s, c, basis, pue)).div(1e6));
  }), RUNS);
});

test("CAPEX for every scope", () => {
  fc.assert(fc.property(magnitude, systemArb, caseArb, fc.constantFrom("accelerators", "systems", "network", "facility", "total"), (x, s, c, scope) =>
    agreesTo15Digits(call("CAPEX", x, s.key, scope, c), new X(x).times(capexPerGw(s, scope, c)))), RUNS);
});

test("ENERGY", () => {
  const per: Record<string, number> = { MWh: 1, GWh: 1e3, TWh: 1e6 };
  fc.assert(fc.property(magnitude, fc.double({ min: 1e-290, max: 1, noNaN: true }), fc.constantFrom("MWh", "GWh", "TWh"), (x, u, unit) =>
    agreesTo15Digits(call("ENERGY", x, u, unit), new X(x).times(1000).times(8760).times(u).div(per[unit]))), RUNS);
});

test("the criterion is not vacuous: a value off by one part in 1e14 fails it", () => {
  const exact = new X("454545.4545454545454545");
  expect(agreesTo15Digits(454545.45454545453, exact)).toBe(true);
  expect(agreesTo15Digits(454545.4545454545 * (1 + 1e-14), exact)).toBe(false);
});
