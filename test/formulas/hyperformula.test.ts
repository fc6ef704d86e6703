/** The same formula table end to end in a real formula engine (HyperFormula with the GW plugin). */
import { DetailedCellError } from "hyperformula";
import fixture from "../fixtures/formulas.json";
import { buildEngine } from "../helpers/hyperformula-plugin";
import { closeTo, type FormulaCase } from "../helpers/formula";

const cases = fixture.cases as FormulaCase[];
const ERROR_VALUE = { "#N/A": "#N/A", "#NUM!": "#NUM!", "#VALUE!": "#VALUE!" } as Record<string, string>;

test.each(cases.map((c) => [c.formula, c] as const))("%s", (_formula, c) => {
  const engine = buildEngine([[c.formula]]);
  const value = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
  if (c.error !== undefined) {
    expect(value).toBeInstanceOf(DetailedCellError);
    expect((value as DetailedCellError).value).toBe(ERROR_VALUE[c.error]);
    expect((value as DetailedCellError).message).toContain(c.message ?? "");
  } else if (typeof c.expected === "number") {
    expect(typeof value).toBe("number");
    expect(closeTo(value as number, c.expected)).toBe(true);
  } else if (typeof c.expected === "string") {
    expect(value).toBe(c.expected);
  } else if (c.matches !== undefined) {
    expect(value).toMatch(new RegExp(c.matches));
  } else if (c.shape !== undefined) {
    const sheet = engine.getSheetValues(0);
    expect([sheet.length, sheet[0].length]).toEqual(c.shape);
    for (const [row, col, expected] of c.cells ?? []) expect(sheet[row][col]).toEqual(expected);
  } else {
    throw new Error(`Case ${c.formula} has no expectation`);
  }
  engine.destroy();
});

test("cell references feed GW functions and recalculate when inputs change", () => {
  const engine = buildEngine([
    [1, "GB200", "=GW.ACCELERATORS(A1, B1)", "=GW.GIGAWATTS(C1, B1)"],
  ]);
  expect(closeTo(engine.getCellValue({ sheet: 0, row: 0, col: 2 }) as number, 454545.45454545453)).toBe(true);
  expect(closeTo(engine.getCellValue({ sheet: 0, row: 0, col: 3 }) as number, 1)).toBe(true);
  engine.setCellContents({ sheet: 0, row: 0, col: 1 }, "GB300");
  // GB300: 132 ÷ 72 × 1.1 × 1.2 = 2.42 kW per GPU
  expect(closeTo(engine.getCellValue({ sheet: 0, row: 0, col: 2 }) as number, 1e6 / 2.42)).toBe(true);
  engine.setCellContents({ sheet: 0, row: 0, col: 0 }, 2);
  expect(closeTo(engine.getCellValue({ sheet: 0, row: 0, col: 2 }) as number, 2e6 / 2.42)).toBe(true);
  engine.destroy();
});

test("an error in a referenced cell is passed through, not swallowed", () => {
  const engine = buildEngine([["=1/0", "=GW.ACCELERATORS(A1, \"GB200\")"]]);
  const value = engine.getCellValue({ sheet: 0, row: 0, col: 1 }) as DetailedCellError;
  expect(value).toBeInstanceOf(DetailedCellError);
  expect(value.value).toBe("#DIV/0!");
  engine.destroy();
});

test("an empty referenced cell reads as an omitted argument", () => {
  const engine = buildEngine([[null, "=GW.ACCELERATORS(1, \"GB200\", A1)"]]);
  expect(closeTo(engine.getCellValue({ sheet: 0, row: 0, col: 1 }) as number, 454545.45454545453)).toBe(true);
  engine.destroy();
});

test("a spilled table can be summed like any range", () => {
  const engine = buildEngine([["=GW.SYSTEMS()"]]);
  engine.setCellContents({ sheet: 0, row: 20, col: 0 }, [["=SUM(F2:F13)"]]);
  // accelerators per system: 8 + 72 + 72 + 72 + 144 + 8 + 72 + 1 + 8 + 256 + 9216 + 72
  expect(engine.getCellValue({ sheet: 0, row: 20, col: 0 })).toBe(10001);
  engine.destroy();
});
