/**
 * Arguments a parameter accepts, derived from its declared kind (src/functions/params.ts) — never from
 * its name — so a new parameter is exercised as soon as it is declared, and one without a kind fails
 * the tests that use this (the contract and fuzz tests).
 */
import type { Param } from "../../src/functions/params";
import { FIXTURE_SCENARIOS } from "./scenarios";

/** A sample per kind, as Excel passes it; `matrix` parameters get a range. */
export function plausibleValues(param: Param<unknown>): unknown[] {
  switch (param.kind) {
    case "number": {
      const min = param.min ?? 0;
      const max = param.max ?? Math.max(min + 10, 10);
      // Inside the bounds: the lower bound, a small value above it, and text read in the workbook's format.
      const small = Math.min(min + (max - min > 2 ? 1 : (max - min) / 2), max);
      return [min, small, String(small)];
    }
    case "date":
      return [2027, "2027-Q3", "2027-03-31", 46600];
    case "choice":
      return [...(param.allowed ?? []), ...(param.allowed ?? []).map((v) => ` ${v.toUpperCase()} `)];
    case "system":
      return ["GB300", "vera-rubin-nvl72", "CS-3", "TPU v7", [["based_on", "GB300"], ["system_kw", 140]]];
    case "deal":
      return param.matrix ? [[["openai-amd"]], [["meta-amd"], ["openai-nvidia"]], "stargate-abilene"] : ["openai-amd", "meta-amd", "openai-cerebras"];
    case "boolean":
      return [true, false, 1, 0, "TRUE", " false "];
    case "scenario":
      return FIXTURE_SCENARIOS.map((s) => (s as { name: string }).name);
    case "table": // a tranche table (GW.PLAN): a header row, then rows of it
      return [
        [["name", "start", "end", "gw", "system"], ["A", 2027, 2027, 1, "GB300"]],
        [["Name", "Beginn", "Ende", "GW", "System", "shape", "deal"], ["B", "2027-Q2", "2028-Q1", 0.5, "Vera Rubin", "front_loaded", null], [null, null, null, null, null, null, "openai-amd"]],
      ];
    default:
      throw new Error(`parameter ${param.name} has no known kind (${String((param as { kind?: unknown }).kind)}): say what it holds in params.ts`);
  }
}

/** One value for a required parameter (the first plausible one). */
export function requiredSample(param: Param<unknown>): unknown {
  if (param.kind === "number") return param.min === 0 ? 1 : plausibleValues(param)[1];
  return plausibleValues(param)[0];
}
