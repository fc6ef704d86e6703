/**
 * The pane's controller without a DOM: editing a scenario saves the whole document, republishes it to
 * the custom functions (so a formula naming it computes the new numbers) and asks Excel to recalculate.
 */
import { PaneController, usesMegawatts } from "../../src/taskpane/controller";
import { localeFor } from "../../src/taskpane/strings";
import { invoke } from "../../src/functions/define";
import { ACCELERATORS, CAPEX } from "../../src/functions/capacity";
import { SCHEDULE } from "../../src/functions/deals";
import { publishScenarios } from "../../src/functions/scenarios";
import { numberCulture, publishNumberCulture } from "../../src/functions/coerce";
import { ENERGY } from "../../src/functions/energy";
import { cultureFromSeparators, type NumberCulture } from "../../src/model/number-text";
import { FakeWorkbook, SettingsStore, legacyStore } from "../helpers/settings-store";
import { HEADER_KEY, readStore } from "../../src/model/scenario-store";
import { SCENARIO_TEXT_EN } from "../../src/model/scenario-text";
import { CATALOG_VERSION } from "../../src/model/catalog";

/** The scenarios a store holds, as a fresh pane reads them. */
function storedScenarios(store: SettingsStore) {
  return readStore(store.settings, "2026.11.0").visible.map((v) => v.data);
}

const accelerators = (scenario: string | null) => invoke(ACCELERATORS, [1, "GB200", null, null, null, scenario]) as number;

afterEach(() => {
  publishScenarios([]);
  publishNumberCulture(undefined);
});

test("an edited scenario is saved, published to the functions and recalculated", async () => {
  const workbook = new FakeWorkbook();
  const pane = new PaneController(workbook, localeFor("en-US"));
  await pane.load();
  expect(await pane.create("Tight")).toBe(true);
  expect(accelerators("Tight")).toBeCloseTo(1e6 / 2.2, 6);
  expect(await pane.update({ ...pane.scenario!, overrides: { pue: 1.5 } })).toBe(true);
  // 120 kW ÷ 72 × 1.1 × 1.5 = 2.75 kW per GPU
  expect(accelerators("Tight")).toBeCloseTo(1e6 / 2.75, 6);
  expect(accelerators(null)).toBeCloseTo(1e6 / 2.2, 6); // the catalog default is untouched
  expect(JSON.parse(workbook.stored!)).toEqual({ schema: 3, catalogVersion: expect.any(String) });
  expect(storedScenarios(workbook.store)).toMatchObject([{ name: "Tight", overrides: { pue: 1.5 } }]);
  // Loading publishes the number culture for the first time (one recalculation), then two edits.
  expect(workbook.recalcs).toBe(3);
});

test("loading publishes the workbook's number culture to the functions, else the pane's language", async () => {
  class CulturedWorkbook extends FakeWorkbook {
    constructor(private readonly culture: NumberCulture | undefined) { super(); }
    async numberCulture() { return this.culture; }
  }
  const energy = (text: string) => invoke(ENERGY, [text, 1, "GWh", null]) as number;
  expect(() => energy("1,000")).toThrow(/ambiguous/); // before any pane has loaded: the culture is unknown
  const swiss = cultureFromSeparators(".", "'", "de-CH");
  const pane = new PaneController(new CulturedWorkbook(swiss), localeFor("en-US"));
  await pane.load();
  expect(pane.culture).toBe(swiss);
  expect(numberCulture()).toBe(swiss);
  expect(energy("1'000.5")).toBe(1000.5 * 8760);
  // A workbook that cannot tell (the standalone preview): the pane's language decides.
  const german = new PaneController(new FakeWorkbook(), localeFor("de-DE"));
  await german.load();
  expect(energy("1,000")).toBe(8760);
  // A workbook whose culture cannot be read: unknown, so ambiguous text stays an error.
  await new PaneController(new CulturedWorkbook(undefined), localeFor("de-DE")).load();
  expect(() => energy("1.000")).toThrow(/ambiguous: it reads as 1 or 1000/);
});

test("a colleague opening the workbook computes the same numbers", async () => {
  const mine = new FakeWorkbook();
  const me = new PaneController(mine, localeFor("en-US"));
  await me.load();
  await me.create("Shared");
  await me.update({ ...me.scenario!, case: "high", overrides: { facility_capex_per_mw: 9e6 } });
  // high case: 1e6 ÷ (132 ÷ 72 × 1.05 × 1.1 kW), power at its low end (hand calculation)
  const expected = 472255.01770956314;
  expect(invoke(ACCELERATORS, [1, "GB300", null, null, null, "Shared"])).toBeCloseTo(expected, 6);
  publishScenarios([]); // a fresh runtime
  const theirs = new FakeWorkbook(new SettingsStore(mine.store.settings));
  const colleague = new PaneController(theirs, localeFor("de-DE"));
  await colleague.load();
  expect(invoke(ACCELERATORS, [1, "GB300", null, null, null, "Shared"])).toBeCloseTo(expected, 6);
  // Their formulas may have run before the scenarios loaded: loading them recalculates once.
  expect(theirs.recalcs).toBe(1);
});

test("a refused edit changes nothing and says why", async () => {
  const workbook = new FakeWorkbook();
  const pane = new PaneController(workbook, localeFor("en-US"));
  await pane.load();
  await pane.create("A");
  const before = workbook.saves.length;
  expect(await pane.update({ ...pane.scenario!, overrides: { utilization: 2 } })).toBe(false);
  expect(pane.messages.at(-1)).toEqual({ kind: "error", text: "Utilization must be a number from 0 to 1." });
  expect(workbook.saves.length).toBe(before);
  expect(await pane.create("a")).toBe(false);
});

test("a failed save is reported, not thrown", async () => {
  const workbook = new FakeWorkbook();
  const pane = new PaneController(workbook, localeFor("en-US"));
  await pane.load();
  workbook.failSave = true;
  expect(await pane.create("X")).toBe(false);
  expect(pane.messages.at(-1)?.text).toBe("That did not work: The workbook is read-only.");
});

test("an unreadable stored document is left alone: nothing is saved over it", async () => {
  const workbook = new FakeWorkbook(legacyStore("{broken"));
  const pane = new PaneController(workbook, localeFor("en-US"));
  await pane.load();
  expect(pane.readOnly).toBe(true);
  expect(await pane.create("New")).toBe(false);
  expect(workbook.stored).toBe("{broken");
});

test("a catalog version mismatch is reported", async () => {
  const pane = new PaneController(new FakeWorkbook(legacyStore({ schema: 2, catalogVersion: "2025.1.0", scenarios: [] })), localeFor("en-US"));
  await pane.load();
  expect(pane.messages[0].text).toMatch(/made with catalog 2025\.1\.0/);
});

test("insert commands: the table uses the scenario's schedule; the live formula quotes names", async () => {
  const workbook = new FakeWorkbook();
  const pane = new PaneController(workbook, localeFor("en-US"));
  await pane.load();
  await pane.create('Say "hi"');
  pane.selectDeal("openai-amd");
  await pane.insertTable();
  expect(workbook.tables[0].header).toEqual(["Year", "GW added", "GW cumulative", "Accelerators added", "Capex (USD bn)"]);
  expect(workbook.tables[0].rows[0].slice(0, 3)).toEqual([2026, 1, 1]);
  await pane.insertFormulas();
  expect(workbook.formulas).toEqual(['=GW.SCHEDULE("openai-amd","gw_added",,,"year",,"Say ""hi""")']);
  await pane.valuesOnly("selection");
  await pane.repair();
  expect(pane.messages.map((m) => m.text)).toEqual(["Re-entered 2 formula(s)."]); // each action replaces the last message
});

test("scenario prices, system mix and ramps reach CAPEX and SCHEDULE", async () => {
  const pane = new PaneController(new FakeWorkbook(), localeFor("en-US"));
  await pane.load();
  await pane.create("Mix");
  await pane.update({
    ...pane.scenario!,
    priceOverrides: { "gb300-nvl72": 8e6 },
    systemOverrides: { "openai-amd": "gb300-nvl72" },
    rampOverrides: { "openai-amd": [2, 4] },
  });
  const capex = (scenario: string | null) => invoke(CAPEX, [1, "GB300", "systems", null, scenario]) as number;
  expect(capex("Mix") / capex(null)).toBeCloseTo(2, 12); // $8M instead of $4M per rack
  const schedule = invoke(SCHEDULE, ["openai-amd", "gw_added", null, null, "year", null, "Mix"]) as number[][];
  expect(schedule.slice(1)).toEqual([[2026, 2], [2027, 4]]);
  const capexRows = invoke(SCHEDULE, ["openai-amd", "capex", null, null, "year", null, "Mix"]) as number[][];
  // 2 GW of GB300 at $8M per rack: 2 × (1e6 ÷ 2.42 ÷ 72 × $8M × 1.15 + 1,000 MW × $11M) (hand calculation)
  expect(capexRows[1][1]).toBeCloseTo(127601469237.83287, 0);
});

test("in German, scenario problems are reported in German", async () => {
  const stored = JSON.stringify({ schema: 2, catalogVersion: CATALOG_VERSION, scenarios: [
    { name: "Gut", case: "base", overrides: {} },
    { name: "Schlecht", case: "base", overrides: { pue: 0.5 } },
  ] });
  const pane = new PaneController(new FakeWorkbook(legacyStore(stored)), localeFor("de-DE"));
  await pane.load();
  expect(pane.messages.map((m) => m.text)).toEqual(["Szenario „Schlecht“ wurde nicht geladen: pue muss eine Zahl von 1 bis 5 sein. Es bleibt unverändert in der Arbeitsmappe."]);
  expect(await pane.create("gut")).toBe(false);
  expect(pane.fieldErrors["scenario-name"]).toBe("Ein Szenario „gut“ gibt es bereits.");
  expect(await pane.create(" ")).toBe(false);
  expect(pane.fieldErrors["scenario-name"]).toBe("Der Name ist leer.");
});

test("messages do not pile up: a success replaces an error, and a field's error clears when it saves", async () => {
  const pane = new PaneController(new FakeWorkbook(), localeFor("en-US"));
  await pane.load();
  expect(await pane.create(" ")).toBe(false);
  expect(pane.fieldErrors["scenario-name"]).toBe("The name is empty.");
  expect(await pane.create("Base")).toBe(true);
  expect(pane.fieldErrors).toEqual({});
  expect(pane.messages).toEqual([{ kind: "info", text: 'Scenario "Base" created and saved.' }]);
  expect(await pane.create("Other")).toBe(true);
  expect(await pane.rename("base")).toBe(false);
  expect(pane.fieldErrors["scenario-name"]).toBe('A scenario named "base" already exists.');
  expect(await pane.rename("Third")).toBe(true);
  expect(pane.fieldErrors).toEqual({});
  expect(pane.messages).toEqual([{ kind: "info", text: 'Renamed to "Third" and saved.' }]);
  expect(await pane.update({ ...pane.scenario!, overrides: { pue: 1.4 } }, "ov-pue")).toBe(true);
  expect(pane.messages).toEqual([{ kind: "info", text: "Saved in the workbook." }]);
});

test("New and Duplicate suggest a free name", async () => {
  const pane = new PaneController(new FakeWorkbook(), localeFor("en-US"));
  await pane.load();
  expect(pane.suggestName("Scenario 1")).toBe("Scenario 1");
  await pane.create("Scenario 1");
  expect(pane.suggestName("Scenario 1")).toBe("Scenario 1 2");
  await pane.create("Base (copy)");
  expect(pane.suggestName("Base (copy)")).toBe("Base (copy 2)");
});

test("a price for this deal only leaves the other deals on the system alone; a price for the system moves them all", async () => {
  const pane = new PaneController(new FakeWorkbook(), localeFor("en-US"));
  await pane.load();
  await pane.create("Prices");
  const capex = (deal: string, scenario: string | null) => (invoke(SCHEDULE, [deal, "capex", null, null, "year", null, scenario]) as number[][])[1][1];
  const accelerators = (deal: string) => (invoke(SCHEDULE, [deal, "accelerators_added", null, null, "year", null, null]) as number[][])[1][1];
  const catalogAmd = capex("openai-amd", null);
  const catalogMeta = capex("meta-amd", null);
  // MI450 Helios: 72 GPUs a rack, catalog base price $5.5M; $11M doubles the systems' share of capex.
  const racksAmd = accelerators("openai-amd") / 72;
  const networkShare = 0.15; // catalog base: network and storage capex as a share of system capex
  expect(await pane.update({ ...pane.scenario!, dealPriceOverrides: { "openai-amd": { "mi450-helios": 11e6 } } }, "system-price")).toBe(true);
  expect(capex("openai-amd", "Prices") - catalogAmd).toBeCloseTo(racksAmd * 5.5e6 * (1 + networkShare), -3);
  expect(capex("meta-amd", "Prices")).toBe(catalogMeta);
  expect(await pane.update({ ...pane.scenario!, dealPriceOverrides: undefined, priceOverrides: { "mi450-helios": 11e6 } }, "system-price")).toBe(true);
  expect(capex("meta-amd", "Prices")).toBeGreaterThan(catalogMeta);
  expect(capex("openai-amd", "Prices")).toBeCloseTo(catalogAmd + racksAmd * 5.5e6 * (1 + networkShare), -3);
});

test("sub-gigawatt results are shown in MW", async () => {
  const pane = new PaneController(new FakeWorkbook(), localeFor("en-US"));
  await pane.load();
  pane.selectDeal("openai-cerebras");
  const rows = pane.preview();
  expect(usesMegawatts(rows)).toBe(true);
  // Catalog 2026.11.1: 150 MW in 2026, 300 MW in 2027 and in 2028, and an option tranche of 0 MW at base to 2030.
  expect(rows.map((r) => r.gwAdded * 1000)).toEqual([150, 300, 300, 0, 0].map((mw) => expect.closeTo(mw, 9)));
  pane.selectDeal("openai-amd");
  expect(usesMegawatts(pane.preview())).toBe(false);
});

test("per-deal prices are validated like the other stored overrides, and documents without them round-trip unchanged", () => {
  const doc = (dealPriceOverrides: unknown) => JSON.stringify({ schema: 2, catalogVersion: "2026.11.0", scenarios: [
    { name: "P", case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {}, dealPriceOverrides },
  ] });
  // Read as a pane reads the stored document (readStore), with a fresh copy of the texts (readings are cached per text object).
  const read = (dealPriceOverrides: unknown) => readStore({ [HEADER_KEY]: doc(dealPriceOverrides) }, "2026.11.0", { ...SCENARIO_TEXT_EN });
  const good = read({ "openai-amd": { "mi450-helios": 6e6 } });
  expect(good.visible[0].data.dealPriceOverrides).toEqual({ "openai-amd": { "mi450-helios": 6e6 } });
  expect(read({ "no-such-deal": { "mi450-helios": 6e6 } }).rejected).toHaveLength(1);
  expect(read({ "openai-amd": { "mi450-helios": -1 } }).rejected).toHaveLength(1);
  expect(read({ "openai-amd": { "no-such-system": 1 } }).rejected).toHaveLength(1);
  const without = read(undefined).visible[0].data;
  expect("dealPriceOverrides" in without).toBe(false);
});

test("one name key: 'Tight PUE' and 'Tight-PUE' cannot both exist, so the functions and the preview agree (issue reproduction)", async () => {
  const stored = JSON.stringify({ schema: 2, catalogVersion: "2026.11.0", scenarios: [
    { name: "Tight PUE", case: "base", overrides: { pue: 1.1 } },
    { name: "Tight-PUE", case: "base", overrides: { pue: 1.5 } },
  ] });
  const pane = new PaneController(new FakeWorkbook(legacyStore(stored)), localeFor("en-US"));
  await pane.load();
  expect(pane.document.scenarios.map((s) => s.name)).toEqual(["Tight PUE"]);
  expect(pane.messages.map((m) => m.text)).toContainEqual(expect.stringContaining('"Tight-PUE" was not loaded: another scenario has the same name'));
  // GB300: 132 kW ÷ 72 × 1.1 IT overhead × PUE 1.1 per GPU; before, "Tight PUE" computed with the other's 1.5.
  const gb300 = (scenario: string) => invoke(ACCELERATORS, [1, "GB300", null, null, null, scenario]) as number;
  expect(gb300("Tight PUE")).toBeCloseTo(1e6 / (132 / 72 * 1.1 * 1.1), 6);
  expect(gb300("tight_pue")).toBe(gb300("Tight PUE"));
  expect(await pane.create("tight_pue")).toBe(false);
  // A refused name is shown next to the name field.
  expect(pane.fieldErrors["scenario-name"]).toBe('"tight_pue" is the same name as the existing scenario "Tight PUE" for the functions (case, spaces and -_./() do not count).');
  expect(await pane.create("--")).toBe(false);
  expect(pane.fieldErrors["scenario-name"]).toBe("The name needs a letter or digit.");
  // Renaming a scenario to another spelling of its own name is allowed.
  expect(await pane.rename("TIGHT pue")).toBe(true);
});
