/**
 * Sharing a workbook: what the pane cannot read is kept and written back unchanged, and co-authors'
 * edits of different scenarios both survive, with conflicts on one scenario reported. Panes run over
 * one simulated settings store (test/helpers/settings-store.ts), as co-authors' panes share a workbook.
 */
import { PaneController } from "../../src/taskpane/controller";
import { localeFor } from "../../src/taskpane/strings";
import { invoke } from "../../src/functions/define";
import { ACCELERATORS } from "../../src/functions/capacity";
import { publishScenarios } from "../../src/functions/scenarios";
import { publishNumberCulture } from "../../src/functions/coerce";
import { ENTRY_PREFIX, HEADER_KEY, MAX_STORE_CHARS, readStore } from "../../src/model/scenario-store";
import { CATALOG_VERSION } from "../../src/model/catalog";
import { FakeWorkbook, SettingsStore, legacyStore } from "../helpers/settings-store";

const V = CATALOG_VERSION;
afterEach(() => {
  publishScenarios([]);
  publishNumberCulture(undefined);
});

let ids = 0;
function pane(store: SettingsStore, name: string, options: ConstructorParameters<typeof PaneController>[2] = {}) {
  const workbook = new FakeWorkbook(store, name);
  const controller = new PaneController(workbook, localeFor("en-US"), { clientId: name, newId: () => `${name}${++ids}`, now: () => ids, ...options });
  return { workbook, controller };
}

/** Every scenario object stored in any item, as stored (verbatim), with the item's id. */
function storedEntries(store: SettingsStore): Array<{ id: string; scenario: unknown; raw: string }> {
  return Object.entries(store.settings).filter(([key]) => key.startsWith(ENTRY_PREFIX)).map(([key, raw]) => {
    let scenario: unknown;
    try {
      scenario = JSON.parse(raw).scenario;
    } catch {
      scenario = undefined;
    }
    return { id: key.slice(ENTRY_PREFIX.length), scenario, raw };
  });
}

const visibleNames = (store: SettingsStore) => readStore(store.settings, V).visible.map((v) => v.data.name);

describe("keep what cannot be read (issue reproduction)", () => {
  const good = { name: "Good", case: "base", overrides: { pue: 1.3 }, notes: "keep me" };
  const newer = { name: "Newer", case: "base", overrides: { water_l_per_mwh: 2 } };
  const lowPue = { name: "Low PUE", case: "base", overrides: { pue: 0.9 } };
  const oddCase = { name: "Odd", case: "worst", overrides: {}, notes: "also kept" };

  test("rejected scenarios and unknown fields survive a save verbatim; messages say they are kept", async () => {
    const store = legacyStore({ schema: 2, catalogVersion: V, scenarios: [good, newer, lowPue, oddCase] });
    const { controller } = pane(store, "a");
    await controller.load();
    expect(controller.document.scenarios.map((s) => s.name)).toEqual(["Good"]);
    expect(controller.messages.map((m) => m.text)).toEqual([
      'Scenario "Newer" was not loaded: it overrides an unknown assumption "water_l_per_mwh". It is kept unchanged in the workbook.',
      'Scenario "Low PUE" was not loaded: pue must be a number from 1 to 5. It is kept unchanged in the workbook.',
      'Scenario "Odd" was not loaded: its case is not one of low, base, high. It is kept unchanged in the workbook.',
    ]);
    expect(await controller.create("New")).toBe(true);
    controller.select("Good");
    expect(await controller.update({ ...controller.scenario!, overrides: { pue: 1.4 } })).toBe(true);
    const scenarios = storedEntries(store).map((e) => e.scenario);
    // Before: the stored document held only the readable ones, and "notes" was stripped.
    expect(scenarios).toContainEqual(newer);
    expect(scenarios).toContainEqual(lowPue);
    expect(scenarios).toContainEqual(oddCase);
    // Saved with the pin it read as (the document's catalog version): the next add-in keeps computing with it.
    expect(scenarios).toContainEqual({ ...good, overrides: { pue: 1.4 }, rampOverrides: {}, systemOverrides: {}, priceOverrides: {}, catalogVersion: V });
    expect(JSON.parse(store.settings[HEADER_KEY])).toEqual({ schema: 3, catalogVersion: expect.any(String) });
    // A second pane reads the same: the rejected ones still rejected, nothing lost.
    const other = pane(store, "b").controller;
    await other.load();
    expect(other.document.scenarios.map((s) => s.name)).toEqual(["Good", "New"]);
    expect(other.messages.filter((m) => /kept unchanged/.test(m.text))).toHaveLength(3);
  });

  test("scenarios past the 100th are kept and written back unchanged", async () => {
    const many = Array.from({ length: 105 }, (_, i) => ({ name: `S${String(i).padStart(3, "0")}`, case: "base", overrides: { pue: 1 + i / 1000 } }));
    const store = legacyStore({ schema: 2, catalogVersion: V, scenarios: many });
    const { controller } = pane(store, "a");
    await controller.load();
    expect(controller.document.scenarios).toHaveLength(100);
    expect(controller.messages.at(-1)?.text).toBe("A stored scenario was not loaded: only the first 100 scenarios were loaded. The rest are kept unchanged in the workbook.");
    controller.select("S000");
    expect(await controller.update({ ...controller.scenario!, overrides: { pue: 1.2 } })).toBe(true);
    const names = storedEntries(store).map((e) => (e.scenario as { name: string }).name).sort();
    expect(names).toEqual(many.map((s) => s.name));
    expect(storedEntries(store).map((e) => e.scenario)).toContainEqual(many[104]);
  });

  test("a document of the wrong shape is read-only, says so, and is never written", async () => {
    const wrong = JSON.stringify({ schema: 2, catalogVersion: V, scenarios: { Tight: { case: "base" } } });
    const store = legacyStore(wrong);
    const { controller, workbook } = pane(store, "a");
    await controller.load();
    expect(controller.readOnly).toBe(true);
    expect(controller.messages.map((m) => m.text)).toEqual([
      "The stored scenarios are not a list, so they were not loaded. The pane is read-only for this workbook: nothing will be saved over the stored scenarios.",
    ]);
    expect(await controller.create("New")).toBe(false);
    expect(workbook.saves).toEqual([]);
    expect(store.settings).toEqual({ [HEADER_KEY]: wrong });
  });

  test("an item that is not JSON, or from a newer version, is kept byte for byte while others are edited", async () => {
    const store = new SettingsStore({
      [HEADER_KEY]: JSON.stringify({ schema: 3, catalogVersion: V }),
      [`${ENTRY_PREFIX}broken`]: "{not json",
      [`${ENTRY_PREFIX}future`]: JSON.stringify({ schema: 4, id: "future", rev: 9, by: "x", scenario: { name: "Future", hologram: true } }),
    });
    const before = { ...store.settings };
    const { controller } = pane(store, "a");
    await controller.load();
    expect(controller.messages.map((m) => m.text)).toEqual([
      "A stored scenario was not loaded: it is not valid JSON. The rest are kept unchanged in the workbook.",
      'Scenario "Future" was not loaded: it was saved by a newer Gigawatt (schema 4). It is kept unchanged in the workbook.',
    ]);
    expect(await controller.create("Mine")).toBe(true);
    expect(await controller.update({ ...controller.scenario!, case: "high" })).toBe(true);
    expect(store.settings[`${ENTRY_PREFIX}broken`]).toBe(before[`${ENTRY_PREFIX}broken`]);
    expect(store.settings[`${ENTRY_PREFIX}future`]).toBe(before[`${ENTRY_PREFIX}future`]);
  });

  test("a save that would pass the settings size limit is refused before anything is written", async () => {
    const padding = "x".repeat(MAX_STORE_CHARS - 200);
    const store = new SettingsStore({ [HEADER_KEY]: JSON.stringify({ schema: 3, catalogVersion: V }), [`${ENTRY_PREFIX}pad`]: padding });
    const { controller, workbook } = pane(store, "a");
    await controller.load();
    expect(controller.readOnly).toBe(false);
    expect(await controller.create("Big")).toBe(false);
    expect(controller.messages.at(-1)?.text).toMatch(/^Not saved: the scenarios would take 1000\d{3} characters, more than the 1000000 Gigawatt keeps/);
    expect(workbook.saves).toEqual([]);
  });
});

describe("co-authoring", () => {
  const gb200 = (scenario: string) => invoke(ACCELERATORS, [1, "GB200", null, null, null, scenario]) as number;

  async function twoPanes() {
    const store = new SettingsStore();
    const a = pane(store, "a");
    await a.controller.load();
    await a.controller.create("X");
    await a.controller.create("Y");
    const b = pane(store, "b");
    await b.controller.load();
    return { store, a, b };
  }

  test("concurrent edits of different scenarios both survive, and each pane's functions see the other's", async () => {
    const { store, a, b } = await twoPanes();
    store.deliver = () => undefined; // no change events: each pane edits what it loaded
    a.controller.select("X");
    b.controller.select("Y");
    expect(await a.controller.update({ ...a.controller.scenario!, overrides: { pue: 1.5 } })).toBe(true);
    expect(await b.controller.update({ ...b.controller.scenario!, overrides: { pue: 1.1 } })).toBe(true);
    const stored = readStore(store.settings, V).visible.map((v) => [v.data.name, v.data.overrides.pue]);
    expect(stored).toEqual([["X", 1.5], ["Y", 1.1]]);
    expect(a.controller.conflicts).toEqual([]);
    expect(b.controller.conflicts).toEqual([]);
    // b's save reloaded first, so b's functions already compute X with a's PUE: 120 kW ÷ 72 × 1.1 × 1.5.
    expect(gb200("X")).toBeCloseTo(1e6 / (120 / 72 * 1.1 * 1.5), 6);
  });

  test("a co-author's save reaches the functions through SettingsChanged, and they recalculate", async () => {
    const { store, a, b } = await twoPanes();
    const pending: Array<() => void> = [];
    store.deliver = (notify) => pending.push(notify);
    const recalcs = b.workbook.recalcs;
    a.controller.select("X");
    await a.controller.update({ ...a.controller.scenario!, overrides: { pue: 2 } });
    // b runs on another machine: its functions still have the scenarios b loaded.
    publishScenarios(b.controller.document.scenarios);
    expect(gb200("X")).toBeCloseTo(1e6 / 2.2, 6);
    expect(pending).toHaveLength(1);
    pending[0]();
    await b.controller.session.serial(async () => undefined); // b's refresh has run
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(b.controller.document.scenarios.find((s) => s.name === "X")?.overrides.pue).toBe(2);
    expect(gb200("X")).toBeCloseTo(1e6 / (120 / 72 * 1.1 * 2), 6);
    expect(b.workbook.recalcs).toBe(recalcs + 1);
  });

  test("without a change event the pane reloads periodically (the tested fallback)", async () => {
    const store = new SettingsStore();
    const ticks: Array<() => void> = [];
    let stopped = 0;
    const a = pane(store, "a");
    const workbook = new FakeWorkbook(store, "b");
    workbook.evented = false;
    const b = new PaneController(workbook, localeFor("en-US"), { clientId: "b", poll: (tick) => { ticks.push(tick); return () => stopped++; } });
    await a.controller.load();
    await b.load();
    expect(b.watching).toBe("poll");
    expect(a.controller.watching).toBe("event");
    await a.controller.create("From A");
    expect(b.document.scenarios).toEqual([]);
    ticks[0]();
    await b.session.serial(async () => undefined);
    expect(b.document.scenarios.map((s) => s.name)).toEqual(["From A"]);
    b.dispose();
    expect(stopped).toBe(1);
  });

  test("a conflicting edit of one scenario: the first save wins the name, the other is kept as a copy, and it is said", async () => {
    const { store, a, b } = await twoPanes();
    store.deliver = () => undefined;
    a.controller.select("X");
    b.controller.select("X");
    expect(await a.controller.update({ ...a.controller.scenario!, overrides: { pue: 1.5 } })).toBe(true);
    expect(await b.controller.update({ ...b.controller.scenario!, overrides: { pue: 1.7 } })).toBe(true);
    expect(b.controller.conflicts.map((c) => c.message)).toEqual([
      'A co-author changed "X" while you edited it: their version stays "X"; yours is saved as "X (copy)".',
    ]);
    expect(b.controller.messages.at(-1)?.text).toBe(b.controller.conflicts[0].message);
    expect(b.controller.selected).toBe("X (copy)");
    const stored = Object.fromEntries(readStore(store.settings, V).visible.map((v) => [v.data.name, v.data.overrides.pue]));
    expect(stored).toEqual({ X: 1.5, "X (copy)": 1.7, Y: undefined });
  });

  test("deleting a scenario a co-author changed keeps theirs; editing one they deleted keeps ours", async () => {
    const { store, a, b } = await twoPanes();
    store.deliver = () => undefined;
    a.controller.select("X");
    b.controller.select("X");
    await a.controller.update({ ...a.controller.scenario!, case: "high" });
    expect(await b.controller.remove()).toBe(true);
    expect(b.controller.messages.at(-1)?.text).toBe('A co-author changed "X" while you deleted it: their version is kept.');
    expect(visibleNames(store)).toEqual(["X", "Y"]);
    a.controller.select("Y");
    b.controller.select("Y");
    await a.controller.remove();
    await b.controller.update({ ...b.controller.scenario!, case: "low" });
    expect(b.controller.messages.at(-1)?.text).toBe('A co-author deleted "Y" while you edited it: your version is saved as "Y".');
    expect(readStore(store.settings, V).visible.map((v) => [v.data.name, v.data.case])).toEqual([["X", "high"], ["Y", "low"]]);
  });

  test("two co-authors creating one name at once: the older keeps it, the other is renamed and told", async () => {
    const store = new SettingsStore();
    const a = pane(store, "a");
    const b = pane(store, "b");
    await a.controller.load();
    await b.controller.load();
    store.deliver = () => undefined;
    expect(await a.controller.create("Tight PUE")).toBe(true);
    expect(await b.controller.create("tight-pue")).toBe(true);
    expect(b.controller.messages.at(-1)?.text).toBe('A co-author also has a scenario named "tight-pue": theirs keeps the name; yours is saved as "tight-pue (copy)".');
    expect(visibleNames(store)).toEqual(["Tight PUE", "tight-pue (copy)"]);
  });

  test("a third co-author creating the same name at once is saved as the second copy", async () => {
    const store = new SettingsStore();
    const [a, b, c] = [pane(store, "a"), pane(store, "b"), pane(store, "c")];
    for (const p of [a, b, c]) await p.controller.load();
    store.deliver = () => undefined;
    for (const [p, name] of [[a, "Plan"], [b, "plan"], [c, "PLAN"]] as const) expect(await p.controller.create(name)).toBe(true);
    expect(c.controller.messages.at(-1)?.text).toBe('A co-author also has a scenario named "PLAN": theirs keeps the name; yours is saved as "PLAN (copy 2)".');
    expect(visibleNames(store)).toEqual(["Plan", "plan (copy)", "PLAN (copy 2)"]);
  });
});
