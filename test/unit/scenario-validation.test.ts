/**
 * Stored scenarios at their edges (src/model/scenario.ts; whole stored documents read as the pane reads
 * them, through readStore in src/model/scenario-store.ts): the limits of names, version texts, ramps,
 * store size and scenario count on both sides, every kind of refused entry with its message,
 * custom systems, optional fields that stay absent, and the names the editing operations store.
 * Expected values are written out by hand from the rules in the module's comments and messages.
 */
import {
  MAX_SCENARIOS, addScenario, blankScenario, duplicateScenario, emptyDocument, readLegacyDocument,
  renameScenario, validateScenario, type ScenarioDocument,
} from "../../src/model/scenario";
import { HEADER_KEY, readStore, type Settings, type StoreView } from "../../src/model/scenario-store";
import { SCENARIO_TEXT_EN } from "../../src/model/scenario-text";
import { CATALOG_VERSION } from "../../src/model/catalog";

const V = "2026.11.0"; // a released (kept) catalog version
const plain = { name: "Plan", case: "base", overrides: {} };
/** A key no catalog has, 60 characters long: messages quote only its first 40 ("x" × 40). */
const LONG = "x".repeat(60);
const QUOTED = `"${"x".repeat(40)}"`;
const problemOf = (raw: Record<string, unknown>) => validateScenario({ ...plain, ...raw }, undefined, V).problem;
const stored = (doc: Record<string, unknown>) => JSON.stringify(doc);
/**
 * Stored settings read as the pane reads them (readStore), with a fresh copy of the English texts per
 * read: readings are cached per text object (see test/unit/scenario-merge.test.ts).
 */
const readSettings = (settings: Settings) => readStore(settings, V, { ...SCENARIO_TEXT_EN });
/** A whole document as an older add-in stored it under "gigawatt.scenarios". */
const readDocument = (json: string) => readSettings({ [HEADER_KEY]: json });
/** What the pane takes from a reading. */
const summary = (view: StoreView) => ({
  layout: view.layout, catalogVersion: view.catalogVersion, scenarios: view.visible.map((v) => v.data),
  rejected: view.rejected, fatal: view.fatal, readOnly: view.readOnly,
});

describe("names", () => {
  test("a name of exactly 64 characters is accepted; 65 is refused", () => {
    expect(addScenario(emptyDocument(V), "n".repeat(64)).document?.scenarios.map((s) => s.name)).toEqual(["n".repeat(64)]);
    expect(addScenario(emptyDocument(V), "n".repeat(65)).error).toBe("The name is longer than 64 characters.");
  });

  test("the refusal of a taken name quotes the name as typed without its surrounding spaces", () => {
    const doc = addScenario(emptyDocument(V), "Alpha").document!;
    expect(addScenario(doc, "  alpha  ").error).toBe('A scenario named "alpha" already exists.');
  });

  test("duplicating and renaming store the new name without surrounding spaces", () => {
    const doc = addScenario(emptyDocument(V), "Alpha").document!;
    expect(duplicateScenario(doc, "Alpha", "  Beta ").document?.scenarios.map((s) => s.name)).toEqual(["Alpha", "Beta"]);
    expect(renameScenario(doc, "Alpha", " Gamma  ").document?.scenarios.map((s) => s.name)).toEqual(["Gamma"]);
  });

  test("a full workbook still lets a scenario be renamed (only adding is refused)", () => {
    const full: ScenarioDocument = {
      ...emptyDocument(V), scenarios: Array.from({ length: MAX_SCENARIOS }, (_, i) => blankScenario(`Scenario ${i + 1}`)),
    };
    const renamed = renameScenario(full, "Scenario 7", "Seven");
    expect(renamed.error).toBeUndefined();
    expect(renamed.document?.scenarios[6].name).toBe("Seven");
    expect(renamed.document?.scenarios).toHaveLength(100);
  });
});

describe("a scenario's catalog version text", () => {
  test("39 characters is a version text (kept as stored though no catalog has it); 40 is refused", () => {
    const v39 = "9".repeat(39);
    expect(validateScenario({ ...plain, catalogVersion: v39 }).scenario?.catalogVersion).toBe(v39);
    expect(problemOf({ catalogVersion: "9".repeat(40) })).toBe("its catalog version is not a version text such as 2026.11.0");
  });

  test("a version text must consist of digits, letters, dots and dashes from its first character", () => {
    expect(problemOf({ catalogVersion: "draft 2026.11.0" })).toBe("its catalog version is not a version text such as 2026.11.0");
    expect(problemOf({ catalogVersion: "<b>2026.11.0" })).toBe("its catalog version is not a version text such as 2026.11.0");
  });
});

describe("refused entries and their messages", () => {
  test("a null entry in the stored list is refused as not an object; the others load", () => {
    const { visible, rejected } = readDocument(stored({ schema: 2, catalogVersion: V, scenarios: [null, plain] }));
    expect(visible.map((v) => v.data.name)).toEqual(["Plan"]);
    expect(rejected).toEqual([{ name: undefined, reason: "it is not an object" }]);
  });

  test("a stored name that is not text (a number, null) is refused as such, unnamed; the others load", () => {
    const { visible, rejected } = readDocument(stored({ schema: 2, catalogVersion: V, scenarios: [{ ...plain, name: 42 }, { ...plain, name: null }, plain] }));
    expect(visible.map((v) => v.data.name)).toEqual(["Plan"]);
    expect(rejected).toEqual([
      { name: undefined, reason: "the name is not text" },
      { name: undefined, reason: "the name is not text" },
    ]);
  });

  test("a scenario without an overrides object is refused", () => {
    expect(problemOf({ overrides: undefined })).toBe("its overrides are not an object");
    expect(problemOf({ overrides: null })).toBe("its overrides are not an object");
  });

  test("an unknown key is quoted by its first 40 characters only, wherever it appears", () => {
    expect(problemOf({ overrides: { [LONG]: 1 } })).toBe(`it overrides an unknown assumption ${QUOTED}`);
    expect(problemOf({ rampOverrides: { [LONG]: [1] } })).toBe(`its ramp names an unknown deal ${QUOTED}`);
    expect(problemOf({ systemOverrides: { [LONG]: "gb300-nvl72" } })).toBe(`its system mix names an unknown deal ${QUOTED}`);
    expect(problemOf({ priceOverrides: { [LONG]: 1e6 } })).toBe(`its prices name an unknown system ${QUOTED}`);
    expect(problemOf({ dealPriceOverrides: { [LONG]: { "gb300-nvl72": 1e6 } } })).toBe(`its system mix names an unknown deal ${QUOTED}`);
    expect(problemOf({ dealPriceOverrides: { "openai-amd": { [LONG]: 1e6 } } })).toBe(`its prices name an unknown system ${QUOTED}`);
    expect(problemOf({ probabilityOverrides: { [LONG]: 0.5 } })).toBe(`its completion probabilities name an unknown deal ${QUOTED}`);
    expect(problemOf({ customSystems: { [LONG]: { based_on: "gb9000" } } })).toBe(
      `its custom system ${QUOTED} needs based_on (a catalog key) and GW.SPEC fields (system_kw, price_per_system, …) with numbers in range`);
  });

  test("per-deal prices: the deal's entry must be a record of prices in range", () => {
    expect(problemOf({ dealPriceOverrides: { "openai-amd": 5e6 } })).toBe("the price for openai-amd must be a number from 0 to 10,000,000,000");
    expect(problemOf({ dealPriceOverrides: { "openai-amd": { "gb300-nvl72": -1 } } }))
      .toBe("the price for gb300-nvl72 must be a number from 0 to 10,000,000,000");
  });

  test("a ramp may give 50 yearly figures, not 51", () => {
    const ok = validateScenario({ ...plain, rampOverrides: { "openai-amd": Array(50).fill(1) } }, undefined, V);
    expect(ok.scenario?.rampOverrides["openai-amd"]).toHaveLength(50);
    expect(problemOf({ rampOverrides: { "openai-amd": Array(51).fill(1) } }))
      .toBe("the ramp for openai-amd must be at most 50 yearly GW figures from 0 to 1000");
  });
});

describe("optional fields stay absent when empty or unset", () => {
  test("empty per-deal prices and probabilities, and no pin without a fallback, add no field", () => {
    const { scenario } = validateScenario({ ...plain, dealPriceOverrides: { "openai-amd": {} }, probabilityOverrides: {} });
    // Exactly the required fields: no catalogVersion key (not even undefined), no empty records.
    expect(scenario).toStrictEqual({ name: "Plan", case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} });
  });
});

describe("custom systems stored in a scenario", () => {
  const hot = { based_on: "gb300-nvl72", system_kw: 140 };

  test("one based on a catalog key with fields in range is kept as stored", () => {
    const { scenario, problem } = validateScenario({ ...plain, customSystems: { "GB300 hot": hot } }, undefined, V);
    expect(problem).toBeUndefined();
    expect(scenario?.customSystems).toEqual({ "GB300 hot": { based_on: "gb300-nvl72", system_kw: 140 } });
  });

  test.each([
    ["a name with a control character", { "hot\nrack": hot }],
    ["an empty name", { "  ": hot }],
    ["a base that is no catalog key", { "GB300 hot": { based_on: "gb9000", system_kw: 140 } }],
    ["a base given by display name instead of key", { "GB300 hot": { based_on: "GB300 NVL72", system_kw: 140 } }],
    ["a field value that is text", { "GB300 hot": { based_on: "gb300-nvl72", system_kw: "140" } }],
    ["a field out of range (0 kW)", { "GB300 hot": { based_on: "gb300-nvl72", system_kw: 0 } }],
    ["an unknown field", { "GB300 hot": { based_on: "gb300-nvl72", warp: 1 } }],
  ])("one with %s is refused", (_what, customSystems) => {
    expect(problemOf({ customSystems })).toMatch(/^its custom system "[\s\S]*" needs based_on/);
  });

  test("pinned to a catalog this add-in does not keep, it is kept as stored (the functions refuse it later)", () => {
    const { scenario, problem } = validateScenario({ ...plain, catalogVersion: "2099.1.0", customSystems: { Future: { based_on: "gb900-nvl999", system_kw: 300 } } });
    expect(problem).toBeUndefined();
    expect(scenario?.customSystems).toEqual({ Future: { based_on: "gb900-nvl999", system_kw: 300 } });
  });
});

describe("whole stored documents", () => {
  const fresh = { layout: "empty", catalogVersion: V, scenarios: [], rejected: [], fatal: undefined, readOnly: false };

  test("nothing stored (no setting, empty text) reads as an empty, editable document", () => {
    // Settings hold text: a missing setting is absent, and the browser preview reads a missing one as "".
    // (null and undefined never reach readStore; what it does with them is in scenario-store.test.ts.)
    expect(summary(readSettings({}))).toEqual(fresh);
    expect(summary(readDocument(""))).toEqual(fresh);
  });

  test("a stored value that is not text is refused whole and read-only, as having no schema", () => {
    // ExcelWorkbook.loadSettings hands readStore a value that is not text as its JSON text, so the number
    // 42 arrives as "42". The old whole-document reader said "too large" here, which was the wrong reason.
    const result = readDocument(JSON.stringify(42));
    expect([result.fatal, result.readOnly]).toEqual(["The stored scenarios have no schema version and were not loaded.", true]);
  });

  test("a document without a scenarios list (schema 1 or 2) reads as empty and editable", () => {
    // It is an older document, so readStore says "legacy" where nothing stored says "empty".
    expect(summary(readDocument(stored({ schema: 2, catalogVersion: V })))).toEqual({ ...fresh, layout: "legacy" });
    expect(summary(readDocument(stored({ schema: 1, catalogVersion: V })))).toEqual({ ...fresh, layout: "legacy" });
  });

  test("a schema 1 scenario without a case reads as the base case", () => {
    const { visible } = readDocument(stored({ schema: 1, catalogVersion: V, scenarios: [{ name: "Old", pue: 1.2 }] }));
    expect(visible.map(({ data: s }) => [s.name, s.case, s.overrides])).toEqual([["Old", "base", { pue: 1.2 }]]);
  });

  test("a store of exactly 1,000,000 characters, key included, is read; one more is refused as too large", () => {
    // readStore limits all of Gigawatt's settings together, keys and values (MAX_STORE_CHARS), before it
    // parses anything: a document alone may have 1,000,000 − 18 characters ("gigawatt.scenarios" is 18),
    // where the old whole-document reader allowed the document itself 1,000,000.
    const json = stored({ schema: 2, catalogVersion: V, scenarios: [plain] });
    const padded = json + " ".repeat(999_982 - json.length); // trailing spaces are valid JSON
    expect(HEADER_KEY.length + padded.length).toBe(1_000_000);
    const read = readDocument(padded);
    expect([read.fatal, read.visible.map((v) => v.data.name)]).toEqual([undefined, ["Plan"]]);
    expect(readDocument(padded + " ").fatal).toBe("The stored scenarios are too large to be genuine and were not loaded.");
  });

  test("a document's catalog version of 39 characters is kept; one of 40 reads as the add-in's", () => {
    expect(readDocument(stored({ schema: 2, catalogVersion: "9".repeat(39), scenarios: [] })).catalogVersion).toBe("9".repeat(39));
    expect(readDocument(stored({ schema: 2, catalogVersion: "9".repeat(40), scenarios: [] })).catalogVersion).toBe(V);
  });

  test("exactly 100 stored scenarios all load without a warning; 101 warn that only the first 100 loaded", () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ ...plain, name: `S${i}` }));
    const hundred = readDocument(stored({ schema: 2, catalogVersion: V, scenarios: list(100) }));
    expect([hundred.visible.length, hundred.rejected]).toEqual([100, []]);
    // readStore lists the first 100 by name, and still reads the 101st (it is kept, not dropped).
    const more = readDocument(stored({ schema: 2, catalogVersion: V, scenarios: list(101) }));
    expect([more.visible.length, more.versions.size, more.rejected]).toEqual([100, 101, [{ reason: "only the first 100 scenarios were loaded" }]]);
  });

  test("a refused legacy document offers no entries, only the reason", () => {
    expect(readLegacyDocument("{oops", CATALOG_VERSION)).toEqual({
      catalogVersion: CATALOG_VERSION, entries: [], fatal: "The stored scenarios are not valid JSON and were not loaded.",
    });
  });
});
