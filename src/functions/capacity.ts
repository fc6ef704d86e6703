/** GW.ACCELERATORS, GW.GIGAWATTS, GW.POWER, GW.CAPEX: one declaration each (see CONTRIBUTING.md). */
import { BASES, CAPEX_SCOPES, POWER_LEVELS, acceleratorsPerGigawatt, capexPerGigawatt, gigawattsPerAccelerator, powerKwPerAccelerator } from "../model/capacity";
import { ACCELERATOR_COUNT, ASSUMPTION_BOUNDS, GIGAWATTS as GW_BOUNDS } from "../model/bounds";
import { defineFunction } from "./define";
import { factor } from "./factors";
import { modelOptions } from "./scenarios";
import { isStatistic } from "./estimate";
import { sampledFactor } from "./risk";
import { caseParam, choiceParam, numberParam, optionalNumberParam, scenarioParam, systemParam } from "./params";

// The memo keys on the scenario object itself: a republished scenario is a new object, so edits never hit stale entries.
const [ACCELERATORS_ID, GIGAWATTS_ID, POWER_ID, CAPEX_ID] = ["ACCELERATORS", "GIGAWATTS", "POWER", "CAPEX"];

const pueParam = (description: string) =>
  optionalNumberParam("pue", { ...ASSUMPTION_BOUNDS.pue, defaultAssumption: "pue", description });

export const ACCELERATORS = defineFunction({
  id: "ACCELERATORS",
  description: "Accelerators a power budget supports: GW ÷ (IT kW per accelerator × PUE). Not rounded, so it converts back exactly.",
  params: [
    numberParam("gigawatts", { ...GW_BOUNDS, unit: "GW", description: 'Power in GW (a number ≥ 0; text such as "1,5" is read in the workbook\'s number format).' }),
    systemParam("system", 'System key or alias, e.g. "GB300", "Vera Rubin", "CS-3" (GW.SYSTEMS lists them).'),
    pueParam("Power usage effectiveness, 1 to 5. Default: the scenario's, else the catalog's (1.2 base)."),
    choiceParam("basis", BASES, "facility", '"facility" (default: the GW is the site\'s total draw, as deals quote it) or "it" (IT load only).'),
    caseParam('"low", "base" (default) or "high": the result\'s end of the catalog\'s range; or "p1" … "p99" or "mean" of 10,000 simulated outcomes.'),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "count", description: "Number of accelerators (GPUs, wafers, LPUs, TPU chips)." },
  compute(gigawatts, system, pue, basis, estimate, scenario) {
    if (isStatistic(estimate)) return gigawatts * sampledFactor([ACCELERATORS_ID, system, basis], estimate, scenario, pue, (s) => s.acceleratorsPerGigawatt(system, basis));
    const c = estimate ?? scenario.case;
    const f = factor([ACCELERATORS_ID, system, basis, c, pue, scenario], () =>
      acceleratorsPerGigawatt(system, basis, modelOptions(scenario, c, pue)));
    return gigawatts * f.fast;
  },
});

export const GIGAWATTS = defineFunction({
  id: "GIGAWATTS",
  description: "Power that a number of accelerators needs, in GW: the inverse of GW.ACCELERATORS.",
  params: [
    numberParam("accelerators", { ...ACCELERATOR_COUNT, description: "Number of accelerators (≥ 0)." }),
    systemParam("system", 'System key or alias, e.g. "GB200", "MI450", "TPU v7".'),
    pueParam("Power usage effectiveness, 1 to 5. Default: the scenario's, else the catalog's (1.2 base)."),
    choiceParam("basis", BASES, "facility", '"facility" (default) or "it".'),
    caseParam(),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "gw", description: "Power in GW." },
  compute(accelerators, system, pue, basis, estimate, scenario) {
    if (isStatistic(estimate)) return accelerators * sampledFactor([GIGAWATTS_ID, system, basis], estimate, scenario, pue, (s) => s.gigawattsPerAccelerator(system, basis));
    const c = estimate ?? scenario.case;
    const f = factor([GIGAWATTS_ID, system, basis, c, pue, scenario], () =>
      gigawattsPerAccelerator(system, basis, modelOptions(scenario, c, pue)));
    return accelerators * f.fast;
  },
});

export const POWER = defineFunction({
  id: "POWER",
  description: "Power per accelerator in kW, at the chip, its share of the system, all IT, or the facility.",
  params: [
    systemParam("system", "System key or alias."),
    choiceParam("level", POWER_LEVELS, "facility",
      '"chip" (TDP), "system" (system power ÷ accelerators), "it" (plus network, storage, hosts) or "facility" (default: IT × PUE).'),
    pueParam("Power usage effectiveness for level \"facility\", 1 to 5. Default: the scenario's, else 1.2."),
    caseParam(),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "number", description: "kW per accelerator." },
  compute(system, level, pue, estimate, scenario) {
    if (isStatistic(estimate)) return sampledFactor([POWER_ID, system, level], estimate, scenario, pue, (s) => s.powerKwPerAccelerator(system, level));
    const c = estimate ?? scenario.case;
    return factor([POWER_ID, system, level, c, pue, scenario], () =>
      powerKwPerAccelerator(system, level, modelOptions(scenario, c, pue))).fast;
  },
});

export const CAPEX = defineFunction({
  id: "CAPEX",
  description: "Capital cost in USD of a facility of the given GW filled with one system.",
  params: [
    numberParam("gigawatts", { ...GW_BOUNDS, unit: "GW", description: "Facility power in GW (≥ 0)." }),
    systemParam("system", "System key or alias."),
    choiceParam("scope", CAPEX_SCOPES, "total",
      '"accelerators" (chips only), "systems" (racks or servers), "network" (cluster network and storage), "facility" (site, power, cooling) or "total" (default: systems + network + facility).'),
    caseParam(),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "usd", description: "USD." },
  compute(gigawatts, system, scope, estimate, scenario) {
    if (isStatistic(estimate)) return gigawatts * sampledFactor([CAPEX_ID, system, scope], estimate, scenario, undefined, (s) => s.capexPerGigawatt(system, scope));
    const c = estimate ?? scenario.case;
    const f = factor([CAPEX_ID, system, scope, c, scenario], () =>
      capexPerGigawatt(system, scope, modelOptions(scenario, c)));
    return gigawatts * f.fast;
  },
});
