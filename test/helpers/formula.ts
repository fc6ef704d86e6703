/**
 * Runs a literal-argument formula such as `=GW.CAPEX(1, "GB200", , "low")` through the registered
 * functions the way Excel calls them: numbers as numbers, text as strings, omitted arguments as null.
 */
export interface ParsedFormula {
  id: string;
  args: unknown[];
}

export function parseFormula(formula: string): ParsedFormula {
  const match = /^=GW\.([A-Z]+)\((.*)\)$/s.exec(formula.trim());
  if (match === null) throw new Error(`Not a GW formula: ${formula}`);
  const [, id, body] = match;
  const args: unknown[] = [];
  let i = 0;
  const text = body.trim();
  if (text === "") return { id, args };
  for (;;) {
    while (text[i] === " ") i++;
    if (text[i] === "{") {
      // An array constant, as Excel writes one: {"name","gw";"A",1} is two rows of two columns.
      const end = text.indexOf("}", i);
      if (end === -1) throw new Error(`Unclosed array constant in ${formula}`);
      args.push(text.slice(i + 1, end).split(";").map((row) => row.split(",").map((cell) => {
        const token = cell.trim();
        if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
        if (token === "") return null;
        if (Number.isNaN(Number(token))) throw new Error(`Unsupported token ${token} in ${formula}`);
        return Number(token);
      })));
      i = end + 1;
    } else if (text[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') { value += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else if (i >= text.length) throw new Error(`Unclosed string in ${formula}`);
        else value += text[i++];
      }
      args.push(value);
    } else {
      const end = text.indexOf(",", i);
      const token = (end === -1 ? text.slice(i) : text.slice(i, end)).trim();
      i = end === -1 ? text.length : end;
      if (token === "") args.push(null);
      else if (/^(TRUE|FALSE)$/i.test(token)) args.push(token.toUpperCase() === "TRUE");
      else if (!Number.isNaN(Number(token))) args.push(Number(token));
      else throw new Error(`Unsupported token ${token} in ${formula}`);
    }
    while (text[i] === " ") i++;
    if (i >= text.length) break;
    if (text[i] !== ",") throw new Error(`Expected a comma at ${i} in ${formula}`);
    i++;
    if (text.slice(i).trim() === "") { args.push(null); break; }
  }
  return { id, args };
}

export interface FormulaCase {
  formula: string;
  expected?: number | string;
  matches?: string;
  shape?: [number, number];
  cells?: Array<[number, number, number | string]>;
  /** The whole expected table, every cell (numbers to a relative 1e-12). */
  table?: Array<Array<number | string>>;
  error?: string;
  message?: string;
  why?: string;
  readme?: boolean;
}

/** Relative tolerance for hand-computed expectations (they are printed to 17 digits). */
export function closeTo(actual: number, expected: number): boolean {
  return actual === expected || Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(expected), 1e-300);
}

/**
 * Checks what a formula gave against its row in the table, however it was run: `outcome` is the value
 * (a table for spilled results) or the error's code and message.
 */
export function expectFormulaResult(c: FormulaCase, outcome: { value?: unknown; error?: { code: string; message: string } }): void {
  if (c.error !== undefined) {
    expect(outcome.error?.code).toBe(c.error);
    expect(outcome.error?.message).toContain(c.message ?? "");
    return;
  }
  expect(outcome.error).toBeUndefined();
  const value = outcome.value;
  if (typeof c.expected === "number") {
    expect(typeof value).toBe("number");
    expect(closeTo(value as number, c.expected)).toBe(true);
  } else if (typeof c.expected === "string") {
    expect(value).toBe(c.expected);
  } else if (c.matches !== undefined) {
    // A matrix function's 1 × 1 result is what Excel shows as one value (GW.VERSION() without list).
    const single = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
    expect(single).toMatch(new RegExp(c.matches));
  } else if (c.shape !== undefined) {
    const table = value as unknown[][];
    expect([table.length, table[0].length]).toEqual(c.shape);
    for (const [row, col, expected] of c.cells ?? []) expect(table[row][col]).toEqual(expected);
    if (c.table !== undefined) expectTable(table, c.table);
  } else {
    throw new Error(`Case ${c.formula} has no expectation`);
  }
}

/** Every cell of a table against an expected table: text exactly, numbers to a relative 1e-12. */
export function expectTable(actual: unknown[][], expected: ReadonlyArray<ReadonlyArray<number | string>>): void {
  const mismatches: string[] = [];
  if (actual.length !== expected.length) mismatches.push(`${actual.length} rows, expected ${expected.length}`);
  expected.forEach((row, r) => {
    if (actual[r]?.length !== row.length) mismatches.push(`row ${r}: ${actual[r]?.length} cells, expected ${row.length}`);
    row.forEach((cell, col) => {
      const got = actual[r]?.[col];
      const same = typeof cell === "number" ? typeof got === "number" && closeTo(got, cell) : got === cell;
      if (!same) mismatches.push(`[${r}][${col}] ${JSON.stringify(got)}, expected ${JSON.stringify(cell)}`);
    });
  });
  expect(mismatches).toEqual([]);
}
