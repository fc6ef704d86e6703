/**
 * A scenario pins the catalog version it was built on: every formula naming it computes with that
 * version's data, through the functions Excel calls (the source realm, where the pane's published
 * scenarios are visible), and the pin survives storing, co-authors' merges and the pane's edits.
 *
 * Expected numbers are hand calculations from the data files (src/model/catalog/data/<version>/), in
 * the comments; both versions' pue (1.1 / 1.2 / 1.4) and it_overhead (0.05 / 0.1 / 0.15) are equal.
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { setMessages } from "../../src/i18n/messages";
import { MESSAGES_EN } from "../../src/i18n/messages.en";
import { MESSAGES_DE } from "../../src/i18n/messages.de";
import { CATALOG_VERSION, CATALOG_VERSIONS } from "../../src/model/catalog";
import { blankScenario, validateScenario, type ScenarioData } from "../../src/model/scenario";
import { ENTRY_PREFIX, HEADER_KEY, STORE_SCHEMA, readStore } from "../../src/model/scenario-store";
import { PaneController } from "../../src/taskpane/controller";
import { localeFor } from "../../src/taskpane/strings";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { closeTo } from "../helpers/formula";
import { errorOf, loadRegistered, valueOf } from "../helpers/registered";
import { FakeWorkbook, SettingsStore } from "../helpers/settings-store";

const OLD = "2026.11.0";
const DATA = path.resolve(__dirname, "../../src/model/catalog/data");
const NEW = "2026.11.1";
const registered = loadRegistered("src");
const call = (id: string, ...args: unknown[]) => valueOf(registered, id, ...args);
const fail = (id: string, ...args: unknown[]) => errorOf(registered, id, ...args);

function stored(raw: unknown): ScenarioData {
  const { scenario, problem } = validateScenario(raw);
  if (scenario === undefined) throw new Error(problem);
  return scenario;
}

const onOld = stored({ ...blankScenario("On old"), catalogVersion: OLD });
const onNew = stored({ ...blankScenario("On new"), catalogVersion: NEW });
const future = stored({ ...blankScenario("From the future"), catalogVersion: "2099.1.0" });

beforeEach(() => publishScenarios([onOld, onNew, future]));
afterEach(() => {
  publishScenarios([]);
  setMessages(MESSAGES_EN);
});

describe("a formula naming a scenario computes with the scenario's catalog version", () => {
  test("ACCELERATORS: MI450's rack power moved from 180 kW to 160 kW", () => {
    // 2026.11.0: 1e6 ÷ (180 ÷ 72 × 1.1 × 1.2) = 1e6 ÷ 3.3; 2026.11.1: 1e6 ÷ (160 ÷ 72 × 1.32) = 1e6 ÷ 2.9333…
    expect(closeTo(call("ACCELERATORS", 1, "MI450", null, null, null, "On old") as number, 303030.30303030304)).toBe(true);
    expect(closeTo(call("ACCELERATORS", 1, "MI450", null, null, null, "On new") as number, 340909.0909090909)).toBe(true);
    // Without a scenario: the current catalog, which is what a scenario pinned to it reads.
    const current = stored({ ...blankScenario("Current"), catalogVersion: CATALOG_VERSION });
    publishScenarios([onOld, onNew, current]);
    expect(call("ACCELERATORS", 1, "MI450")).toBe(call("ACCELERATORS", 1, "MI450", null, null, null, "Current"));
  });

  test.each([OLD, NEW])("every system of %s, in every estimate, counts accelerators per GW from that version's own files", (version) => {
    // From the raw JSON: the result's case c takes power at the opposite end o (it divides), accelerators per
    // system at c: 1e6 ÷ (system_kw[o] ÷ accelerators[c] × (1 + it_overhead[o]) × pue[o]).
    type Range = { low: number; base: number; high: number };
    const read = (file: string) => JSON.parse(readFileSync(path.join(DATA, version, file), "utf8"));
    const assumptions = read("assumptions.json") as ({ key: string } & Range)[];
    const a = (key: string) => assumptions.find((x) => x.key === key)!;
    const opposite = { low: "high", base: "base", high: "low" } as const;
    const scenario = stored({ ...blankScenario(`All of ${version}`), catalogVersion: version });
    publishScenarios([scenario]);
    const files = readdirSync(path.join(DATA, version, "systems"));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const system = read(`systems/${file}`) as { key: string; systemKw: Range; acceleratorsPerSystem: Range };
      for (const c of ["low", "base", "high"] as const) {
        const o = opposite[c];
        const expected = 1e6 / ((system.systemKw[o] / system.acceleratorsPerSystem[c]) * (1 + a("it_overhead")[o]) * a("pue")[o]);
        const got = call("ACCELERATORS", 1, system.key, null, null, c, `All of ${version}`) as number;
        if (!closeTo(got, expected)) throw new Error(`${version} ${system.key} ${c}: ${got}, expected ${expected}`);
      }
    }
  });

  test("POWER and CAPEX: Vera Rubin's rack went from 190 kW to 230 kW", () => {
    expect(closeTo(call("POWER", "Vera Rubin", "system", null, null, "On old") as number, 190 / 72)).toBe(true);
    expect(closeTo(call("POWER", "Vera Rubin", "system", null, null, "On new") as number, 230 / 72)).toBe(true);
    // Systems capex per GW: GPUs ÷ 72 × $7.8M a rack (both versions' price). 2026.11.0: 1e6 ÷ (190 ÷ 72 × 1.32) GPUs.
    const gpus = 1e6 / ((190 / 72) * 1.32);
    expect(closeTo(call("CAPEX", 1, "Vera Rubin", "systems", null, "On old") as number, (gpus / 72) * 7.8e6)).toBe(true);
  });

  test("DELIVERED and SCHEDULE: OpenAI–AMD's second tranche ran to 2029 and now to 2030-09-30", () => {
    // 1 GW in 2026, then 5 GW evenly from 2027-01-01. 2026.11.0: to 2029-12-31, 1,096 days, 365 of them in 2027:
    // 1 + 5 × 365 ÷ 1096. 2026.11.1: to 2030-09-30, 1,369 days: 1 + 5 × 365 ÷ 1369.
    expect(closeTo(call("DELIVERED", "openai-amd", 2028, "gw", null, "On old") as number, 1 + (5 * 365) / 1096)).toBe(true);
    expect(closeTo(call("DELIVERED", "openai-amd", 2028, "gw", null, "On new") as number, 1 + (5 * 365) / 1369)).toBe(true);
    // Accelerators: those GW × MI450 GPUs per GW of each version (above).
    expect(closeTo(call("DELIVERED", "openai-amd", 2028, "accelerators", null, "On old") as number, (1 + (5 * 365) / 1096) * (1e6 / 3.3))).toBe(true);
    const years = (scenario: string) => (call("SCHEDULE", "openai-amd", "gw_added", null, null, "year", null, scenario) as number[][]).slice(1).map((r) => r[0]);
    expect(years("On old")).toEqual([2026, 2027, 2028, 2029]);
    expect(years("On new")).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  test("PLAN reads its system column in the scenario's version", () => {
    const plan = [["name", "start", "end", "gw", "system"], ["A", 2027, 2027, 1, "MI450"]];
    const table = call("PLAN", plan, "accelerators_cumulative", null, null, null, null, "On old") as number[][];
    expect(table[1][0]).toBe(2027);
    expect(closeTo(table[1][1], 1e6 / 3.3)).toBe(true);
  });

  test("simulated estimates draw the pinned version's ranges", () => {
    // CS-3 chip TDP: triangular (21, 23, 25) kW in 2026.11.0, median 23; (15, 20, 23) in 2026.11.1, whose
    // median lies left of the mode: 15 + √(0.5 × 8 × 5) = 19.472 kW. 10,000 Latin-hypercube draws.
    expect(Math.abs((call("POWER", "CS-3", "chip", null, "p50", "On old") as number) - 23)).toBeLessThan(0.05);
    expect(Math.abs((call("POWER", "CS-3", "chip", null, "p50", "On new") as number) - (15 + Math.sqrt(20)))).toBeLessThan(0.05);
  });

  test("simulated schedules take the tranches' systems from the pinned version", () => {
    // PUE and IT overhead fixed by the scenario, completion certain: only MI450's rack power varies,
    // triangular (140, 180, 230) kW in 2026.11.0, whose median is 230 − √(0.5 × 90 × 50) = 182.566 kW
    // (the mode's share 40/90 is below one half). Accelerators per GW fall as power rises, so the median
    // maps through: 2.665 GW (above) × 1e6 × 72 ÷ (1.32 × 182.566) = 796,269.
    const fixed = stored({ ...blankScenario("Fixed old"), catalogVersion: OLD, overrides: { pue: 1.2, it_overhead: 0.1 }, probabilityOverrides: { "openai-amd": 1 } });
    publishScenarios([fixed]);
    const median = 230 - Math.sqrt(0.5 * 90 * 50);
    const expected = (1 + (5 * 365) / 1096) * 1e6 * 72 / (1.32 * median);
    const p50 = call("DELIVERED", "openai-amd", 2028, "accelerators", "p50", "Fixed old") as number;
    expect(Math.abs(p50 / expected - 1)).toBeLessThan(0.002);
  });

  test("a deal or system the pinned version does not have is unknown there, never taken from the current one", () => {
    expect(call("DELIVERED", "openai-oracle", 2031, "gw", null, "On new")).toBeGreaterThan(0);
    const deal = fail("DELIVERED", "openai-oracle", 2031, "gw", null, "On old");
    expect(deal.code).toBe("#N/A");
    expect(deal.message).toMatch(/^Unknown deal "openai-oracle"/);
    expect(fail("ACCELERATORS", 1, "H100", null, null, null, "On old").message).toMatch(/^Unknown system "H100"/);
    expect(call("ACCELERATORS", 1, "H100", null, null, null, "On new")).toBeGreaterThan(0);
  });

  test("a version this add-in does not keep is #N/A naming the kept versions and how to re-pin, in English and German", () => {
    const error = fail("ACCELERATORS", 1, "MI450", null, null, null, "From the future");
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(`Scenario "From the future" is pinned to catalog 2099.1.0, which this Gigawatt does not have (it keeps ${CATALOG_VERSIONS.join(", ")}). ` +
      `Update the add-in, or move the scenario to catalog ${CATALOG_VERSION} in the Gigawatt pane.`);
    // Every function that takes a scenario refuses it: schedules, plans, tables.
    for (const [id, args] of [["SCHEDULE", ["openai-amd", null, null, null, null, null]], ["ASSUMPTIONS", []], ["ENERGY", [1, null, null]],
      ["PLAN", [[["name", "start", "end", "gw", "system"], ["A", 2027, 2027, 1, "MI450"]], null, null, null, null, null]]] as const) {
      expect(fail(id, ...args, "From the future").message).toMatch(/pinned to catalog 2099\.1\.0/);
    }
    // An earlier argument's error still comes first, as Excel reads left to right.
    expect(fail("ACCELERATORS", -1, "MI450", null, null, null, "From the future").code).toBe("#NUM!");
    setMessages(MESSAGES_DE);
    expect(fail("ACCELERATORS", 1, "MI450", null, null, null, "From the future").message)
      .toBe(`Szenario „From the future“ ist auf Katalog 2099.1.0 festgelegt, den dieses Gigawatt nicht hat (es bewahrt ${CATALOG_VERSIONS.join(", ")} auf). ` +
        `Aktualisieren Sie das Add-in oder stellen Sie das Szenario im Gigawatt-Bereich auf Katalog ${CATALOG_VERSION} um.`);
  });
});

describe("the pin is stored and kept", () => {
  test("a new scenario pins the current version; a stored one without a pin reads its store's version", () => {
    expect(blankScenario("x").catalogVersion).toBe(CATALOG_VERSION);
    const item = (id: string, scenario: object) => JSON.stringify({ schema: STORE_SCHEMA, id, rev: 1, by: "a", trail: ["a:1"], since: 1, scenario });
    const plain = { name: "Plain", case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} };
    const settings = {
      [HEADER_KEY]: JSON.stringify({ schema: STORE_SCHEMA, catalogVersion: OLD }),
      [ENTRY_PREFIX + "p"]: item("p", plain),
      [ENTRY_PREFIX + "q"]: item("q", { ...plain, name: "Pinned", catalogVersion: NEW }),
    };
    const pins = (s: Record<string, string>) => Object.fromEntries(readStore(s, CATALOG_VERSION).visible.map((v) => [v.data.name, v.data.catalogVersion]));
    expect(pins(settings)).toEqual({ Plain: OLD, Pinned: NEW });
    // A header naming a version never released (a pre-release build's) leaves unpinned ones on the current catalog.
    expect(pins({ ...settings, [HEADER_KEY]: JSON.stringify({ schema: STORE_SCHEMA, catalogVersion: "2026.10.0" }) })).toEqual({ Plain: CATALOG_VERSION, Pinned: NEW });
    // Not a version text: the scenario is refused (and kept unchanged in the workbook).
    expect(validateScenario({ ...plain, catalogVersion: 2026 }).problem).toMatch(/catalog version/);
    expect(validateScenario({ ...plain, catalogVersion: "" }).problem).toMatch(/catalog version/);
  });

  test("a version this add-in lacks is kept as stored, its keys unchecked, so the message can name it", () => {
    const later = validateScenario({ ...blankScenario("Later"), catalogVersion: "2099.1.0", systemOverrides: { "openai-amd": "mi500-future" } });
    expect(later.scenario?.systemOverrides).toEqual({ "openai-amd": "mi500-future" });
    // Keys are checked in the pinned version: a system only 2026.11.1 has is unknown to a 2026.11.0 scenario.
    expect(validateScenario({ ...blankScenario("Old"), catalogVersion: OLD, priceOverrides: { "h100-hgx": 2e5 } }).problem).toMatch(/unknown system "h100-hgx"/);
    expect(validateScenario({ ...blankScenario("New"), catalogVersion: NEW, priceOverrides: { "h100-hgx": 2e5 } }).scenario).toBeDefined();
  });

  let ids = 0;
  const pane = (store: SettingsStore, name: string) =>
    new PaneController(new FakeWorkbook(store, name), localeFor("en-US"), { clientId: name, newId: () => `${name}${++ids}`, now: () => ++ids });
  const storedPins = (store: SettingsStore) => Object.fromEntries(Object.entries(store.settings).filter(([k]) => k.startsWith(ENTRY_PREFIX))
    .map(([, json]) => JSON.parse(json).scenario).filter((s) => s !== undefined).map((s) => [s.name, s.catalogVersion]));

  function oldWorkbook(): SettingsStore {
    // A workbook whose scenario was made with 2026.11.0, before pins: a whole document (schema 2).
    return new SettingsStore({ [HEADER_KEY]: JSON.stringify({ schema: 2, catalogVersion: OLD, scenarios: [
      { name: "Shared", case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} }] }) });
  }

  test("co-authors' edits and conflict copies keep the pin; the formulas keep the old numbers", async () => {
    const store = oldWorkbook();
    store.deliver = () => undefined; // b does not hear of a's save before its own
    const a = pane(store, "a");
    const b = pane(store, "b");
    await a.load();
    await b.load();
    expect(a.scenario?.catalogVersion).toBe(OLD);
    expect(closeTo(call("ACCELERATORS", 1, "MI450", null, null, null, "Shared") as number, 1e6 / 3.3)).toBe(true);
    // Both edit "Shared" at once: a's edit lands, b's becomes a copy. Both stay on 2026.11.0.
    expect(await a.update({ ...a.scenario!, overrides: { pue: 1.3 } })).toBe(true);
    expect(await b.update({ ...b.scenario!, overrides: { pue: 1.5 } })).toBe(true);
    expect(b.conflicts.length).toBe(1);
    expect(storedPins(store)).toEqual({ Shared: OLD, "Shared (copy)": OLD });
    // The header still says what the unpinned ones were made with.
    expect(JSON.parse(store.settings[HEADER_KEY]).catalogVersion).toBe(OLD);
    await a.refresh();
    // 1e6 ÷ (180 ÷ 72 × 1.1 × 1.3): a's PUE on the 2026.11.0 rack power.
    expect(closeTo(call("ACCELERATORS", 1, "MI450", null, null, null, "Shared") as number, 1e6 / (2.5 * 1.1 * 1.3))).toBe(true);
    // A new scenario, made by either, pins the current version.
    expect(await b.create("Fresh")).toBe(true);
    expect(storedPins(store).Fresh).toBe(CATALOG_VERSION);
  });

  test("the pane shows the pin and moves a scenario to the current catalog, which changes its numbers", async () => {
    const store = oldWorkbook();
    const a = pane(store, "a");
    await a.load();
    const pin = a.pin!;
    expect(pin).toMatchObject({ version: OLD, kept: true, current: CATALOG_VERSION === OLD });
    // The portfolio preview adds up the deals 2026.11.0 has (later ones did not exist in it): their tranches'
    // base GW from the data files, 36.15 GW, is the last cumulative value.
    a.setKind("portfolio");
    const total = readdirSync(path.join(DATA, OLD, "deals")).map((f) => JSON.parse(readFileSync(path.join(DATA, OLD, "deals", f), "utf8")) as { tranches: { gigawatts: { base: number } }[] })
      .reduce((sum, deal) => sum + deal.tranches.reduce((gw, t) => gw + t.gigawatts.base, 0), 0);
    expect(total).toBeCloseTo(36.15, 12);
    const rows = a.preview();
    expect(closeTo(rows[rows.length - 1].gwCumulative, total)).toBe(true);
    // The fan chart's request (computed off the UI thread) asks for the same deals, under the pinned scenario.
    const request = a.fanRequest("gw_cumulative", "year");
    expect(request.scenario?.catalogVersion).toBe(OLD);
    expect([...request.deals].sort()).toEqual(readdirSync(path.join(DATA, OLD, "deals")).map((f) => f.replace(/\.json$/, ""))
      .filter((key) => a.portfolio.includes(key)).sort());
    // The count the pane shows is GW.CHANGES' own row count (without its header).
    expect(pin.changes).toBe((call("CHANGES", OLD) as unknown[][]).length - 1);
    expect(pin.changes).toBeGreaterThan(0);
    expect(await a.repin()).toBe(true);
    expect(a.pin).toMatchObject({ version: CATALOG_VERSION, current: true });
    expect(storedPins(store)).toEqual({ Shared: CATALOG_VERSION });
    expect(call("ACCELERATORS", 1, "MI450", null, null, null, "Shared")).toBe(call("ACCELERATORS", 1, "MI450"));
    expect(a.messages.map((m) => m.text)).toContain(`Moved to catalog ${CATALOG_VERSION} and saved; formulas naming this scenario now compute with it.`);
  });
});
