/** Every GW function's declaration, for the formula-engine plugin, the docs and the contract tests. */
import { ACCELERATORS, CAPEX, GIGAWATTS, POWER } from "./capacity";
import { ASSUMPTIONS_TABLE, SOURCE, SPEC, SYSTEMS, VERSION } from "./catalog";
import { COMPUTE } from "./compute";
import type { AnyFunctionDef } from "./define";
import { DEALS_TABLE, DELIVERED, FLOWS, RAMP, SCHEDULE } from "./deals";
import { ENERGY, OPEX, TCO } from "./energy";

export const FUNCTION_DEFS: readonly AnyFunctionDef[] = [
  VERSION, ACCELERATORS, GIGAWATTS, POWER, CAPEX, ENERGY, OPEX, TCO, SPEC, SOURCE, SYSTEMS, ASSUMPTIONS_TABLE,
  DEALS_TABLE, SCHEDULE, DELIVERED, RAMP, FLOWS, COMPUTE,
];

