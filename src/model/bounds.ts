/**
 * The one home of the bounds every input must respect, whether it arrives as a function argument
 * (src/functions declares its parameters with these) or as a scenario value (src/model/scenario.ts
 * validates stored scenarios with these). Inclusive; a value outside is a typo, not a plan.
 */
import type { AssumptionKey } from "./catalog";

export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** A million GW is ~500 times the world's power plants: beyond it, a typo. */
export const GIGAWATTS: Bounds = { min: 0, max: 1e6 };

/** Accelerators in one argument: a trillion is far beyond any fleet. */
export const ACCELERATOR_COUNT: Bounds = { min: 0, max: 1e12 };

/** Each planning assumption, as a formula argument or a scenario override. */
export const ASSUMPTION_BOUNDS: Readonly<Record<AssumptionKey, Bounds>> = {
  pue: { min: 1, max: 5 },
  it_overhead: { min: 0, max: 2 },
  network_capex_share: { min: 0, max: 2 },
  facility_capex_per_mw: { min: 0, max: 1e9 },
  utilization: { min: 0, max: 1 },
  electricity_usd_per_mwh: { min: 0, max: 1e5 },
  it_life_years: { min: 0.5, max: 50 },
  facility_life_years: { min: 1, max: 100 },
};

/** GW a scenario's ramp adds in one year of one deal. */
export const RAMP_GW_PER_YEAR: Bounds = { min: 0, max: 1000 };

/** A scenario's price for one accelerator or system, in USD. */
export const PRICE_USD: Bounds = { min: 0, max: 1e10 };
