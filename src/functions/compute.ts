/** GW.COMPUTE: compute a power budget installs, in PFLOPS at a precision or in H100-equivalents. */
import { BASES } from "../model/capacity";
import { COMPUTE_FIELD, COMPUTE_UNITS, computePerGigawatt, hasCompute, type ComputeUnit } from "../model/compute";
import type { SystemSpec } from "../model/catalog";
import { messages } from "../i18n/messages";
import { defineFunction, invoke } from "./define";
import { notAvailable } from "./errors";
import { factor } from "./factors";
import { modelOptions } from "./scenarios";
import { caseParam, choiceParam, numberParam, optionalNumberParam, scenarioParam, systemParam } from "./params";

const MAX_GW = 1e6;
const PUE = { min: 1, max: 5 };

/** #N/A naming the missing figure (Cerebras and the first Groq LPU publish no comparable dense FP8). */
export function requireCompute(system: SystemSpec, unit: ComputeUnit): void {
  if (!hasCompute(system, unit)) throw notAvailable(messages().notPublished(COMPUTE_FIELD[unit], system.name));
}

export const COMPUTE = defineFunction({
  id: "COMPUTE",
  result: "scalar",
  params: [
    numberParam("gigawatts", { min: 0, max: MAX_GW }), systemParam("system"), choiceParam("unit", COMPUTE_UNITS, "fp8_pflops"),
    optionalNumberParam("pue", PUE), choiceParam("basis", BASES, "facility"), caseParam(), scenarioParam(),
  ],
  compute(gigawatts, system, unit, pue, basis, estimate, scenario) {
    const c = estimate ?? scenario.case;
    requireCompute(system, unit);
    const f = factor(["COMPUTE", system, unit, basis, c, pue, scenario], () =>
      computePerGigawatt(system, unit, basis, modelOptions(scenario, c, pue)));
    return gigawatts * f.fast;
  },
});

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell value; the declarations above read it. */

/**
 * Compute a power budget installs: accelerators per GW × dense peak PFLOPS per accelerator, or H100-equivalents.
 * @customfunction COMPUTE
 * @param {any} gigawatts Power in GW (a number ≥ 0).
 * @param {any} system System key or alias, e.g. "GB300", "Vera Rubin", "MI450".
 * @param {any} [unit] "fp8_pflops" (default, dense peak), "fp4_pflops", "bf16_pflops" or "h100e" (H100-equivalents: dense BF16 ÷ the H100 SXM's 989.4 TFLOPS).
 * @param {any} [pue] Power usage effectiveness, 1 to 5. Default: the scenario's, else the catalog's (1.2 base).
 * @param {any} [basis] "facility" (default) or "it".
 * @param {any} [estimate] "low", "base" (default) or "high".
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 * @returns PFLOPS (dense peak) or H100-equivalents.
 */
export function compute(gigawatts: any, system: any, unit?: any, pue?: any, basis?: any, estimate?: any, scenario?: any): number {
  return invoke(COMPUTE, [gigawatts, system, unit, pue, basis, estimate, scenario]) as number;
}
