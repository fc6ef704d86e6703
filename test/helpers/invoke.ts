/**
 * A GW function called through the runner every registered function goes through (`invoke`, what
 * src/functions/functions.ts associates), omitted trailing arguments as Excel's `null`.
 */
import { invoke } from "../../src/functions/define";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import type { StubCustomFunctionsError } from "./custom-functions-stub";

export function gw(id: string, ...args: unknown[]): unknown {
  const def = FUNCTION_DEFS.find((d) => d.id === id)!;
  return invoke(def, [...args, ...Array(def.params.length - args.length).fill(null)]);
}

/** The error a call answers; fails the test when the call answers a value. */
export function gwError(id: string, ...args: unknown[]): StubCustomFunctionsError {
  try {
    gw(id, ...args);
  } catch (error) {
    return error as StubCustomFunctionsError;
  }
  throw new Error(`${id} did not fail`);
}
