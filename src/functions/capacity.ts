/**
 * GW.ACCELERATORS, GW.GIGAWATTS, GW.POWER, GW.CAPEX. The JSDoc below generates functions.json
 * (custom-functions-metadata-plugin); the declarations beside each say how arguments are read.
 */
import { BASES, CAPEX_SCOPES, POWER_LEVELS, acceleratorsPerGigawatt, capexPerGigawatt, gigawattsPerAccelerator, powerKwPerAccelerator } from "../model/capacity";
import { defineFunction, invoke } from "./define";
import { factor } from "./factors";
import { modelOptions } from "./scenarios";
import { caseParam, choiceParam, numberParam, optionalNumberParam, scenarioParam, systemParam } from "./params";

// The memo keys on the scenario object itself: a republished scenario is a new object, so edits never hit stale entries.
const [ACCELERATORS_ID, GIGAWATTS_ID, POWER_ID, CAPEX_ID] = ["ACCELERATORS", "GIGAWATTS", "POWER", "CAPEX"];
const MAX_GW = 1e6; // a million GW is ~500 times the world's power plants: beyond it, a typo
const MAX_COUNT = 1e12;
const PUE = { min: 1, max: 5 };

export const ACCELERATORS = defineFunction({
  id: "ACCELERATORS",
  result: "scalar",
  params: [
    numberParam("gigawatts", { min: 0, max: MAX_GW }), systemParam("system"), optionalNumberParam("pue", PUE),
    choiceParam("basis", BASES, "facility"), caseParam(), scenarioParam(),
  ],
  compute(gigawatts, system, pue, basis, estimate, scenario) {
    const c = estimate ?? scenario.case;
    const f = factor([ACCELERATORS_ID, system, basis, c, pue, scenario], () =>
      acceleratorsPerGigawatt(system, basis, modelOptions(scenario, c, pue)));
    return gigawatts * f.fast;
  },
});

export const GIGAWATTS = defineFunction({
  id: "GIGAWATTS",
  result: "scalar",
  params: [
    numberParam("accelerators", { min: 0, max: MAX_COUNT }), systemParam("system"), optionalNumberParam("pue", PUE),
    choiceParam("basis", BASES, "facility"), caseParam(), scenarioParam(),
  ],
  compute(accelerators, system, pue, basis, estimate, scenario) {
    const c = estimate ?? scenario.case;
    const f = factor([GIGAWATTS_ID, system, basis, c, pue, scenario], () =>
      gigawattsPerAccelerator(system, basis, modelOptions(scenario, c, pue)));
    return accelerators * f.fast;
  },
});

export const POWER = defineFunction({
  id: "POWER",
  result: "scalar",
  params: [systemParam("system"), choiceParam("level", POWER_LEVELS, "facility"), optionalNumberParam("pue", PUE), caseParam(), scenarioParam()],
  compute(system, level, pue, estimate, scenario) {
    const c = estimate ?? scenario.case;
    return factor([POWER_ID, system, level, c, pue, scenario], () =>
      powerKwPerAccelerator(system, level, modelOptions(scenario, c, pue))).fast;
  },
});

export const CAPEX = defineFunction({
  id: "CAPEX",
  result: "scalar",
  params: [numberParam("gigawatts", { min: 0, max: MAX_GW }), systemParam("system"), choiceParam("scope", CAPEX_SCOPES, "total"), caseParam(), scenarioParam()],
  compute(gigawatts, system, scope, estimate, scenario) {
    const c = estimate ?? scenario.case;
    const f = factor([CAPEX_ID, system, scope, c, scenario], () =>
      capexPerGigawatt(system, scope, modelOptions(scenario, c)));
    return gigawatts * f.fast;
  },
});

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell value; the declarations above read it. */

/**
 * Accelerators a power budget supports: GW ÷ (IT kW per accelerator × PUE). Not rounded, so it converts back exactly.
 * @customfunction ACCELERATORS
 * @param {any} gigawatts Power in GW (a number ≥ 0; text such as "1,5" is read in the workbook's number format).
 * @param {any} system System key or alias, e.g. "GB300", "Vera Rubin", "CS-3" (GW.SYSTEMS lists them).
 * @param {any} [pue] Power usage effectiveness, 1 to 5. Default: the scenario's, else the catalog's (1.2 base).
 * @param {any} [basis] "facility" (default: the GW is the site's total draw, as deals quote it) or "it" (IT load only).
 * @param {any} [estimate] "low", "base" (default) or "high": the result's end of the catalog's range.
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns Number of accelerators (GPUs, wafers, LPUs, TPU chips).
 */
export function accelerators(gigawatts: any, system: any, pue?: any, basis?: any, estimate?: any, scenario?: any): number {
  return invoke(ACCELERATORS, [gigawatts, system, pue, basis, estimate, scenario]) as number;
}

/**
 * Power that a number of accelerators needs, in GW: the inverse of GW.ACCELERATORS.
 * @customfunction GIGAWATTS
 * @param {any} accelerators Number of accelerators (≥ 0).
 * @param {any} system System key or alias, e.g. "GB200", "MI450", "TPU v7".
 * @param {any} [pue] Power usage effectiveness, 1 to 5. Default: the scenario's, else the catalog's (1.2 base).
 * @param {any} [basis] "facility" (default) or "it".
 * @param {any} [estimate] "low", "base" (default) or "high".
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns Power in GW.
 */
export function gigawatts(accelerators: any, system: any, pue?: any, basis?: any, estimate?: any, scenario?: any): number {
  return invoke(GIGAWATTS, [accelerators, system, pue, basis, estimate, scenario]) as number;
}

/**
 * Power per accelerator in kW, at the chip, its share of the system, all IT, or the facility.
 * @customfunction POWER
 * @param {any} system System key or alias.
 * @param {any} [level] "chip" (TDP), "system" (system power ÷ accelerators), "it" (plus network, storage, hosts) or "facility" (default: IT × PUE).
 * @param {any} [pue] Power usage effectiveness for level "facility", 1 to 5. Default: the scenario's, else 1.2.
 * @param {any} [estimate] "low", "base" (default) or "high".
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns kW per accelerator.
 */
export function power(system: any, level?: any, pue?: any, estimate?: any, scenario?: any): number {
  return invoke(POWER, [system, level, pue, estimate, scenario]) as number;
}

/**
 * Capital cost in USD of a facility of the given GW filled with one system.
 * @customfunction CAPEX
 * @param {any} gigawatts Facility power in GW (≥ 0).
 * @param {any} system System key or alias.
 * @param {any} [scope] "accelerators" (chips only), "systems" (racks or servers), "network" (cluster network and storage), "facility" (site, power, cooling) or "total" (default: systems + network + facility).
 * @param {any} [estimate] "low", "base" (default) or "high".
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns USD.
 */
export function capex(gigawatts: any, system: any, scope?: any, estimate?: any, scenario?: any): number {
  return invoke(CAPEX, [gigawatts, system, scope, estimate, scenario]) as number;
}
