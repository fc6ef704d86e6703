/**
 * Entry of the custom-functions bundle: registers every declared function with Excel under its id.
 * Excel calls with raw cell values (null for an omitted argument); invoke() coerces them through the
 * declaration and turns any failure into a CustomFunctions.Error.
 */
import "./runtime-guard";
import { invoke } from "./define";
import { FUNCTION_DEFS } from "./registry";

for (const def of FUNCTION_DEFS) {
  CustomFunctions.associate(def.id, (...args: unknown[]) => invoke(def, args));
}
