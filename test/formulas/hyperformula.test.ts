/** The same formula table end to end in a real formula engine (HyperFormula with the GW plugin). */
import { DetailedCellError } from "hyperformula";
import fixture from "../fixtures/formulas.json";
import { buildEngine } from "../helpers/hyperformula-plugin";
import { closeTo, expectFormulaResult, type FormulaCase } from "../helpers/formula";

import { usesFixtureScenario } from "../helpers/scenarios";

// Formulas naming a stored scenario run in registered.test.ts (the bundle keeps its scenario store private).
const cases = (fixture.cases as FormulaCase[]).filter((c) => !usesFixtureScenario(c.formula));

/** Excel's boolean literals are functions in HyperFormula: TRUE is TRUE() there (outside text). */
const inHyperFormula = (formula: string) => formula.replace(/("[^"]*")|\b(TRUE|FALSE)\b(?!\s*\()/g, (match, text, word) => (text !== undefined ? match : `${word}()`));

test.each(cases.map((c) => [c.formula, c] as const))("%s", (_formula, c) => {
  const engine = buildEngine([[inHyperFormula(c.formula)]]);
  const value = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
  if (value instanceof DetailedCellError) {
    expectFormulaResult(c, { error: { code: value.value, message: value.message } });
  } else {
    // A spilled table is read back from the sheet it spilled into.
    expectFormulaResult(c, { value: c.shape !== undefined ? engine.getSheetValues(0) : value });
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
  engine.setCellContents({ sheet: 0, row: 40, col: 0 }, [["=SUM(F2:F23)"]]);
  // accelerators per system of the 22 systems in catalog 2026.11.1 (their data files' acceleratorsPerSystem):
  // 16 + 144 + 8 + 8 + 8 + 72 + 72 + 1 + 256 + 9216 + 8 + 1 + 8 + 8 + 8 + 72 + 72 + 8 + 72 + 144 + 144 + 256
  expect(engine.getCellValue({ sheet: 0, row: 40, col: 0 })).toBe(10602);
  engine.destroy();
});
