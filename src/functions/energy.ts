/** GW.ENERGY, GW.OPEX, GW.TCO: one declaration each (see CONTRIBUTING.md). */
import { assumed } from "../model/assumptions";
import { ASSUMPTION_BOUNDS, GIGAWATTS as GW_BOUNDS } from "../model/bounds";
import { ENERGY_UNITS, energyPerGigawattYear, opexPerGigawattYear, tcoPerAcceleratorHour } from "../model/energy";
import { Dec } from "../model/decimal";
import { defineFunction } from "./define";
import { factor } from "./factors";
import { catalogOf, modelOptions } from "./scenarios";
import { isStatistic } from "./estimate";
import { sampledFactor } from "./risk";
import { caseParam, choiceParam, numberParam, optionalNumberParam, scenarioParam, systemParam } from "./params";

const gigawattsParam = () => numberParam("gigawatts", { ...GW_BOUNDS, unit: "GW", description: "Facility power in GW (≥ 0)." });
const utilizationParam = (description: string) =>
  optionalNumberParam("utilization", { ...ASSUMPTION_BOUNDS.utilization, defaultAssumption: "utilization", description });
const priceParam = (description: string) =>
  optionalNumberParam("usd_per_mwh", { ...ASSUMPTION_BOUNDS.electricity_usd_per_mwh, unit: "USD/MWh", defaultAssumption: "electricity_usd_per_mwh", description });

export const ENERGY = defineFunction({
  id: "ENERGY",
  description: "Energy a facility draws in a year (8,760 hours) at an average utilisation.",
  params: [
    gigawattsParam(),
    utilizationParam("Average draw as a share of capacity, 0 to 1. Default: the scenario's, else 0.8."),
    choiceParam("unit", ENERGY_UNITS, "MWh", '"MWh" (default), "GWh" or "TWh".'),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "number", description: "Energy per year in the chosen unit." },
  compute(gigawatts, utilization, unit, scenario) {
    const f = factor(["ENERGY", utilization, unit, scenario], () =>
      energyPerGigawattYear(utilization !== undefined ? new Dec(utilization) : assumed("utilization", scenario.case, scenario.overrides, catalogOf(scenario)), unit));
    return gigawatts * f.fast;
  },
});

export const OPEX = defineFunction({
  id: "OPEX",
  description: "Electricity cost of a facility per year in USD.",
  params: [
    gigawattsParam(),
    priceParam("Electricity price in USD per MWh. Default: the scenario's, else 70."),
    utilizationParam("Average draw as a share of capacity, 0 to 1. Default: the scenario's, else 0.8."),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "usd", description: "USD per year." },
  compute(gigawatts, usdPerMwh, utilization, scenario) {
    const f = factor(["OPEX", usdPerMwh, utilization, scenario], () => opexPerGigawattYear(
      usdPerMwh !== undefined ? new Dec(usdPerMwh) : assumed("electricity_usd_per_mwh", scenario.case, scenario.overrides, catalogOf(scenario)),
      utilization !== undefined ? new Dec(utilization) : assumed("utilization", scenario.case, scenario.overrides, catalogOf(scenario))));
    return gigawatts * f.fast;
  },
});

export const TCO = defineFunction({
  id: "TCO",
  description: "Total cost of ownership per accelerator-hour: IT and facility capex depreciated straight-line, plus electricity.",
  params: [
    systemParam("system", "System key or alias."),
    priceParam("Electricity price in USD per MWh. Default: the scenario's, else the catalog's."),
    utilizationParam("Average draw as a share of capacity, 0 to 1. Default: the scenario's, else the catalog's."),
    caseParam(),
    scenarioParam(),
  ],
  result: "scalar",
  returns: { kind: "usd", description: "USD per accelerator-hour." },
  compute(system, usdPerMwh, utilization, estimate, scenario) {
    if (isStatistic(estimate)) {
      return sampledFactor(["TCO", system, usdPerMwh, utilization], estimate, scenario, undefined, (s) => s.tcoPerAcceleratorHour(system, usdPerMwh, utilization));
    }
    const c = estimate ?? scenario.case;
    return factor(["TCO", system, usdPerMwh, utilization, c, scenario], () =>
      tcoPerAcceleratorHour(system, { ...modelOptions(scenario, c), usdPerMwh, utilization })).fast;
  },
});
