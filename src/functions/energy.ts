/** GW.ENERGY, GW.OPEX, GW.TCO. */
import { assumed } from "../model/assumptions";
import { ENERGY_UNITS, energyPerGigawattYear, opexPerGigawattYear, tcoPerAcceleratorHour } from "../model/energy";
import { Dec } from "../model/decimal";
import { defineFunction, invoke } from "./define";
import { factor } from "./factors";
import { modelOptions } from "./scenarios";
import { caseParam, choiceParam, numberParam, optionalNumberParam, scenarioParam, systemParam } from "./params";

const MAX_GW = 1e6;
const UTILIZATION = { min: 0, max: 1 };
const PRICE = { min: 0, max: 1e5 };

export const ENERGY = defineFunction({
  id: "ENERGY",
  result: "scalar",
  params: [numberParam("gigawatts", { min: 0, max: MAX_GW }), optionalNumberParam("utilization", UTILIZATION), choiceParam("unit", ENERGY_UNITS, "MWh"), scenarioParam()],
  compute(gigawatts, utilization, unit, scenario) {
    const f = factor(["ENERGY", utilization, unit, scenario], () =>
      energyPerGigawattYear(utilization !== undefined ? new Dec(utilization) : assumed("utilization", scenario.case, scenario.overrides), unit));
    return gigawatts * f.fast;
  },
});

export const OPEX = defineFunction({
  id: "OPEX",
  result: "scalar",
  params: [numberParam("gigawatts", { min: 0, max: MAX_GW }), optionalNumberParam("usd_per_mwh", PRICE), optionalNumberParam("utilization", UTILIZATION), scenarioParam()],
  compute(gigawatts, usdPerMwh, utilization, scenario) {
    const f = factor(["OPEX", usdPerMwh, utilization, scenario], () => opexPerGigawattYear(
      usdPerMwh !== undefined ? new Dec(usdPerMwh) : assumed("electricity_usd_per_mwh", scenario.case, scenario.overrides),
      utilization !== undefined ? new Dec(utilization) : assumed("utilization", scenario.case, scenario.overrides)));
    return gigawatts * f.fast;
  },
});

export const TCO = defineFunction({
  id: "TCO",
  result: "scalar",
  params: [systemParam("system"), optionalNumberParam("usd_per_mwh", PRICE), optionalNumberParam("utilization", UTILIZATION), caseParam(), scenarioParam()],
  compute(system, usdPerMwh, utilization, estimate, scenario) {
    const c = estimate ?? scenario.case;
    return factor(["TCO", system, usdPerMwh, utilization, c, scenario], () =>
      tcoPerAcceleratorHour(system, { ...modelOptions(scenario, c), usdPerMwh, utilization })).fast;
  },
});

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell value; the declarations above read it. */

/**
 * Energy a facility draws in a year (8,760 hours) at an average utilisation.
 * @customfunction ENERGY
 * @param {any} gigawatts Facility power in GW (≥ 0).
 * @param {any} [utilization] Average draw as a share of capacity, 0 to 1. Default: the scenario's, else 0.8.
 * @param {any} [unit] "MWh" (default), "GWh" or "TWh".
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns Energy per year in the chosen unit.
 */
export function energy(gigawatts: any, utilization?: any, unit?: any, scenario?: any): number {
  return invoke(ENERGY, [gigawatts, utilization, unit, scenario]) as number;
}

/**
 * Electricity cost of a facility per year in USD.
 * @customfunction OPEX
 * @param {any} gigawatts Facility power in GW (≥ 0).
 * @param {any} [usd_per_mwh] Electricity price in USD per MWh. Default: the scenario's, else 70.
 * @param {any} [utilization] Average draw as a share of capacity, 0 to 1. Default: the scenario's, else 0.8.
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns USD per year.
 */
export function opex(gigawatts: any, usd_per_mwh?: any, utilization?: any, scenario?: any): number {
  return invoke(OPEX, [gigawatts, usd_per_mwh, utilization, scenario]) as number;
}

/**
 * Total cost of ownership per accelerator-hour: IT and facility capex depreciated straight-line, plus electricity.
 * @customfunction TCO
 * @param {any} system System key or alias.
 * @param {any} [usd_per_mwh] Electricity price in USD per MWh. Default: the scenario's, else the catalog's.
 * @param {any} [utilization] Average draw as a share of capacity, 0 to 1. Default: the scenario's, else the catalog's.
 * @param {any} [estimate] "low", "base" (default) or "high".
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns USD per accelerator-hour.
 */
export function tco(system: any, usd_per_mwh?: any, utilization?: any, estimate?: any, scenario?: any): number {
  return invoke(TCO, [system, usd_per_mwh, utilization, estimate, scenario]) as number;
}
