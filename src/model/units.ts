import { Dec } from "./decimal";

/** Exact unit factors, built once: the hot paths multiply by these instead of re-deriving them. */
export const KW_PER_GW = new Dec(1e6);
export const MW_PER_GW = new Dec(1e3);
export const KW_PER_MW = new Dec(1e3);
/** A planning year of 365 days; Excel users compare with annual reports that use the same. */
export const HOURS_PER_YEAR = new Dec(8760);

export type EnergyUnit = "MWh" | "GWh" | "TWh";
export const MWH_PER: Readonly<Record<EnergyUnit, Dec>> = {
  MWh: new Dec(1),
  GWh: new Dec(1e3),
  TWh: new Dec(1e6),
};
