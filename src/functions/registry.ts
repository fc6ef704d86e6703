/**
 * Every GW function's declaration, in the order of the reference. functions.ts registers these with
 * Excel, metadata.ts describes them in functions.json, and the docs, help pages and contract tests
 * read them. A declared function missing here fails test/contract/completeness.test.ts.
 */
import { ACCELERATORS, CAPEX, GIGAWATTS, POWER } from "./capacity";
import { ASSUMPTIONS_TABLE, SOURCE, SPEC, SYSTEMS, VERSION } from "./catalog";
import { COMPUTE } from "./compute";
import type { AnyFunctionDef } from "./define";
import { PLAN } from "./plan";
import { DEALS_TABLE, DELIVERED, FLOWS, RAMP, SCHEDULE } from "./deals";
import { ENERGY, OPEX, TCO } from "./energy";

export const FUNCTION_DEFS: readonly AnyFunctionDef[] = [
  ACCELERATORS, GIGAWATTS, POWER, CAPEX,
  ENERGY, OPEX, TCO,
  DEALS_TABLE, SCHEDULE, DELIVERED, RAMP, FLOWS,
  VERSION, SPEC, SOURCE, SYSTEMS, ASSUMPTIONS_TABLE,
  COMPUTE, PLAN,
];
