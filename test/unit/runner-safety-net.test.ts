/**
 * The runner's safety net (src/functions/define.ts invoke, src/functions/errors.ts toExcelError): a
 * computation that goes wrong — a bug of ours — must still reach Excel as a #VALUE! whose message says
 * what happened, never as a raw JavaScript exception (Excel shows those without any explanation), and
 * a table is normalised as Excel stores numbers (no -0, no subnormals). No declared function returns
 * such values, so these declarations are built here to misbehave on purpose; the texts are the
 * internal-error messages in define.ts (English only: they are for a bug report, not for the user).
 *
 * Also: data types where the host supports them (a card, formatted numbers) through the functions
 * Excel calls, and the stand-in runtime the standalone preview installs (runtime-guard.ts).
 */
import { checkTable, invoke, type AnyFunctionDef, type Result } from "../../src/functions/define";
import { GwError } from "../../src/functions/errors";
import { resetDataTypeSupport } from "../../src/functions/cell-values";
import type { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import { loadRegistered, valueOf } from "../helpers/registered";

/** A declaration without arguments whose computation does `compute`. */
function misbehaving(result: "scalar" | "matrix", compute: () => unknown): AnyFunctionDef {
  return { id: "TEST", description: "", params: [], result, returns: { kind: "number", description: "" }, compute: compute as () => Result };
}

/** The CustomFunctions.Error a call throws, as code and message. */
function excelError(def: AnyFunctionDef): { code: string; message: string } {
  try {
    invoke(def, []);
  } catch (error) {
    const e = error as StubCustomFunctionsError;
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return { code: e.code, message: e.message };
  }
  throw new Error("the call did not fail");
}

describe("a result Excel cannot show is #VALUE! naming what was wrong", () => {
  test.each([
    ["null", null, "Gigawatt internal error: a result cell is null."],
    ["a boolean", true, "Gigawatt internal error: a result cell is boolean."],
    ["undefined", undefined, "Gigawatt internal error: a result cell is undefined."],
  ])("a scalar function answering %s", (_what, value, message) => {
    expect(excelError(misbehaving("scalar", () => value))).toEqual({ code: "#VALUE!", message });
  });

  test("a table from a function declared to answer one value", () => {
    expect(excelError(misbehaving("scalar", () => [[1]]))).toEqual({ code: "#VALUE!", message: "Gigawatt internal error: a table where one value was expected." });
  });

  test("an empty table, and a table whose rows differ in length", () => {
    expect(excelError(misbehaving("matrix", () => []))).toEqual({ code: "#VALUE!", message: "Gigawatt internal error: an empty table." });
    // The short row is the second: every row is checked, not only the first.
    expect(excelError(misbehaving("matrix", () => [[1, 2], [3]]))).toEqual({ code: "#VALUE!", message: "Gigawatt internal error: a ragged table." });
  });
});

describe("an exception that is not ours becomes #VALUE! with its message", () => {
  test.each([
    // An Error: its message only (not "TypeError: …", what String(error) would give).
    ["a TypeError", () => { throw new TypeError("x is not a function"); }, "Gigawatt internal error: x is not a function"],
    // Anything else thrown: its text.
    ["a thrown text", () => { throw "plain text"; }, "Gigawatt internal error: plain text"],
    ["a thrown null", () => { throw null; }, "Gigawatt internal error: null"],
  ])("%s", (_what, compute, message) => {
    expect(excelError(misbehaving("scalar", compute))).toEqual({ code: "#VALUE!", message });
  });

  test("a GwError with a code Excel has no custom message for is #VALUE!, and its message is dropped", () => {
    // Excel shows custom messages only for #VALUE!, #NUM! and #N/A; an unknown code falls back to #VALUE!.
    const e = excelError(misbehaving("scalar", () => { throw new GwError("#SPILL!", "never shown"); }));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("");
  });
});

describe("a table is stored as Excel stores numbers", () => {
  test("-0 and subnormal numbers become 0; ordinary numbers, the smallest normal ones and text stay", () => {
    const SMALLEST_NORMAL = 2 ** -1022; // IEEE 754 double: the smallest positive normal number
    const table = checkTable([["h", "x"], [-0, 5e-324], [-5e-324, -1e-310], [-SMALLEST_NORMAL, SMALLEST_NORMAL], [-5, 7]]);
    expect(table).toEqual([["h", "x"], [0, 0], [0, 0], [-SMALLEST_NORMAL, SMALLEST_NORMAL], [-5, 7]]);
    // toEqual does not tell -0 from 0: Object.is does.
    for (const row of table.slice(1, 3)) for (const cell of row) expect(Object.is(cell, 0)).toBe(true);
  });

  test("a non-finite number anywhere in a table is #NUM!", () => {
    expect(() => checkTable([["h"], [1], [Infinity]])).toThrow(GwError);
  });
});

describe("a fresh runtime whose first formula names a scenario pinned to an older catalog", () => {
  // invoke() looks up where each function takes its scenario once, at the function's first call, and
  // reads that argument first so systems resolve in the pinned version. A fresh copy of the modules
  // makes this call the first one (in a shared registry an earlier test would have made it).
  test("GW.ACCELERATORS reads MI450 as catalog 2026.11.0 had it", () => {
    let value: unknown;
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { publishScenarios } = require("../../src/functions/scenarios") as typeof import("../../src/functions/scenarios");
      const { blankScenario, validateScenario } = require("../../src/model/scenario") as typeof import("../../src/model/scenario");
      const { FUNCTION_DEFS } = require("../../src/functions/registry") as typeof import("../../src/functions/registry");
      const fresh = require("../../src/functions/define") as typeof import("../../src/functions/define");
      /* eslint-enable @typescript-eslint/no-require-imports */
      publishScenarios([validateScenario({ ...blankScenario("On old"), catalogVersion: "2026.11.0" }).scenario!]);
      const accelerators = FUNCTION_DEFS.find((d) => d.id === "ACCELERATORS")!;
      value = fresh.invoke(accelerators, [1, "MI450", null, null, null, "On old"]);
    });
    // test/unit/pinning.test.ts: in 2026.11.0 an MI450 rack drew 180 kW for 72 GPUs, with 1.1 IT
    // overhead and PUE 1.2: 1e6 ÷ (180 ÷ 72 × 1.1 × 1.2) = 1e6 ÷ 3.3 (2026.11.1's 160 kW gives 340,909).
    expect(value).toBeCloseTo(1e6 / 3.3, 6);
  });
});

describe("where the host supports data types (CustomFunctionsRuntime 1.4)", () => {
  const registered = loadRegistered("src");
  const scope = globalThis as { Office?: unknown };
  beforeAll(() => {
    // Office's documented check: Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.4").
    scope.Office = { context: { requirements: { isSetSupported: (name: string, version: string) => name === "CustomFunctionsRuntime" && version === "1.4" } } };
    resetDataTypeSupport();
  });
  afterAll(() => {
    delete scope.Office;
    resetDataTypeSupport();
  });

  test("GW.SYSTEM answers an entity card, not only the system's name", () => {
    expect(valueOf(registered, "SYSTEM", "GB300")).toMatchObject({ type: "Entity", text: expect.stringContaining("GB300") });
  });

  test("a money result is a formatted number, and GW.SPEC formats a date field as a date", () => {
    // README: =GW.OPEX(1) → 490,560,000 (7,008,000 MWh × $70); USD of 100 or more without cents.
    expect(valueOf(registered, "OPEX", 1)).toEqual({ type: "Double", basicValue: 490560000, numberFormat: '"$"#,##0' });
    // "available" is a date (an Excel serial): SPEC's result kind depends on the field asked for.
    expect(valueOf(registered, "SPEC", "GB300", "available")).toMatchObject({ type: "Double", numberFormat: "yyyy-mm-dd" });
  });
});

describe("the standalone preview's stand-in runtime (runtime-guard.ts)", () => {
  const scope = globalThis as { CustomFunctions?: unknown };
  let real: unknown;
  beforeEach(() => {
    real = scope.CustomFunctions;
  });
  afterEach(() => {
    scope.CustomFunctions = real;
  });

  function loadGuard(): Record<string, unknown> {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/functions/runtime-guard");
    });
    return scope.CustomFunctions as Record<string, unknown>;
  }

  // The values of Excel's CustomFunctions.ErrorCode enum (@types/custom-functions-runtime).
  const EXCEL_ERROR_CODES = {
    invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!",
    invalidName: "#NAME?", nullReference: "#NULL!", invalidReference: "#REF!",
  };

  test("without any CustomFunctions global, registering is a no-op and errors carry Excel's codes", () => {
    delete scope.CustomFunctions;
    const runtime = loadGuard();
    expect((runtime.associate as (id: string, fn: unknown) => unknown)("X", () => 1)).toBeUndefined();
    expect(runtime.ErrorCode).toEqual(EXCEL_ERROR_CODES);
    const ErrorClass = runtime.Error as new (code: string, message?: string) => Error & { code: string };
    const withMessage = new ErrorClass("#NUM!", "too large");
    expect([withMessage.code, withMessage.message]).toEqual(["#NUM!", "too large"]);
    // Without a message (codes other than #VALUE!, #NUM!, #N/A) the code is the message.
    const bare = new ErrorClass("#DIV/0!");
    expect([bare.code, bare.message]).toEqual(["#DIV/0!", "#DIV/0!"]);
  });

  test("office.js outside Office (CustomFunctions without Error and ErrorCode) gets both; its associate is kept", () => {
    const associate = () => undefined;
    scope.CustomFunctions = { associate };
    const runtime = loadGuard();
    expect(runtime.associate).toBe(associate);
    expect(runtime.ErrorCode).toEqual(EXCEL_ERROR_CODES);
    expect(typeof runtime.Error).toBe("function");
  });

  test("inside Excel the real runtime is left alone", () => {
    const before = scope.CustomFunctions as Record<string, unknown>;
    const { Error: ErrorClass, ErrorCode } = before;
    loadGuard();
    expect(scope.CustomFunctions).toBe(before);
    // toBe, not toEqual: toEqual finds any two classes without own enumerable keys equal.
    expect(before.Error).toBe(ErrorClass);
    expect(before.ErrorCode).toBe(ErrorCode);
  });
});
