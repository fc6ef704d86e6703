/**
 * GW.PLAN: golden tables from the independent Python generator, exact telescoping, equality with
 * SCHEDULE (deal rows) and with RAMP / ACCELERATORS / CAPEX (one tranche), shapes against hand-computed
 * shares, and the errors a bad tranche table answers.
 */
import golden from "../fixtures/plans.json";
import { Dec } from "../../src/model/decimal";
import { periodBoundaries } from "../../src/model/periods";
import { cumulativeAt, cumulativeSeries, MEASURES } from "../../src/model/schedule";
import { planFlows } from "../../src/functions/plan";
import { DEFAULT_SCENARIO } from "../../src/functions/scenarios";
import { serialFromIso } from "../../src/model/dates";
import { closeTo } from "../helpers/formula";
import { gw, gwError } from "../helpers/invoke";

type Table = (number | string)[][];
const near = (a: number, b: number) => closeTo(a, b) || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
const HEADER = ["name", "start", "end", "gw", "system"];
const BASE = { case: "base" as const, overrides: {} };

describe.each(Object.entries(golden.tables))("golden plan table %s", (key, rows) => {
  test("matches the exact-fraction computation", () => {
    const [measure, period] = key.split("|");
    const table = gw("PLAN", golden.tranches, measure, null, null, period) as Table;
    expect(table.length - 1).toBe(rows.length);
    rows.forEach(([label, value], i) => {
      expect(table[i + 1][0]).toBe(label);
      expect(near(table[i + 1][1] as number, value)).toBe(true);
    });
  });
});

describe("telescoping", () => {
  const flows = planFlows(golden.tranches, "base", DEFAULT_SCENARIO);
  test.each(["year", "quarter", "month"] as const)("per-%s values of every measure sum exactly (decimal) to the cumulative value", (period) => {
    const boundaries = periodBoundaries(serialFromIso("2027-01-01")!, serialFromIso("2030-06-30")!, period, 1000)!;
    for (const measure of MEASURES.filter((m) => !m.startsWith("bf16") && !m.startsWith("h100e"))) {
      const series = cumulativeSeries(flows, measure, boundaries, BASE);
      series.forEach((value, k) => {
        const direct = cumulativeAt(flows, measure, boundaries[k], BASE);
        expect(value.minus(direct).abs().lte(direct.abs().times("1e-30"))).toBe(true);
      });
      const added = series.slice(1).map((v, k) => v.minus(series[k]));
      expect(added.reduce((a, b) => a.plus(b), new Dec(0)).eq(series[series.length - 1].minus(series[0]))).toBe(true);
    }
  });

  test("the added column of the registered function sums to the last cumulative row", () => {
    for (const [measure, cumulative] of [["gw_added", "gw_cumulative"], ["accelerators_added", "accelerators_cumulative"], ["fp8_pflops_added", "fp8_pflops_cumulative"]]) {
      const added = gw("PLAN", golden.tranches, measure, null, null, "month") as number[][];
      const total = gw("PLAN", golden.tranches, cumulative, null, null, "month") as number[][];
      const sum = added.slice(1).reduce((s, r) => s + r[1], 0);
      expect(Math.abs(sum / total[total.length - 1][1] - 1)).toBeLessThan(1e-12);
    }
    // 0.3 + 0.8 × 0.5 + 1 GW
    const total = gw("PLAN", golden.tranches, "gw_cumulative") as number[][];
    expect(near(total[total.length - 1][1], 1.7)).toBe(true);
  });
});

describe("a plan of documented deal rows equals GW.SCHEDULE of those deals", () => {
  const rows = [[...HEADER, "deal"], [null, null, null, null, null, "openai-amd"], ["", "", "", "", "", "Meta AMD"], ["x", null, null, null, null, "openai-nvidia"]];
  const deals = [["openai-amd"], ["meta-amd"], ["openai-nvidia"]];
  test.each(["gw_added", "gw_cumulative", "accelerators_cumulative", "capex", "energy", "fp8_pflops_added"])("%s, every estimate and period", (measure) => {
    for (const c of ["low", "base", "high"]) {
      for (const period of ["year", "quarter"]) {
        const planned = gw("PLAN", rows, measure, 2026, 2031, period, c) as number[][];
        const scheduled = gw("SCHEDULE", deals, measure, 2026, 2031, period, c) as number[][];
        expect(planned[0]).toEqual(scheduled[0]);
        expect(planned.length).toBe(scheduled.length);
        planned.slice(1).forEach((row, i) => {
          expect(row[0]).toBe(scheduled[i + 1][0]);
          expect(near(row[1], scheduled[i + 1][1])).toBe(true);
        });
      }
    }
  });

  test("a licence-only deal row counts as zero", () => {
    const withLicence = [...rows, [null, null, null, null, null, "nvidia-groq"]];
    expect(gw("PLAN", withLicence, "gw_added", 2026, 2031)).toEqual(gw("PLAN", rows, "gw_added", 2026, 2031));
  });

  test("filled columns override the deal: gw makes it one tranche over the deal's span", () => {
    const table = gw("PLAN", [[...HEADER, "deal"], ["AMD, 3 GW", null, null, 3, null, "openai-amd"]], "gw_cumulative", null, null, "year") as number[][];
    expect(table.slice(1).map((r) => r[0])).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(near(table[5][1], 3)).toBe(true);
    // 3 GW evenly from 2026-07-01 to 2030-09-30 (catalog 2026.11.1: 184 + 365 + 366 + 365 + 273 = 1553 days): 184 days by 2027.
    expect(near(table[1][1], (3 * 184) / 1553)).toBe(true);
    expect(gwError("PLAN", [[...HEADER, "deal"], ["", null, null, 3, null, "openai-nvidia"]])).toMatchObject({
      code: "#VALUE!", message: expect.stringMatching(/row 2, column system: .*several systems/),
    });
  });
});

describe("one tranche equals RAMP, ACCELERATORS and CAPEX of the same capacity", () => {
  test.each(["GB300", "Vera Rubin", "MI450"])("%s, each estimate", (system) => {
    for (const c of ["low", "base", "high"]) {
      const rows = [HEADER, ...[2027, 2028, 2029].map((y) => [`${y}`, y, y, 1, system])];
      const ramp = gw("RAMP", 1, 2027, 2029, "year", system, c) as number[][];
      const added = gw("PLAN", rows, "gw_added", null, null, "year", c) as number[][];
      const accelerators = gw("PLAN", rows, "accelerators_cumulative", null, null, "year", c) as number[][];
      const capex = gw("PLAN", rows, "capex", null, null, "year", c) as number[][];
      for (let k = 1; k <= 3; k++) {
        expect(added[k][0]).toBe(ramp[k][0]);
        expect(near(added[k][1], ramp[k][1])).toBe(true);
        expect(near(accelerators[k][1], ramp[k][3])).toBe(true);
        expect(near(capex[k][1], ramp[k][4])).toBe(true);
        expect(near(accelerators[k][1], gw("ACCELERATORS", k, system, null, null, c) as number)).toBe(true);
        expect(near(capex[k][1], gw("CAPEX", 1, system, "total", c) as number)).toBe(true);
      }
    }
  });
});

describe("shapes, probability, PUE and price per row", () => {
  const one = (shape: string) => [[...HEADER, "shape"], ["t", "2027-01-01", "2027-12-31", 1, "GB300", shape]];
  test("front-loaded is 1 − (1 − u)², back-loaded u², even u: the first half of 2027 is 181 of 365 days", () => {
    const u = 181 / 365;
    const h1 = (shape: string) => (gw("PLAN", one(shape), "gw_added", null, null, "half") as number[][])[1][1];
    expect(near(h1("even"), u)).toBe(true);
    expect(near(h1("Front-loaded"), 1 - (1 - u) ** 2)).toBe(true);
    expect(near(h1("back loaded"), u ** 2)).toBe(true);
    expect(near(h1("früh"), 1 - (1 - u) ** 2)).toBe(true);
    // Energy over the year, in GW·days: ½, ⅔ and ⅓ of 365, × 24 h × 1000 × 0.8.
    const energy = (shape: string) => (gw("PLAN", one(shape), "energy") as number[][])[1][1];
    expect(near(energy("even"), (365 / 2) * 24 * 1000 * 0.8)).toBe(true);
    expect(near(energy("front_loaded"), ((365 * 2) / 3) * 24 * 1000 * 0.8)).toBe(true);
    expect(near(energy("back_loaded"), (365 / 3) * 24 * 1000 * 0.8)).toBe(true);
  });

  test("probability weights the GW; pue and price_per_system apply to the row only", () => {
    const rows = [[...HEADER, "probability", "pue", "price_per_system"],
      ["p", 2027, 2027, 2, "GB300", 0.25, null, null],
      ["q", 2027, 2027, 1, "GB300", null, 1.5, 5e6]];
    const gwTotal = gw("PLAN", rows, "gw_cumulative") as number[][];
    expect(near(gwTotal[1][1], 2 * 0.25 + 1)).toBe(true);
    const accelerators = gw("PLAN", rows, "accelerators_cumulative") as number[][];
    expect(near(accelerators[1][1], (gw("ACCELERATORS", 0.5, "GB300") as number) + (gw("ACCELERATORS", 1, "GB300", 1.5) as number))).toBe(true);
    // Capex of row q: its GPUs ÷ 72 per rack × $5M, plus 15 % network, plus $11M per MW of facility.
    const capex = gw("PLAN", rows, "capex") as number[][];
    const racksQ = (gw("ACCELERATORS", 1, "GB300", 1.5) as number) / 72;
    expect(near(capex[1][1], (gw("CAPEX", 0.5, "GB300") as number) + racksQ * 5e6 * 1.15 + 1000 * 11e6)).toBe(true);
  });

  test("headers match without regard to case, and in German; other columns and blank rows are ignored", () => {
    const german = [["Bezeichnung", "Beginn", "Ende", "GW", "System", "Form", "Wahrscheinlichkeit", "Standort"],
      ["A", "2027-Q2", "2027-Q4", 0.3, "GB300", "gleichmäßig", 1, "Texas"],
      [null, null, null, null, null, null, null, null],
      ["", "", "", "", "", "", "", ""],
      ["B", "2028-01-01", "2028-12-31", 0.5, "Vera Rubin", "spät", 0.8, "Ohio"]];
    const english = [["NAME", "Start", " end ", "Gw", "SYSTEM", "Shape", "Probability"],
      ["A", "2027-04-01", "2027-12-31", 0.3, "gb300-nvl72", "even", 1],
      ["B", 2028, 2028, 0.5, "vera-rubin-nvl72", "back_loaded", 0.8]];
    expect(gw("PLAN", german, "gw_added", null, null, "quarter")).toEqual(gw("PLAN", english, "gw_added", null, null, "quarter"));
  });
});

describe("bad tranche tables answer errors naming row and column", () => {
  const ok = ["A", "2027-01-01", "2027-12-31", 1, "GB300"];
  test.each([
    ["a missing column", [["name", "start", "end", "system"], ["A", 2027, 2027, "GB300"]], "#VALUE!", /no "gw" column.*found: name, start, end, system/],
    ["a repeated column", [[...HEADER, "GW"], [...ok, 1]], "#VALUE!", /"gw" column twice/],
    ["end before start", [HEADER, ok, ["B", "2028-06-30", "2028-01-01", 1, "GB300"]], "#NUM!", /row 3 \("B"\), column end: end \(2028-01-01\) is before start \(2028-06-30\)/],
    ["an unknown system", [HEADER, ["A", 2027, 2027, 1, "GB3000"]], "#N/A", /row 2 \("A"\), column system: Unknown system "GB3000"\. Did you mean "GB300"\?/],
    ["text in gw", [HEADER, ["A", 2027, 2027, "lots", "GB300"]], "#VALUE!", /row 2 \("A"\), column gw: gw must be a number; got "lots"/],
    ["negative gw", [HEADER, ["A", 2027, 2027, -1, "GB300"]], "#NUM!", /column gw: gw must be at least 0/],
    ["a missing cell", [HEADER, ["A", 2027, null, 1, "GB300"]], "#VALUE!", /row 2 \("A"\), column end: end is required/],
    ["a bad date", [HEADER, ["A", "soon", 2027, 1, "GB300"]], "#VALUE!", /column start: start "soon" is not a date/],
    ["an unknown shape", [[...HEADER, "shape"], [...ok, "sideways"]], "#VALUE!", /column shape: shape "sideways" is not one of: even, front_loaded, back_loaded/],
    ["a probability above 1", [[...HEADER, "probability"], [...ok, 1.5]], "#NUM!", /column probability: probability must be at most 1/],
    ["an unknown deal", [[...HEADER, "deal"], ["", null, null, null, null, "openai-amx"]], "#N/A", /column deal: Unknown deal "openai-amx"\. Did you mean "openai-amd"\?/],
    ["an error value in a cell", [HEADER, ["A", 2027, 2027, { code: "#DIV/0!" }, "GB300"]], "#DIV/0!", /.*/],
    ["only a header", [HEADER], "#VALUE!", /no tranche/],
    ["only blank rows", [HEADER, [null, null, null, null, null]], "#VALUE!", /no tranche/],
    ["not a range", "GB300", "#VALUE!", /first row is a header/],
  ])("%s", (_what, table, code, message) => {
    const error = gwError("PLAN", table);
    expect(error.code).toBe(code);
    expect(error.message ?? "").toMatch(message);
  });

  test("10,000 rows are refused with a message; 9,999 are read", () => {
    const rows = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => [`t${i}`, 2027, 2027, 0.001, "GB300"])];
    expect(gwError("PLAN", rows(10000))).toMatchObject({ code: "#NUM!", message: expect.stringContaining("10000 rows or more") });
    const table = gw("PLAN", rows(9999), "gw_cumulative") as number[][];
    expect(near(table[1][1], 9.999)).toBe(true);
  });

  test("a compute measure on a system without the figure is #N/A", () => {
    expect(gwError("PLAN", [HEADER, ["W", 2027, 2027, 1, "CS-3"]], "fp8_pflops_added")).toMatchObject({ code: "#N/A", message: expect.stringContaining("fp8_pflops") });
  });
});
