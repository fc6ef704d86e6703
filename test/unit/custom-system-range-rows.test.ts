/**
 * The rows of a custom system's range (src/functions/system-arg.ts reading src/model/custom-system.ts):
 * the based_on and name rows are read as the base and the label, not as fields, and a chip TDP or a
 * system power of 0 is refused as "must be above 0" (each divides: 0 kW would give endless accelerators
 * per GW). Read by a freshly loaded copy of the range reader, so the field table and row names are the
 * ones that copy builds as it loads (the shared copy built them before any test ran).
 */
import type * as SystemArg from "../../src/functions/system-arg";

function freshRangeReader(): typeof SystemArg {
  let reader!: typeof SystemArg;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    reader = require("../../src/functions/system-arg");
  });
  return reader;
}

/** The error a range answers, as Excel's code and message. */
function errorOf(read: () => unknown): { code: string; message: string } {
  try {
    read();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error("the range was accepted");
}

test("a based_on row names the base and a name row labels the custom system", () => {
  const { systemFromRange } = freshRangeReader();
  const system = systemFromRange([["based_on", "GB300"], ["name", "GB300 at 140 kW"], ["system_kw", 140]], "system");
  expect(system.name).toBe("GB300 at 140 kW");
  expect(system.systemKw.base).toBe(140);
  // GB300 NVL72: 72 GPUs a rack, kept from the base (only system_kw was set).
  expect(system.acceleratorsPerSystem.base).toBe(72);
});

test.each([
  ["chip_tdp_kw", 10000],
  ["system_kw", 1000000],
])("%s of 0 is #NUM!: it must be above 0, not merely at least 0", (field, max) => {
  const { systemFromRange } = freshRangeReader();
  expect(errorOf(() => systemFromRange([["based_on", "GB300"], [field, 0]], "system")))
    .toEqual({ code: "#NUM!", message: `system: ${field} must be above 0 and at most ${max}.` });
});
