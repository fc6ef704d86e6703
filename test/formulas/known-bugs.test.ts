/**
 * The ten bugs of issue 17 that the suite once let through, each put back into src/ by hand and seen
 * to fail the test named after it (see the README's "Tests" section). Expected numbers are hand
 * calculations from the catalog's figures (Python exact fractions), never the code's own output.
 */
import { localeFor } from "../../src/taskpane/strings";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";
import { storeFixtureScenarios } from "../helpers/scenarios";
import { closeTo, expectTable } from "../helpers/formula";

const excel = loadRegistered();
const table = (id: string, ...args: unknown[]) => valueOf(excel, id, ...args) as (number | string)[][];

test("FLOWS vests warrant shares in whole-GW steps, not continuously", () => {
  // OpenAI–AMD (catalog 2026.11.1): 1 GW by 2027-01-01, then 5 GW evenly over the 1,369 days to 2030-09-30:
  // the 2nd GW arrives 273.8 days in, early in Q4.
  const rows = table("FLOWS", "openai-amd", "2027-Q1", "2027-Q4", "quarter");
  expect(rows.slice(1).map((r) => r[4])).toEqual([0, 0, 0, 160e6 / 6]);
});

test("FLOWS charges the contract price per GW where a deal has one (Meta–AMD, Cerebras), not the hardware's capex", () => {
  const meta = table("FLOWS", "meta-amd", 2026, 2026, "year", "high");
  expect(meta[1][2]).toBe(16.7e9); // 1 GW in 2026 × $16.7B (high end of the reported range)
  const cerebras = table("FLOWS", "openai-cerebras", 2027, 2027);
  // catalog 2026.11.1: the 0.3 GW of 2027 × $26,666,666,667 per GW (>$20B for 750 MW)
  expect(closeTo(cerebras[1][2] as number, 8000000000.1)).toBe(true);
});

test("SYSTEMS keeps the price per accelerator and the price per system in their own columns", () => {
  const rows = table("SYSTEMS");
  const col = (name: string) => rows[0].indexOf(name);
  const gb200 = rows.find((r) => r[0] === "gb200-nvl72")!;
  expect([gb200[col("Price per accelerator (USD)")], gb200[col("Price per system (USD)")]]).toEqual([37000, 3750000]);
});

test("DEALS gives each deal's start before its end", () => {
  const rows = table("DEALS");
  const amd = rows.find((r) => r[0] === "openai-amd")!;
  // 2026-07-01 and 2030-09-30 as Excel serials
  expect([amd[rows[0].indexOf("Start")], amd[rows[0].indexOf("End")]]).toEqual([46204, 47756]);
});

test("RAMP's capex column is the capex of the GW added in each period, not of the cumulative GW", () => {
  // GB300 low: 1e6 ÷ (140 ÷ 72 × 1.15 × 1.4) GPUs per GW ÷ 72 × $3.8M × 1.1 + 1,000 MW × $8M, for 1 GW a quarter
  const rows = table("RAMP", 1, "2027-Q1", "2027-Q4", "quarter", "GB300", "low");
  for (const row of rows.slice(1)) expect(closeTo(row[4] as number, 26544809228.039043)).toBe(true);
});

describe("with stored scenarios", () => {
  const source = loadRegistered("src");
  beforeAll(() => storeFixtureScenarios());

  test("ACCELERATORS follows the scenario's estimate case when estimate is omitted", () => {
    // "Low case": 1e6 ÷ (140 ÷ 72 × 1.15 × 1.4 kW)
    expect(closeTo(valueOf(source, "ACCELERATORS", 1, "GB200", null, null, null, "Low case") as number, 319432.1206743567)).toBe(true);
  });

  test("ENERGY follows the scenario's utilisation when utilization is omitted", () => {
    // "Hot site": 1,000 MW × 8,760 h × 0.6
    expect(valueOf(source, "ENERGY", 1, null, null, "Hot site")).toBe(5256000);
  });
});

test("the pane's German number parser drops thousands dots", () => {
  const german = localeFor("de-DE");
  expect(german.parse("1.000,5")).toBe(1000.5);
  expect(german.parse("12.345.678")).toBe(12345678);
  expect(localeFor("en-US").parse("1,000.5")).toBe(1000.5);
});

test("the schedule() entry point Excel calls passes from and to in order", () => {
  const rows = table("SCHEDULE", [["openai-amd"]], "gw_cumulative", 2026, 2030);
  expectTable(rows, [["Year", "GW cumulative"], [2026, 1], [2027, 2.33308984660336], [2028, 3.6698319941563184], [2029, 5.0029218407596785], [2030, 6]]);
  // each row is the cumulative GW at the end of its year: 1 GW, then 1 + 5 × days since 2027-01-01 ÷ 1,369 (to 2030-09-30)
});

test("the capex() entry point Excel calls passes scope and estimate in order", () => {
  // low systems capex of 1 GW of GB200: 1e6 ÷ (140 ÷ 72 × 1.15 × 1.4) ÷ 72 × $3.5M
  const outcome = callRegistered(excel, "CAPEX", [1, "GB200", "systems", "low"]);
  expect(outcome.error).toBeUndefined();
  expect(closeTo(outcome.value as number, 15527950310.559006)).toBe(true);
});
