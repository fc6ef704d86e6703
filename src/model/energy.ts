/** Annual energy, electricity opex and TCO per accelerator-hour, exact in decimal. */
import { type Case, type Catalog, type SystemSpec } from "./catalog";
import { assumed, opposite, pick, type Overrides } from "./assumptions";
import { itKwPerAccelerator, systemPrice } from "./capacity";
import { Dec, ONE } from "./decimal";
import { HOURS_PER_YEAR, MW_PER_GW, MWH_PER, type EnergyUnit, KW_PER_MW } from "./units";

export const ENERGY_UNITS: readonly EnergyUnit[] = ["MWh", "GWh", "TWh"];

/** Energy per year of one GW of facility capacity at the given average utilisation, in `unit`. */
export function energyPerGigawattYear(utilization: Dec, unit: EnergyUnit): Dec {
  return MW_PER_GW.times(HOURS_PER_YEAR).times(utilization).div(MWH_PER[unit]);
}

/** USD of electricity per year for one GW of facility capacity. */
export function opexPerGigawattYear(usdPerMwh: Dec, utilization: Dec): Dec {
  return energyPerGigawattYear(utilization, "MWh").times(usdPerMwh);
}

export interface TcoOptions {
  readonly case: Case;
  readonly overrides: Overrides;
  readonly usdPerMwh?: number;
  readonly utilization?: number;
  readonly prices?: Readonly<Record<string, number>>;
  /** The catalog version whose assumptions apply (a scenario's pinned version); default the current one. */
  readonly catalog?: Catalog;
}

/**
 * USD per accelerator-hour: straight-line depreciation of IT (systems + network) and facility capex,
 * plus electricity at facility power × utilisation. Lives are in the denominator, so they are taken
 * at the opposite case.
 */
export function tcoPerAcceleratorHour(system: SystemSpec, options: TcoOptions): Dec {
  const c = options.case;
  const o = options.overrides;
  const k = options.catalog;
  const itCapex = systemPrice(system, c, options.prices)
    .div(pick(system.acceleratorsPerSystem, opposite(c)))
    .times(ONE.plus(assumed("network_capex_share", c, o, k)));
  const facilityKw = itKwPerAccelerator(system, c, o, k).times(assumed("pue", c, o, k));
  const facilityCapex = facilityKw.div(KW_PER_MW).times(assumed("facility_capex_per_mw", c, o, k));
  const itHours = assumed("it_life_years", opposite(c), o, k).times(HOURS_PER_YEAR);
  const facilityHours = assumed("facility_life_years", opposite(c), o, k).times(HOURS_PER_YEAR);
  const utilization = options.utilization !== undefined ? new Dec(options.utilization) : assumed("utilization", c, o, k);
  const price = options.usdPerMwh !== undefined ? new Dec(options.usdPerMwh) : assumed("electricity_usd_per_mwh", c, o, k);
  const electricity = facilityKw.div(KW_PER_MW).times(utilization).times(price);
  return itCapex.div(itHours).plus(facilityCapex.div(facilityHours)).plus(electricity);
}
