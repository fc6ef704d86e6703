/** A scenario: named overrides of the catalog's assumptions, stored in the workbook and shared with it. */
import type { AssumptionKey, Case } from "./catalog";
import type { Overrides } from "./assumptions";

export interface ScenarioData {
  readonly name: string;
  /** Used when a formula leaves `case` empty. */
  readonly case: Case;
  readonly overrides: Overrides;
  /** Per-deal ramp: GW added per year instead of the catalog's ramp, keyed by deal id. */
  readonly rampOverrides: Readonly<Record<string, readonly number[]>>;
}

/** Bounds a scenario value must respect: the same the functions enforce on arguments. */
export const OVERRIDE_BOUNDS: Readonly<Record<AssumptionKey, { min: number; max: number }>> = {
  pue: { min: 1, max: 5 },
  it_overhead: { min: 0, max: 2 },
  network_capex_share: { min: 0, max: 2 },
  facility_capex_per_mw: { min: 0, max: 1e9 },
  utilization: { min: 0, max: 1 },
  electricity_usd_per_mwh: { min: 0, max: 1e5 },
  it_life_years: { min: 0.5, max: 50 },
  facility_life_years: { min: 1, max: 100 },
};
