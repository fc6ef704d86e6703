/**
 * The float fast path equals the decimal path to Excel's precision: for every system, case and a
 * wide spread of inputs, `value × factor` in doubles lies within half a unit of the 15th significant
 * digit of the product computed in decimal (34 digits) from the model's exact factor.
 */
import fc from "fast-check";
import { SYSTEMS, CASES } from "../../src/model/catalog";
import { acceleratorsPerGigawatt, capexPerGigawatt, CAPEX_SCOPES, gigawattsPerAccelerator } from "../../src/model/capacity";
import { energyPerGigawattYear } from "../../src/model/energy";
import { Dec } from "../../src/model/decimal";
import { NO_OVERRIDES } from "../../src/model/assumptions";
import { ACCELERATORS, CAPEX, GIGAWATTS } from "../../src/functions/capacity";
import { ENERGY } from "../../src/functions/energy";
import { invoke } from "../../src/functions/define";
import { SMALLEST_NORMAL } from "../../src/functions/coerce";

/** |fast − exact| ≤ ½ unit in the 15th significant digit of exact; below Excel's range both are 0. */
function agreesTo15Digits(fast: number, exact: InstanceType<typeof Dec>): boolean {
  if (exact.abs().lt(SMALLEST_NORMAL)) return fast === 0;
  const halfUnit = new Dec(10).pow(exact.abs().log(10).floor().minus(14)).div(2);
  return new Dec(fast).minus(exact).abs().lte(halfUnit);
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
  fc.assert(fc.property(magnitude, systemArb, caseArb, pueArb, fc.constantFrom("facility", "it" as const), (x, system, c, pue, basis) => {
    const options = { case: c, overrides: NO_OVERRIDES, pue };
    const fast = invoke(ACCELERATORS, [x, system.key, pue ?? null, basis, c, null]) as number;
    const exact = new Dec(x).times(acceleratorsPerGigawatt(system, basis, options));
    const back = invoke(GIGAWATTS, [x, system.key, pue ?? null, basis, c, null]) as number;
    const exactBack = new Dec(x).times(gigawattsPerAccelerator(system, basis, options));
    return agreesTo15Digits(fast, exact) && agreesTo15Digits(back, exactBack);
  }), RUNS);
});

test("CAPEX for every scope", () => {
  fc.assert(fc.property(magnitude, systemArb, caseArb, fc.constantFrom(...CAPEX_SCOPES), (x, system, c, scope) => {
    const fast = invoke(CAPEX, [x, system.key, scope, c, null]) as number;
    return agreesTo15Digits(fast, new Dec(x).times(capexPerGigawatt(system, scope, { case: c, overrides: NO_OVERRIDES })));
  }), RUNS);
});

test("ENERGY", () => {
  fc.assert(fc.property(magnitude, fc.double({ min: 1e-290, max: 1, noNaN: true }), fc.constantFrom("MWh", "GWh", "TWh" as const), (x, u, unit) => {
    const fast = invoke(ENERGY, [x, u, unit, null]) as number;
    return agreesTo15Digits(fast, new Dec(x).times(energyPerGigawattYear(new Dec(u), unit)));
  }), RUNS);
});

test("the criterion is not vacuous: a value off by one part in 1e14 fails it", () => {
  const exact = new Dec("454545.4545454545454545");
  expect(agreesTo15Digits(454545.45454545453, exact)).toBe(true);
  expect(agreesTo15Digits(454545.4545454545 * (1 + 1e-14), exact)).toBe(false);
});
