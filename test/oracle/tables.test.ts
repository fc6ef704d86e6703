/**
 * Whole tables against an independent oracle: scripts/golden-schedules.py restates the README's rules in
 * Python's exact fractions from the catalog's data files alone (never from the TypeScript) and writes
 * every cell of GW.SYSTEMS, GW.DEALS, GW.ASSUMPTIONS, GW.SCHEDULE (every deal, measure, case, by year and
 * quarter), GW.FLOWS (every deal and case), GW.RAMP (every system and case), GW.RECONCILE and GW.CHANGES into
 * test/fixtures/schedules.json ("oracle"). Each table here is called through the functions Excel calls
 * and compared cell by cell (numbers to a relative 1e-12, i.e. well inside Excel's 15 digits).
 */
import golden from "../fixtures/schedules.json";
import { expectTable } from "../helpers/formula";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";
import { storeFixtureScenarios } from "../helpers/scenarios";

type Table = Array<Array<number | string>>;
const oracle = golden.oracle as unknown as {
  systems_header: string[]; systems: Record<string, Table[number]>;
  deals_header: string[]; deals: Record<string, Table[number]>;
  assumptions: Record<string, Table>;
  schedule: Record<string, Table | null>; flows: Record<string, Table | null>; ramp: Record<string, Table>;
  reconcile: Record<string, Table>;
  changes: Record<string, Table>;
  pinned: Record<string, unknown> & { definition: { name: string; catalogVersion: string } };
  scenarios: Record<string, unknown> & { definition: { name: string; case: string }; assumptions: Table;
    capacity: Record<string, { accelerators: number; capex: number; energy_mwh: number }> };
};
const excel = loadRegistered();
const table = (id: string, ...args: unknown[]) => valueOf(excel, id, ...args) as Table;

/** Rows keyed by their first cell: the order of a catalog table is the catalog's, its content is the oracle's. */
function byKey(rows: Table): Record<string, Table[number]> {
  return Object.fromEntries(rows.map((r) => [String(r[0]), r]));
}

test("GW.SYSTEMS: every cell of every system", () => {
  const [header, ...rows] = table("SYSTEMS");
  expect(header).toEqual(oracle.systems_header);
  expect(Object.keys(byKey(rows)).sort()).toEqual(Object.keys(oracle.systems).sort());
  const keyed = byKey(rows);
  expectTable(Object.keys(oracle.systems).map((k) => keyed[k]), Object.values(oracle.systems));
});

test("GW.DEALS: every cell of every deal", () => {
  const [header, ...rows] = table("DEALS");
  expect(header).toEqual(oracle.deals_header);
  expect(Object.keys(byKey(rows)).sort()).toEqual(Object.keys(oracle.deals).sort());
  const keyed = byKey(rows);
  expectTable(Object.keys(oracle.deals).map((k) => keyed[k]), Object.values(oracle.deals));
});

test("GW.ASSUMPTIONS: every cell, the last column at the catalog's base", () => {
  expectTable(table("ASSUMPTIONS"), oracle.assumptions.base);
});

const split = <N extends number>(key: string, n: N) => key.split("|").slice(0, n) as string[];
// Mutation runs (test/mutation/jest.config.js) keep quarterly tables of the base case only: each mutant reruns this file.
const scheduleCases = Object.entries(oracle.schedule).filter(([key]) => !process.env.GIGAWATT_MUTATION || !/\|quarter\|(low|high)$/.test(key))
  .map(([key, rows]) => [key, rows] as const);
test.each(scheduleCases)("GW.SCHEDULE %s", (key, expected) => {
  const [deal, measure, period, c] = split(key, 4);
  const outcome = callRegistered(excel, "SCHEDULE", [[[deal]], measure, null, null, period, c]);
  if (expected === null) {
    // The oracle finds the figure unpublished for a system of the deal: Excel gets #N/A saying so.
    expect(outcome.error?.code).toBe("#N/A");
  } else {
    expect(outcome.error).toBeUndefined();
    expectTable(outcome.value as Table, expected);
  }
});

test.each(Object.entries(oracle.flows))("GW.FLOWS %s", (key, expected) => {
  const [deal, period, c] = split(key, 3);
  if (expected === null) {
    // Capacity bought as a service at a price nobody reported: the buyer's spend is unknown, #N/A says so.
    expect(callRegistered(excel, "FLOWS", [deal, null, null, period, c]).error?.code).toBe("#N/A");
  } else {
    expectTable(table("FLOWS", deal, null, null, period, c), expected);
  }
});

// GW.RECONCILE answers in the base case: its deal, item, reported, modelled and ratio columns, deal by deal in
// the order the data reports them. (The low and high cases go through reconcileDeal in test/unit/reconcile.test.ts.)
test.each(Object.entries(oracle.reconcile).filter(([key]) => key.endsWith("|base")))("GW.RECONCILE %s", (key, expected) => {
  const deal = split(key, 1)[0];
  expectTable(table("RECONCILE", deal).slice(1).map((row) => row.slice(0, 5)), expected);
});

// GW.CHANGES between every two kept versions, both ways: every changed field, row by row in the oracle's order.
test.each(Object.entries(oracle.changes))("GW.CHANGES %s", (key, expected) => {
  const [from, to] = split(key, 2);
  const [header, ...rows] = table("CHANGES", from, to);
  expect(header).toEqual(["Item", "Field", "Old", "New", "Source"]);
  expectTable(rows, expected);
});

test.each(Object.entries(oracle.ramp))("GW.RAMP(1, 2027-Q1, 2028-Q2, quarter) %s", (key, expected) => {
  const [system, c] = split(key, 2);
  expectTable(table("RAMP", 1, "2027-Q1", "2028-Q2", "quarter", system, c), expected);
});

describe("with a stored scenario (high case, PUE, utilisation, price, ramp and system overrides)", () => {
  const source = loadRegistered("src");
  const name = oracle.scenarios.definition.name;
  beforeAll(() => storeFixtureScenarios([oracle.scenarios.definition]));
  const scenarioTable = (id: string, ...args: unknown[]) => valueOf(source, id, ...args) as Table;

  test("GW.ASSUMPTIONS shows the scenario's values, else the catalog's at the scenario's case", () => {
    expectTable(scenarioTable("ASSUMPTIONS", name), oracle.scenarios.assumptions);
  });

  test.each(Object.keys(oracle.scenarios).filter((k) => k.startsWith("schedule|")))("GW.SCHEDULE %s", (key) => {
    const [, deal, measure] = key.split("|");
    expectTable(scenarioTable("SCHEDULE", [[deal]], measure, null, null, "year", null, name), oracle.scenarios[key] as Table);
  });

  test.each(Object.keys(oracle.scenarios).filter((k) => k.startsWith("flows|")))("GW.FLOWS %s", (key) => {
    if (oracle.scenarios[key] === null) expect(callRegistered(source, "FLOWS", [key.split("|")[1], null, null, "year", null, name]).error?.code).toBe("#N/A");
    else expectTable(scenarioTable("FLOWS", key.split("|")[1], null, null, "year", null, name), oracle.scenarios[key] as Table);
  });

  test("ACCELERATORS, CAPEX and ENERGY per GW for every system", () => {
    const got = Object.fromEntries(Object.keys(oracle.scenarios.capacity).map((system) => [system, {
      accelerators: valueOf(source, "ACCELERATORS", 1, system, null, null, null, name),
      capex: valueOf(source, "CAPEX", 1, system, null, null, name),
      energy_mwh: valueOf(source, "ENERGY", 1, null, null, name),
    }]));
    const rows = (o: Record<string, Record<string, unknown>>) => Object.keys(oracle.scenarios.capacity).map((k) => [k, o[k].accelerators, o[k].capex, o[k].energy_mwh]) as Table;
    expectTable(rows(got), rows(oracle.scenarios.capacity));
  });
});

test.each(Object.entries((golden.oracle as unknown as { schedule_window: Record<string, Table> }).schedule_window))(
  "GW.SCHEDULE %s from 2024 to 2031: nothing added outside the deal, installed capacity keeps using energy", (key, expected) => {
    const [deal, measure] = key.split("|");
    expectTable(table("SCHEDULE", [[deal]], measure, 2024, 2031), expected);
  });

describe("with a scenario pinned to the first catalog (deals without a payment field, NVIDIA's investment per GW)", () => {
  const source = loadRegistered("src");
  const { name } = oracle.pinned.definition;
  beforeAll(() => storeFixtureScenarios([oracle.pinned.definition]));

  test.each(Object.keys(oracle.pinned).filter((k) => k.startsWith("flows|")))("GW.FLOWS %s", (key) => {
    const [, deal, c] = key.split("|");
    expectTable(valueOf(source, "FLOWS", deal, null, null, "year", c, name) as Table, oracle.pinned[key] as Table);
  });
});
