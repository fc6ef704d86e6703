/**
 * Scenarios stored in workbooks: schema, migration, validation of hostile data, and editing. Stored
 * documents are read the way the pane reads them: readStore on the settings (src/model/scenario-store.ts).
 */
import {
  MAX_SCENARIOS, addScenario, deleteScenario, duplicateScenario, emptyDocument, renameScenario, updateScenario,
} from "../../src/model/scenario";
import { HEADER_KEY, readStore, type StoreView } from "../../src/model/scenario-store";
import { merge } from "../../src/model/scenario-merge";
import { SCENARIO_TEXT_EN } from "../../src/model/scenario-text";
import { CATALOG_VERSION } from "../../src/model/catalog";

const V = "2026.11.0";
const good = { name: "Base", case: "base" as const, overrides: { pue: 1.3 }, rampOverrides: { "openai-amd": [1, 2, 3] }, systemOverrides: { "meta-amd": "gb300-nvl72" }, priceOverrides: { "gb300-nvl72": 4.2e6 } };
/**
 * A whole document as an older add-in stored it ("gigawatt.scenarios"), read as the pane reads it. A
 * fresh copy of the English texts per read: readStore caches item readings per text object (see
 * test/unit/scenario-merge.test.ts), so no test leans on a reading another test made.
 */
const readDocument = (json: string, catalogVersion = V) => readStore({ [HEADER_KEY]: json }, catalogVersion, { ...SCENARIO_TEXT_EN });
const scenariosOf = (view: StoreView) => view.visible.map((v) => v.data);

test("a stored document round-trips", () => {
  const doc = { schema: 2, catalogVersion: V, scenarios: [good] };
  const view = readDocument(JSON.stringify(doc), CATALOG_VERSION);
  // A scenario saved before pins reads as pinned to its document's (kept) catalog version.
  const pinned = [{ ...good, catalogVersion: V }];
  expect([view.layout, view.catalogVersion, scenariosOf(view), view.rejected, view.fatal, view.readOnly]).toEqual(["legacy", V, pinned, [], undefined, false]);
  // The shipped write path: saving the scenario unchanged splits the old document into items (schema 3)
  // under a header that keeps the document's catalog version; read again, it is the same scenario.
  const [{ id }] = view.visible;
  const saved = merge(view, [{ kind: "put", id, base: { rev: 1, by: "legacy" }, data: pinned[0] }], { me: "me", newId: () => "new", now: () => 1000 }, CATALOG_VERSION);
  const again = readStore({ ...view.settings, ...saved.writes }, CATALOG_VERSION, { ...SCENARIO_TEXT_EN });
  expect([again.layout, again.catalogVersion, scenariosOf(again), again.rejected]).toEqual(["items", V, pinned, []]);
});

test("schema 1 documents are migrated (flat assumption values)", () => {
  const v1 = { schema: 1, catalogVersion: "2026.10.0", scenarios: [{ name: "Old", case: "low", pue: 1.15, utilization: 0.7, colour: "red" }] };
  const view = readDocument(JSON.stringify(v1));
  expect(view.rejected).toEqual([]);
  // 2026.10.0 was a pre-release prototype's version, never a kept catalog: its scenarios read the current one.
  // (readStore has no schema field to show: the document is migrated to schema 2 in memory and read as "legacy".)
  expect([view.layout, view.catalogVersion, scenariosOf(view)]).toEqual(["legacy", "2026.10.0", [
    { name: "Old", case: "low", overrides: { pue: 1.15, utilization: 0.7 }, rampOverrides: {}, systemOverrides: {}, priceOverrides: {}, catalogVersion: CATALOG_VERSION }]]);
});

test.each([
  ["not JSON", "{oops", /not valid JSON/],
  ["not an object", "[1,2]", /no schema version/],
  ["a newer schema", JSON.stringify({ schema: 99, scenarios: [] }), /newer Gigawatt/],
  ["far too large", JSON.stringify({ schema: 2, pad: "x".repeat(1_100_000) }), /too large/],
])("a payload that is %s is refused whole, read-only, with a message", (_what, json, message) => {
  const result = readDocument(json);
  expect(result.fatal).toMatch(message);
  expect(result.readOnly).toBe(true);
  expect(result.visible).toEqual([]);
});

test("bad scenarios are rejected one by one; the good ones stay", () => {
  const scenarios = [
    good,
    { ...good, name: "<b onmouseover=alert(1)>x</b>", overrides: { pue: 0.2 } },
    { ...good, name: "Nope", overrides: { __proto__: 1, pue: 1.2 } },
    { ...good, name: "Strange key", overrides: { pue: 1.2, warp_factor: 9 } },
    { ...good, name: "Bad ramp", rampOverrides: { "openai-amd": [1, "2"] } },
    { ...good, name: "Unknown deal", rampOverrides: { "openai-intel": [1] } },
    { ...good, name: "Unknown system", systemOverrides: { "meta-amd": "gb9000" } },
    { ...good, name: "NaN price", priceOverrides: { "gb300-nvl72": null } },
    { ...good, name: "Base" },
    { ...good, name: "line\nbreak" },
    { ...good, name: "x".repeat(65) },
    { ...good, name: "Bad case", case: "worst" },
    "just a string",
  ];
  const view = readDocument(JSON.stringify({ schema: 2, catalogVersion: V, scenarios }));
  expect(view.visible.map((v) => v.data.name)).toEqual(["Base", "Nope"]);
  // readStore reads every entry first and decides duplicate names afterwards (the older entry keeps the
  // name), so the second "Base" is reported after the entries it cannot read, not in document order.
  expect(view.rejected.map((r) => r.reason)).toEqual([
    "pue must be a number from 1 to 5",
    'it overrides an unknown assumption "warp_factor"',
    "the ramp for openai-amd must be at most 50 yearly GW figures from 0 to 1000",
    'its ramp names an unknown deal "openai-intel"',
    "the system for meta-amd is not a catalog key",
    "the price for gb300-nvl72 must be a number from 0 to 10,000,000,000",
    "the name contains control characters",
    "the name is longer than 64 characters",
    "its case is not one of low, base, high",
    "it is not an object",
    "another scenario has the same name (names that differ only in case, spaces or -_./() are one name for the functions)",
  ]);
  expect(view.rejected[0].name).toBe("<b onmouseover=alert(1)>x</b>"); // kept as text for the message
  expect(view.rejected.at(-1)?.name).toBe("Base");
});

test("prototype keys in stored data are refused, not followed", () => {
  const json = '{"schema":2,"catalogVersion":"2026.11.0","scenarios":[{"name":"P","case":"base","overrides":{"__proto__":{"pue":9}}},' +
    '{"name":"C","case":"base","overrides":{"constructor":1}}]}';
  const view = readDocument(json);
  expect(view.visible).toEqual([]);
  expect(view.rejected.map((r) => r.reason)).toEqual(['it overrides an unknown assumption "__proto__"', 'it overrides an unknown assumption "constructor"']);
  expect(({} as Record<string, unknown>).pue).toBeUndefined();
});

test("at most 100 scenarios are loaded", () => {
  const many = Array.from({ length: 150 }, (_, i) => ({ ...good, name: `S${i}` }));
  const view = readDocument(JSON.stringify({ schema: 2, catalogVersion: V, scenarios: many }));
  // readStore lists the first 100 by name key ("s0", "s1", "s10", "s100", …), not the first 100 stored;
  // the other 50 are still read (kept, and written back unchanged when the document is split).
  expect(view.visible).toHaveLength(MAX_SCENARIOS);
  expect(view.versions.size).toBe(150);
  expect(view.rejected.at(-1)?.reason).toMatch(/first 100/);
});

test("editing: create, duplicate, rename, update, delete, with clear refusals", () => {
  let doc = emptyDocument(V);
  doc = addScenario(doc, "  Alpha ").document!;
  expect(doc.scenarios.map((s) => s.name)).toEqual(["Alpha"]);
  expect(addScenario(doc, "alpha").error).toBe('A scenario named "alpha" already exists.');
  expect(addScenario(doc, "   ").error).toBe("The name is empty.");
  doc = duplicateScenario(doc, "Alpha", "Beta").document!;
  doc = renameScenario(doc, "Beta", "Gamma").document!;
  expect(renameScenario(doc, "Gamma", "ALPHA").error).toMatch(/already exists/);
  expect(renameScenario(doc, "Gamma", "gamma").document?.scenarios[1].name).toBe("gamma");
  const updated = updateScenario(doc, "Gamma", { ...good, overrides: { pue: 1.4 } });
  expect(updated.document?.scenarios[1].overrides).toEqual({ pue: 1.4 });
  expect(updateScenario(doc, "Gamma", { ...good, overrides: { pue: 9 } }).error).toBe("Pue must be a number from 1 to 5.");
  doc = deleteScenario(doc, "Alpha").document!;
  expect(doc.scenarios.map((s) => s.name)).toEqual(["Gamma"]);
  expect(deleteScenario(doc, "Alpha").error).toMatch(/No scenario/);
});

test("names are unique under the key the functions look them up with", () => {
  const doc = addScenario(emptyDocument(V), "Tight PUE").document!;
  for (const twin of ["tight pue", "Tight-PUE", "TIGHT_PUE", " Tight.PUE ", "(Tight) PUE", "TightPUE"]) {
    expect(addScenario(doc, twin).error).toMatch(/already exists|same name as the existing scenario "Tight PUE"/);
  }
  expect(addScenario(doc, "Tight PUE 2").error).toBeUndefined();
  const two = addScenario(doc, "Loose").document!;
  expect(renameScenario(two, "Loose", "tight-pue").error).toMatch(/same name as the existing scenario "Tight PUE"/);
  expect(renameScenario(two, "tight_pue", "Tight P.U.E.").document?.scenarios.map((s) => s.name)).toEqual(["Tight P.U.E.", "Loose"]);
  expect(addScenario(doc, "./()").error).toBe("The name needs a letter or digit.");
});
