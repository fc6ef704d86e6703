/**
 * GW.PLAN's edges, through the function Excel calls: which rows a table may hold (header only, rows
 * that are not rows, a row with only some columns filled), how a deal row's filled columns override
 * the deal, labels in error messages, the default period range, and the Monte Carlo draw of deal rows.
 * Expected values are hand calculations from the catalog's figures (catalog 2026.11.1):
 * microsoft-iren is one GB300 tranche of 0.2 / 0.24 / 0.28 GW (low / base / high), evenly over 2026
 * (365 days: quarters of 90, 91, 92 and 92); GB300 is 72 GPUs in a 132 kW rack at $4M; the default PUE
 * is 1.2 and IT overhead 1.1, so one GPU takes 132 ÷ 72 × 1.1 × 1.2 = 2.42 kW of facility power.
 */
import { gw, gwError } from "../helpers/invoke";

const HEADER = ["name", "start", "end", "gw", "system"];
const values = (table: unknown) => (table as number[][]).slice(1).map((r) => r[1]);
const labels = (table: unknown) => (table as number[][]).slice(1).map((r) => r[0]);
const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
};
const expectError = (error: { code: string; message: string }, code: string, message: string | RegExp) => {
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
};

describe("the shape of the tranches range", () => {
  test("one row only, whatever it holds, is a header without tranches", () => {
    expectError(gwError("PLAN", [["name"]]), "#VALUE!", "tranches has a header but no tranche below it.");
  });

  test("rows that are not rows of cells are not a table", () => {
    expectError(gwError("PLAN", [HEADER, "A"]), "#VALUE!", /^tranches must be a range whose first row is a header/);
  });

  test("the missing-column message lists the headers found, trimmed, without blank cells", () => {
    const table = [["name", " Start ", "  ", "end", "system"], ["A", "2027-01-01", "2027-12-31", 1, "GB300"]];
    expectError(gwError("PLAN", table), "#VALUE!",
      'tranches has no "gw" column in its header row (accepted: gw, gigawatt, gigawatts; found: name, Start, end, system).');
  });

  test("a header matches with several spaces or hyphens between its words", () => {
    // price_per_system of $8M, twice GB300's $4M: 1 GW is 1e6 ÷ 2.42 GPUs = 413,223.14 ÷ 72 racks,
    // × $8M × 1.15 (network) = $52.81B, plus $11M per MW × 1000 MW of facility = $63.81B.
    const table = [[...HEADER, "Price  per - system"], ["A", 2027, 2027, 1, "GB300", 8e6]];
    const racks = 1e6 / 2.42 / 72;
    expect(values(gw("PLAN", table, "capex"))[0] / (racks * 8e6 * 1.15 + 1000 * 11e6)).toBeCloseTo(1, 12);
  });
});

describe("a row's label in error messages", () => {
  const endBeforeStart = (name: unknown) => gwError("PLAN", [HEADER, [name, "2027-01-01", "2026-12-31", 1, "GB300"]]);
  const problem = "column end: end (2026-12-31) is before start (2027-01-01).";
  test("a text name is quoted trimmed", () => {
    expectError(endBeforeStart(" A "), "#NUM!", `tranches row 2 ("A"), ${problem}`);
  });
  test("a number as name labels the row too", () => {
    expectError(endBeforeStart(7), "#NUM!", `tranches row 2 ("7"), ${problem}`);
  });
  test("a blank or logical name gives no label", () => {
    expectError(endBeforeStart(null), "#NUM!", `tranches row 2, ${problem}`);
    expectError(endBeforeStart(true), "#NUM!", `tranches row 2, ${problem}`);
  });
  test("an unknown system is quoted as typed, without the spaces around it", () => {
    expectError(gwError("PLAN", [HEADER, ["A", 2027, 2027, 1, " GB3000 "]]), "#N/A", 'tranches row 2 ("A"), column system: Unknown system "GB3000". Did you mean "GB300"?');
  });
});

describe("a row without a deal needs gw, start, end and system", () => {
  const row = (cells: Partial<Record<"start" | "end" | "gw" | "system", unknown>>) =>
    gwError("PLAN", [HEADER, ["A", cells.start ?? null, cells.end ?? null, cells.gw ?? null, cells.system ?? null]]);
  test("a row with only a name asks for gw or a deal", () => {
    expectError(row({}), "#VALUE!", 'tranches row 2 ("A"), column gw: fill gw (and start, end, system), or name a deal.');
  });
  test("a row with any of them filled names the first missing one", () => {
    expectError(row({ system: "GB300" }), "#VALUE!", 'tranches row 2 ("A"), column start: start is required.');
    expectError(row({ gw: 1 }), "#VALUE!", 'tranches row 2 ("A"), column start: start is required.');
    expectError(row({ start: "2027" }), "#VALUE!", 'tranches row 2 ("A"), column end: end is required.');
    expectError(row({ end: "2027" }), "#VALUE!", 'tranches row 2 ("A"), column start: start is required.');
  });
  test("a tranche of one day (start = end) delivers all of its GW that day", () => {
    const table = gw("PLAN", [HEADER, ["A", "2027-03-15", "2027-03-15", 2, "GB300"]], "gw_added", null, null, "month");
    // One period: March 2027, whose first day is serial 46447 (2027-01-01 is 46388, + 31 + 28).
    expect(labels(table)).toEqual([46447]);
    close(values(table), [2]);
  });
});

describe("end typed as a number", () => {
  test("a whole number below 1900 is a date serial, not a year: 1000 is 1902-09-26", () => {
    // 1900-03-01 is serial 61; + 365 + 365 (1900 and 1901 are not leap years) + 184 (March–August) = 975, 1902-09-01.
    const table = gw("PLAN", [HEADER, ["A", "1902-09-01", 1000, 1, "GB300"]], "gw_added", null, null, "month");
    expect(labels(table)).toEqual([975]);
    close(values(table), [1]);
  });

  test("9999, the last year, ends on 9999-12-31", () => {
    // 9999 is not a leap year: quarters of 90, 91, 92 and 92 of its 365 days.
    const table = gw("PLAN", [HEADER, ["A", "9999-01-01", 9999, 1, "GB300"]], "gw_added", null, null, "quarter");
    close(values(table), [90 / 365, 91 / 365, 92 / 365, 92 / 365]);
  });
});

describe("every header name a column accepts, English and German, reads that column", () => {
  const replaced = (column: string, alias: string) => HEADER.map((c) => (c === column ? alias : c));
  // A required column under another name: without it the table would be refused (no such column).
  test.each([
    ["name", "Bezeichnung"], ["name", "Tranche"], ["start", "Beginn"], ["start", "Anfang"], ["end", "Ende"],
    ["gw", "Gigawatt"], ["gw", "Gigawatts"],
  ])("%s as %p: 1 GW over 2027", (column, alias) => {
    close(values(gw("PLAN", [replaced(column, alias), ["A", 2027, 2027, 1, "GB300"]], "gw_cumulative", 2027, 2027)), [1]);
  });
  // An optional column under another name: unread, it would be ignored as any other column is.
  test.each(["Shape", "Form", "Verlauf"])("shape as %p: back-loaded, (181/365)² of the GW in 2027's first half", (alias) => {
    const table = [[...HEADER, alias], ["A", "2027-01-01", "2027-12-31", 1, "GB300", "back_loaded"]];
    close(values(gw("PLAN", table, "gw_added", "2027-01-01", "2027-06-30", "half")), [(181 / 365) ** 2]);
  });
  test.each(["Probability", "Wahrscheinlichkeit"])("probability as %p: 0.25 of 1 GW", (alias) => {
    close(values(gw("PLAN", [[...HEADER, alias], ["A", 2027, 2027, 1, "GB300", 0.25]], "gw_cumulative", 2027, 2027)), [0.25]);
  });
  test.each(["Price per system", "Preis pro System", "Preis je System", "Systempreis"])("price_per_system as %p: $8M racks", (alias) => {
    // As above: 1e6 ÷ 2.42 GPUs ÷ 72 per rack × $8M × 1.15 (network), plus $11M per MW × 1000 MW.
    const capex = values(gw("PLAN", [[...HEADER, alias], ["A", 2027, 2027, 1, "GB300", 8e6]], "capex", 2027, 2027))[0];
    expect(capex / ((1e6 / 2.42 / 72) * 8e6 * 1.15 + 1000 * 11e6)).toBeCloseTo(1, 12);
  });
  test.each(["Deal", "Vertrag"])("deal as %p: microsoft-iren's 0.24 GW in 2026", (alias) => {
    close(values(gw("PLAN", [[...HEADER, alias], ["", null, null, null, null, "microsoft-iren"]], "gw_cumulative", 2026, 2026)), [0.24]);
  });
});

describe("a deal row's filled columns override the deal", () => {
  /** A microsoft-iren row with the given columns filled (start, end in place; others added at the end). */
  const dealRow = (filled: Record<string, unknown>) => {
    const added = Object.keys(filled).filter((c) => !HEADER.includes(c));
    return [[...HEADER, "deal", ...added], [...HEADER.map((c) => filled[c] ?? null), "microsoft-iren", ...added.map((c) => filled[c])]];
  };

  test("start alone: the deal's GW from that day to the deal's end", () => {
    // 0.24 GW evenly over 2026-07-01 … 2026-12-31 (184 days): 92 days in each of Q3 and Q4.
    const table = gw("PLAN", dealRow({ start: "2026-07-01" }), "gw_added", null, null, "quarter");
    expect(labels(table)).toEqual([46204, 46296]);
    close(values(table), [0.12, 0.12]);
  });

  test("end alone: the deal's GW from the deal's start to that day", () => {
    // 0.24 GW evenly over 2026-01-01 … 2026-06-30 (181 days): Q1 90 of them, Q2 91.
    const table = gw("PLAN", dealRow({ end: "2026-06-30" }), "gw_added", null, null, "quarter");
    close(values(table), [(0.24 * 90) / 181, (0.24 * 91) / 181]);
  });

  test("shape: back-loaded delivers u² of the GW by a share u of the time", () => {
    // Q1 is 90 of 365 days: 0.24 × (90/365)²; by the end of Q2 (181 days) 0.24 × (181/365)², and so on.
    const table = gw("PLAN", dealRow({ shape: "back_loaded" }), "gw_cumulative", null, null, "quarter");
    close(values(table), [90, 181, 273, 365].map((d) => 0.24 * (d / 365) ** 2));
  });

  test("pue: the deal's GPUs at that PUE", () => {
    // 0.24 GW ÷ (132 ÷ 72 × 1.1 × 1.5 = 3.025 kW) per GPU = 79,338.8 GPUs (at the default 1.2: 99,173.6).
    close(values(gw("PLAN", dealRow({ pue: 1.5 }), "accelerators_cumulative")), [240000 / 3.025]);
  });

  test("price_per_system: the deal's racks at that price", () => {
    // 0.24 GW ÷ 2.42 kW = 99,173.55 GPUs ÷ 72 = 1,377.41 racks × $8M × 1.15 + $11M × 240 MW.
    const racks = 240000 / 2.42 / 72;
    const capex = values(gw("PLAN", dealRow({ price_per_system: 8e6 }), "capex"))[0];
    expect(capex / (racks * 8e6 * 1.15 + 240 * 11e6)).toBeCloseTo(1, 12);
  });

  test("gw and system of a deal of several systems: one tranche of that system over the deal's span", () => {
    // openai-nvidia runs 2026-07-01 … 2030-12-31: 184 + 365 + 366 + 365 + 365 = 1645 days.
    const table = gw("PLAN", [[...HEADER, "deal"], ["", null, null, 1, "Vera Rubin", "openai-nvidia"]], "gw_added", null, null, "year");
    expect(labels(table)).toEqual([2026, 2027, 2028, 2029, 2030]);
    close(values(table), [184, 365, 366, 365, 365].map((d) => d / 1645));
  });

  test("a licence without capacity cannot become a tranche: #N/A in the deal column", () => {
    expectError(gwError("PLAN", [[...HEADER, "deal"], ["", null, null, 1, null, "nvidia-groq"]]), "#N/A",
      /^tranches row 2, column deal: NVIDIA–Groq .* is a licence without capacity; GW\.FLOWS shows its money\.$/);
  });

  test("a plan of only a licence, from a given year, is zero for that year", () => {
    expect(gw("PLAN", [[...HEADER, "deal"], ["", null, null, null, null, "nvidia-groq"]], "gw_added", 2027)).toEqual([["Year", "GW added"], [2027, 0]]);
  });
});

describe("the periods a plan spans by default", () => {
  test("to the latest end of any row, not the last row's; a year ending on 31 December adds no period after it", () => {
    const table = gw("PLAN", [HEADER, ["A", 2027, 2029, 3, "GB300"], ["B", 2027, 2027, 1, "GB300"]], "gw_added");
    // A: 1 GW a year over 2027–2029 (365 + 366 + 365 days, shares 365/1096 …); B: 1 GW in 2027.
    expect(labels(table)).toEqual([2027, 2028, 2029]);
    close(values(table), [(3 * 365) / 1096 + 1, (3 * 366) / 1096, (3 * 365) / 1096]);
  });

  test("to the latest last day even when a later row ends one day before it", () => {
    // A: 1 GW over 2027-01-01 … 2028-01-01 (366 days, the last in 2028); B: 1 GW over 2027.
    const table = gw("PLAN", [HEADER, ["A", "2027-01-01", "2028-01-01", 1, "GB300"], ["B", 2027, 2027, 1, "GB300"]], "gw_added");
    expect(labels(table)).toEqual([2027, 2028]);
    close(values(table), [365 / 366 + 1, 1 / 366]);
  });

  test("from after to is #NUM! saying so, for an estimate and a percentile alike", () => {
    const table = [HEADER, ["A", 2027, 2027, 1, "GB300"]];
    for (const estimate of [null, "p50"]) {
      expectError(gwError("PLAN", table, "gw_added", 2028, 2027, "year", estimate), "#NUM!", "from (2028-01-01) is after to (2027-01-01).");
    }
  });

  test("from = to is one period, for a percentile too", () => {
    expect(gw("PLAN", [HEADER, ["A", 2027, 2027, 1, "GB300"]], "gw_added", 2027, 2027, "year", "p50")).toEqual([["Year", "GW added"], [2027, 1]]);
  });
});

describe("percentiles of a plan", () => {
  const table = [[...HEADER, "deal", "probability"], ["", null, null, null, null, "microsoft-iren", 0.5]];
  const at2026 = (estimate: string) => values(gw("PLAN", table, "gw_cumulative", null, null, "year", estimate))[0];

  test("a deal row with a probability is delivered whole or not at all, its GW drawn from the deal's range", () => {
    // Half the samples deliver nothing: p10 is 0. The others draw from the triangle 0.2 / 0.24 / 0.28
    // (mean 0.24), so the mean is 0.5 × 0.24 = 0.12 and p90 (the triangle's 80th percentile) lies within it.
    expect(at2026("p10")).toBe(0);
    expect(at2026("mean")).toBeCloseTo(0.12, 3);
    expect(at2026("p90")).toBeGreaterThan(0.2);
    expect(at2026("p90")).toBeLessThan(0.28);
  });

  test("rows are drawn independently: two 1 GW rows at probability 0.5 give 0, 1 or 2 GW (¼, ½, ¼)", () => {
    const two = [[...HEADER, "probability"], ["A", 2027, 2027, 1, "GB300", 0.5], ["B", 2027, 2027, 1, "GB300", 0.5]];
    const total = (estimate: string) => values(gw("PLAN", two, "gw_cumulative", null, null, "year", estimate))[0];
    // P(0) = ¼ < 30 %, P(≤ 1) = ¾ ≥ 70 %: both p30 and p70 are 1 (drawn together, they would be 0 and 2).
    expect(total("p30")).toBe(1);
    expect(total("p70")).toBe(1);
  });
});
