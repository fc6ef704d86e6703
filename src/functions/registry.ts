/**
 * Every GW function's declaration, in the order the public API was recorded (new ones at the end). functions.ts registers these with
 * Excel, metadata.ts describes them in functions.json, and the docs, help pages and contract tests
 * read them. A declared function missing here fails test/contract/completeness.test.ts.
 */
import { ACCELERATORS, CAPEX, GIGAWATTS, POWER } from "./capacity";
import { ASSUMPTIONS_TABLE, CHANGES, SOURCE, SPEC, SYSTEM, SYSTEMS, VERSION } from "./catalog";
import { COMPUTE } from "./compute";
import type { AnyFunctionDef } from "./define";
import { PLAN } from "./plan";
import { DEAL, DEALS_TABLE, DELIVERED, FLOWS, RAMP, RECONCILE, SCHEDULE } from "./deals";
import { ENERGY, OPEX, TCO } from "./energy";

export const FUNCTION_DEFS: readonly AnyFunctionDef[] = [
  VERSION, ACCELERATORS, GIGAWATTS, POWER, CAPEX, ENERGY, OPEX, TCO, SPEC, SOURCE, SYSTEMS, ASSUMPTIONS_TABLE,
  DEALS_TABLE, SCHEDULE, DELIVERED, RAMP, FLOWS, COMPUTE, PLAN,
  SYSTEM, DEAL, RECONCILE, CHANGES,
];
