/**
 * GW.PLAN through the function Excel calls: an end typed as a whole period ends on that period's last
 * day (2027-H1 is 2027-06-30, as a deal's tranche ends), the probability column's edges, and a row's
 * Bernoulli draw in percentiles. Written to kill the mutants StrykerJS found surviving in
 * src/functions/plan.ts (period patterns, the probability bounds, the percentile range). Expected values
 * are hand calculations: 1 GW delivered evenly by day from the start of the first day to the end of the last.
 */
import { gw, gwError } from "../helpers/invoke";

const HEADER = ["name", "start", "end", "gw", "system"];
const plan = (end: unknown, extra: { probability?: unknown } = {}) => {
  const header = extra.probability === undefined ? HEADER : [...HEADER, "probability"];
  const row = ["T", "2027-01-01", end, 1, "GB300", ...(extra.probability === undefined ? [] : [extra.probability])];
  return [header, row];
};
/** GW added per quarter of 2027. */
const quarters = (end: unknown, estimate: string | null = null, extra = {}) =>
  (gw("PLAN", plan(end, extra), "gw_added", "2027-01-01", "2027-12-31", "quarter", estimate) as number[][]).slice(1).map((r) => r[1]);
const close = (actual: number[], expected: number[]) => actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));

describe("an end typed as a whole period ends on its last day", () => {
  // 2027-01-01 … 2027-06-30 is 181 days: Q1 has 90 of them, Q2 91.
  const firstHalf = [90 / 181, 91 / 181, 0, 0];
  test.each(["2027-H1", "2027 H1", "2027h1", "2027-Q2", "2027Q2", "2027 q2", "2027-06", " 2027-06 ", "2027-06-30"])("end %p is 2027-06-30", (end) => {
    close(quarters(end), firstHalf);
  });

  test.each([["2027-Q1"], ["2027-03"], ["2027-03-31"]])("end %p is 2027-03-31: all of the GW in Q1", (end) => {
    close(quarters(end), [1, 0, 0, 0]);
  });

  // A whole year: 365 days, quarters of 90, 91, 92 and 92.
  test.each([[2027], ["2027"], [" 2027 "], ["2027-12-31"]])("end %p is 2027-12-31", (end) => {
    close(quarters(end), [90 / 365, 91 / 365, 92 / 365, 92 / 365]);
  });

  test("a number that is not a year is a date serial: 46142 is 2026-04-30, before the start", () => {
    expect(gwError("PLAN", plan(46142)).code).toBe("#NUM!");
    // 2027-01-01 is serial 46388 (2026-01-01 is 46023, + 365); 2027-06-30 is 180 days later.
    close(quarters(46568), firstHalf);
  });
});

describe("the probability column", () => {
  test("0 and 1 are allowed (the edges of 0–1) and weigh the row's GW in the expected value", () => {
    close(quarters("2027-Q1", null, { probability: 0 }), [0, 0, 0, 0]);
    close(quarters("2027-Q1", null, { probability: 1 }), [1, 0, 0, 0]);
    close(quarters("2027-Q1", null, { probability: 0.25 }), [0.25, 0, 0, 0]);
  });

  test("below 0 or above 1 is #NUM!", () => {
    expect(gwError("PLAN", plan("2027-Q1", { probability: -0.01 })).code).toBe("#NUM!");
    expect(gwError("PLAN", plan("2027-Q1", { probability: 1.01 })).code).toBe("#NUM!");
  });

  test("percentiles draw the whole row or nothing: with probability 0.5, p90 is 1 GW, p10 0, the mean 0.5", () => {
    // Half the samples deliver the full 1 GW, half nothing (an even Latin-hypercube split of 10,000).
    close(quarters("2027-Q1", "p90", { probability: 0.5 }), [1, 0, 0, 0]);
    close(quarters("2027-Q1", "p10", { probability: 0.5 }), [0, 0, 0, 0]);
    expect(quarters("2027-Q1", "mean", { probability: 0.5 })[0]).toBeCloseTo(0.5, 2);
    close(quarters("2027-Q1", "p90", { probability: 0 }), [0, 0, 0, 0]);
  });
});

describe("tables that are not tranche tables", () => {
  test("a header alone has no rows: #VALUE! saying so", () => {
    const error = gwError("PLAN", [HEADER]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/header but no tranche/);
  });
});
