/** GW.COMPUTE: compute a power budget installs, in PFLOPS at a precision or in H100-equivalents (one declaration, see CONTRIBUTING.md). */
import { BASES } from "../model/capacity";
import { COMPUTE_FIELD, COMPUTE_UNITS, computePerGigawatt, hasCompute, type ComputeUnit } from "../model/compute";
import type { SystemSpec } from "../model/catalog";
import { messages } from "../i18n/messages";
import { ASSUMPTION_BOUNDS, GIGAWATTS as GW_BOUNDS } from "../model/bounds";
import { defineFunction } from "./define";
import { notAvailable } from "./errors";
import { factor } from "./factors";
import { modelOptions } from "./scenarios";
import { isStatistic } from "./estimate";
import { sampledFactor } from "./risk";
import { caseParam, choiceParam, numberParam, optionalNumberParam, scenarioParam, systemParam } from "./params";

/** #N/A naming the missing figure (Cerebras and the first Groq LPU publish no comparable dense FP8). */
export function requireCompute(system: SystemSpec, unit: ComputeUnit): void {
  if (!hasCompute(system, unit)) throw notAvailable(messages().notPublished(COMPUTE_FIELD[unit], system.name));
}

export const COMPUTE = defineFunction({
  id: "COMPUTE",
  description: "Compute a power budget installs: accelerators per GW × dense peak PFLOPS per accelerator, or H100-equivalents.",
  params: [
    numberParam("gigawatts", { ...GW_BOUNDS, unit: "GW", description: "Power in GW (a number ≥ 0)." }),
    systemParam("system", 'System key or alias, e.g. "GB300", "Vera Rubin", "MI450".'),
    choiceParam("unit", COMPUTE_UNITS, "fp8_pflops",
      '"fp8_pflops" (default, dense peak), "fp4_pflops", "bf16_pflops" or "h100e" (H100-equivalents: dense BF16 ÷ the H100 SXM\'s 989.4 TFLOPS).'),
    optionalNumberParam("pue", { ...ASSUMPTION_BOUNDS.pue, defaultAssumption: "pue",
      description: "Power usage effectiveness, 1 to 5. Default: the scenario's, else the catalog's (1.2 base)." }),
    choiceParam("basis", BASES, "facility", '"facility" (default) or "it".'),
    caseParam(),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "number", description: "PFLOPS (dense peak) or H100-equivalents." },
  compute(gigawatts, system, unit, pue, basis, estimate, scenario) {
    requireCompute(system, unit);
    if (isStatistic(estimate)) return gigawatts * sampledFactor(["COMPUTE", system, unit, basis], estimate, scenario, pue, (s) => s.computePerGigawatt(system, unit, basis));
    const c = estimate ?? scenario.case;
    const f = factor(["COMPUTE", system, unit, basis, c, pue, scenario], () =>
      computePerGigawatt(system, unit, basis, modelOptions(scenario, c, pue)));
    return gigawatts * f.fast;
  },
});
