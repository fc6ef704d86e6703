/**
 * Reading the scenarios a workbook stores (src/model/scenario-store.ts): what hostile or odd stored
 * state is refused (with a message, nothing else lost), which of two same-named items keeps the name,
 * the order the pane lists scenarios in, and what a rewrite of an item records. Expected values are
 * written out by hand from the stored text each test builds.
 */
import { CATALOG_VERSION } from "../../src/model/catalog";
import { merge } from "../../src/model/scenario-merge";
import { ENTRY_PREFIX, HEADER_KEY, MAX_STORE_CHARS, readStore, type Settings } from "../../src/model/scenario-store";
import { SCENARIO_TEXT_EN } from "../../src/model/scenario-text";
import type { ScenarioData } from "../../src/model/scenario";

const V = CATALOG_VERSION;
/**
 * Reads with a fresh copy of the English texts: item readings are cached per text object, and the
 * mutation run counts only the first test that reads an item as covering the reading code.
 */
const read = (settings: Record<string, string>) => readStore(settings, V, { ...SCENARIO_TEXT_EN });
const HEADER = JSON.stringify({ schema: 3, catalogVersion: V });
const scenario = (name: string, extra: Record<string, unknown> = {}) => ({ name, case: "base", overrides: {}, ...extra });
function item(id: string, name: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: 3, id, rev: 1, by: "seed", trail: ["seed:1"], since: 0, scenario: scenario(name), ...fields });
}
const store = (items: Record<string, string>, header = HEADER) => ({ [HEADER_KEY]: header, ...Object.fromEntries(Object.entries(items).map(([id, json]) => [ENTRY_PREFIX + id, json])) });
const data = (name: string): ScenarioData => ({ name, case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} });
const names = (settings: Record<string, string>) => read(settings).visible.map((v) => v.data.name);
const reasons = (settings: Record<string, string>) => read(settings).rejected.map((r) => [r.name, r.reason]);
const author = (me: string, now = 100) => ({ me, newId: () => `${me}-new`, now: () => now });

describe("hostile items are refused with a message, the rest still read", () => {
  test("a refused scenario with an overlong name is named by its first 64 characters (the longest name a scenario may have)", () => {
    const long = "L".repeat(70);
    const settings = store({ bad: JSON.stringify({ schema: 3, id: "bad", rev: 1, by: "seed", trail: ["seed:1"], since: 0, scenario: scenario(long, { case: "worst" }) }) });
    expect(reasons(settings)).toEqual([["L".repeat(64), "the name is longer than 64 characters"]]);
  });

  test("an item that is JSON but not an object with a schema number says it has no schema", () => {
    const settings = store({ list: "[1,2]", noschema: JSON.stringify({ id: "noschema", rev: 1 }), ok: item("ok", "Ok") });
    expect(names(settings)).toEqual(["Ok"]);
    expect(reasons(settings)).toEqual([
      [undefined, "The stored scenarios have no schema version and were not loaded."],
      [undefined, "The stored scenarios have no schema version and were not loaded."],
    ]);
  });

  test("an item whose id does not match its key, or whose revision is not a whole number from 1, is refused by name", () => {
    const settings = store({
      moved: item("elsewhere", "Moved"),
      zero: item("zero", "Zero", { rev: 0 }),
      half: item("half", "Half", { rev: 1.5 }),
      anon: item("anon", "Anon", { by: 7 }),
      ok: item("ok", "Ok"),
    });
    expect(names(settings)).toEqual(["Ok"]);
    // Keys are read in sorted order: anon, half, moved, ok, zero.
    expect(reasons(settings)).toEqual([
      ["Anon", "it has no valid id or revision"],
      ["Half", "it has no valid id or revision"],
      ["Moved", "it has no valid id or revision"],
      ["Zero", "it has no valid id or revision"],
    ]);
  });

  test("rejections are listed in the order of the items' keys, however the settings were written", () => {
    const settings = { [HEADER_KEY]: HEADER, [`${ENTRY_PREFIX}zz`]: "{bad", [`${ENTRY_PREFIX}aa`]: item("aa", "Odd", { scenario: scenario("Odd", { case: "worst" }) }) };
    expect(reasons(settings)).toEqual([
      ["Odd", "its case is not one of low, base, high"],
      [undefined, "it is not valid JSON"],
    ]);
  });

  test("another add-in's settings and keys that are not valid ids are not ours: no scenario, no message", () => {
    const settings = {
      ...store({ ok: item("ok", "Ok") }),
      "othervendor.addin.colour": "blue", // 18 characters before "colour", as long as the entry prefix
      [`${ENTRY_PREFIX}bad id`]: item("bad id", "Spaced"),
      [`${ENTRY_PREFIX}${"x".repeat(65)}`]: item("x".repeat(65), "Long"),
    };
    expect(names(settings)).toEqual(["Ok"]);
    expect(reasons(settings)).toEqual([]);
  });

  test("a trail that is not a list of texts keeps only its texts, and a rewrite extends that", () => {
    const settings = store({
      odd: item("odd", "Odd", { trail: ["seed:1", 7, null, { x: 1 }, "b:2"] }),
      none: item("none", "None", { trail: "seed:1" }),
    });
    const view = read(settings);
    expect(view.versions.get("odd")?.trail).toEqual(["seed:1", "b:2"]);
    expect(view.versions.get("none")?.trail).toEqual([]);
    const { writes } = merge(view, [{ kind: "put", id: "none", base: { rev: 1, by: "seed" }, data: { ...view.visible[0].data, case: "high" } }], author("me"), V);
    expect(JSON.parse(writes[`${ENTRY_PREFIX}none`]).trail).toEqual(["me:2"]);
  });

  test("a rewrite remembers the last 32 versions: the oldest falls out of the trail", () => {
    const trail = Array.from({ length: 32 }, (_, i) => `seed:${i + 1}`);
    const view = read(store({ x: item("x", "X", { rev: 32, trail }) }));
    const { writes } = merge(view, [{ kind: "put", id: "x", base: { rev: 32, by: "seed" }, data: { ...view.visible[0].data, case: "low" } }], author("me"), V);
    expect(JSON.parse(writes[`${ENTRY_PREFIX}x`]).trail).toEqual([...trail.slice(1), "me:33"]);
  });

  test("an empty header is an empty store that can be edited", () => {
    const view = read({ [HEADER_KEY]: "" });
    expect(view.fatal).toBeUndefined();
    expect(view.readOnly).toBe(false);
    expect(view.layout).toBe("empty");
  });

  test("a header's catalog version of 40 characters or more is not believed; 39 is", () => {
    const long = "2".repeat(40);
    expect(read({ [HEADER_KEY]: JSON.stringify({ schema: 3, catalogVersion: long }) }).catalogVersion).toBe(V);
    expect(read({ [HEADER_KEY]: JSON.stringify({ schema: 3, catalogVersion: long.slice(1) }) }).catalogVersion).toBe(long.slice(1));
  });
});

describe("the size limit", () => {
  // Characters counted: every Gigawatt key and value. HEADER_KEY is 18 characters, the entry key 18 + 3.
  const padded = (total: number) => {
    const rest = total - HEADER_KEY.length - HEADER.length - `${ENTRY_PREFIX}pad`.length;
    return { [HEADER_KEY]: HEADER, [`${ENTRY_PREFIX}pad`]: "x".repeat(rest) };
  };

  test("a store of exactly the limit is read; one character more is refused as not genuine, read-only", () => {
    const exact = read(padded(MAX_STORE_CHARS));
    expect(exact.fatal).toBeUndefined();
    expect(exact.rejected.map((r) => r.reason)).toEqual(["it is not valid JSON"]);
    const over = read(padded(MAX_STORE_CHARS + 1));
    expect(over.fatal).toBe("The stored scenarios are too large to be genuine and were not loaded.");
    expect(over.readOnly).toBe(true);
    expect(over.visible).toEqual([]);
  });

  test("other add-ins' settings do not count", () => {
    const settings = { ...store({ ok: item("ok", "Ok") }), "contoso.big": "y".repeat(MAX_STORE_CHARS) };
    const view = read(settings);
    expect(view.fatal).toBeUndefined();
    expect(view.visible.map((v) => v.data.name)).toEqual(["Ok"]);
    const result = merge(view, [{ kind: "put", id: "n", data: { ...view.visible[0].data, name: "New" } }], author("me"), V);
    expect(result.refused).toBeUndefined();
    expect(Object.keys(result.writes)).toEqual([`${ENTRY_PREFIX}n`]);
  });
});

describe("stored values that are not text", () => {
  const NO_SCHEMA = "The stored scenarios have no schema version and were not loaded.";
  const TOO_LARGE = "The stored scenarios are too large to be genuine and were not loaded.";
  /** Settings as a caller outside the type might pass them: readStore's Settings promise text. */
  const raw = (settings: Record<string, unknown>) => readStore(settings as Settings, V, { ...SCENARIO_TEXT_EN });

  test("as the workbook hands them over (ExcelWorkbook.loadSettings: a value that is not text as its JSON text), the number 42 has no schema", () => {
    const header = read({ [HEADER_KEY]: JSON.stringify(42) });
    expect([header.fatal, header.readOnly]).toEqual([NO_SCHEMA, true]);
    const settings = store({ num: JSON.stringify(42), ok: item("ok", "Ok") });
    expect(names(settings)).toEqual(["Ok"]);
    expect(reasons(settings)).toEqual([[undefined, NO_SCHEMA]]);
  });

  // Unreachable through the shipped loaders (both hand over text), but readStore promises never to throw.
  test.each([
    ["a null header", { [HEADER_KEY]: null }],
    ["an undefined header", { [HEADER_KEY]: undefined }],
    ["a null item", { [HEADER_KEY]: HEADER, [`${ENTRY_PREFIX}gone`]: null }],
    ["a raw number as the header", { [HEADER_KEY]: 42 }],
    ["a raw number as an item", { [HEADER_KEY]: HEADER, [`${ENTRY_PREFIX}num`]: 42 }],
  ])("%s (not text) is refused whole and read-only, without throwing", (_what, settings) => {
    const view = raw(settings);
    expect([view.fatal, view.readOnly, view.visible]).toEqual(["The stored scenarios are not valid JSON and were not loaded.", true, []]);
  });

  test("a value that is not text under another add-in's key is not ours to refuse", () => {
    expect(raw({ [HEADER_KEY]: HEADER, "other.addin": 42 }).fatal).toBeUndefined();
  });

  test("a store over the limit is refused as too large", () => {
    const big = item("big", "Big", { pad: "x".repeat(MAX_STORE_CHARS) });
    expect(read(store({ big })).fatal).toBe(TOO_LARGE);
  });
});

describe("one name, one scenario: the older item keeps it", () => {
  test("the item created first keeps the name even when its id sorts later; the other is hidden and said", () => {
    const settings = store({ a: item("a", "Tight PUE", { since: 2 }), b: item("b", "tight-pue", { since: 1 }) });
    const view = read(settings);
    expect(view.visible.map((v) => [v.id, v.data.name])).toEqual([["b", "tight-pue"]]);
    expect([...view.hidden]).toEqual(["a"]);
    expect(view.rejected.map((r) => r.name)).toEqual(["Tight PUE"]);
  });

  test("created at the same time: the smaller id keeps the name", () => {
    const view = read(store({ a: item("a", "Plan", { since: 5 }), b: item("b", "plan", { since: 5 }) }));
    expect(view.visible.map((v) => v.id)).toEqual(["a"]);
    expect([...view.hidden]).toEqual(["b"]);
  });

  test("created at the same time as an entry of an older whole document: the smaller id keeps the name, whatever the reading order", () => {
    // The document's entries are read first (ids legacy-0000, …, created at their index: 0).
    const header = JSON.stringify({ schema: 2, catalogVersion: V, scenarios: [scenario("Plan")] });
    const view = read(store({ Abc: item("Abc", "plan", { since: 0 }) }, header));
    expect(view.visible.map((v) => v.id)).toEqual(["Abc"]); // "Abc" < "legacy-0000"
    expect([...view.hidden]).toEqual(["legacy-0000"]);
  });

  test("editing the older item keeps its creation time, so it keeps the name", () => {
    const settings = store({ old: item("old", "Plan", { since: 1 }), young: item("young", "PLAN", { since: 2 }) });
    const view = read(settings);
    const { writes } = merge(view, [{ kind: "put", id: "old", base: { rev: 1, by: "seed" }, data: { ...view.visible[0].data, case: "high" } }], author("me", 99), V);
    expect(JSON.parse(writes[`${ENTRY_PREFIX}old`]).since).toBe(1);
    const after = read({ ...settings, ...writes });
    expect(after.visible.map((v) => [v.id, v.data.case])).toEqual([["old", "high"]]);
  });

  test("a new item records when it was created", () => {
    const view = read(store({}));
    const { writes } = merge(view, [{ kind: "put", id: "n", data: data("New") }], author("me", 42), V);
    expect(JSON.parse(writes[`${ENTRY_PREFIX}n`]).since).toBe(42);
  });
});

describe("which scenarios the pane lists", () => {
  test("listed by name, not by creation", () => {
    const view = read(store({ z: item("z", "Zeta", { since: 1 }), m: item("m", "Mid", { since: 2 }), a: item("a", "Alpha", { since: 3 }) }));
    expect(view.visible.map((v) => v.data.name)).toEqual(["Alpha", "Mid", "Zeta"]);
  });

  test("100 scenarios are all loaded without a message; the 101st is kept and said", () => {
    const items = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, item(`s${i}`, `S${String(i).padStart(3, "0")}`)]));
    const hundred = read(store(items(100)));
    expect(hundred.visible).toHaveLength(100);
    expect(hundred.rejected).toEqual([]);
    const more = read(store(items(101)));
    expect(more.visible).toHaveLength(100);
    expect(more.rejected).toEqual([{ reason: "only the first 100 scenarios were loaded" }]);
    expect(more.versions.get("s100")?.data?.name).toBe("S100");
  });
});

describe("an older whole document", () => {
  const doc = JSON.stringify({ schema: 2, catalogVersion: V, scenarios: [scenario("First"), scenario("Second")] });

  test("its entries are split into items with four-digit ids on the first save, and an item with the same id does not shadow them", () => {
    const settings = { [HEADER_KEY]: doc, [`${ENTRY_PREFIX}legacy-0000`]: item("legacy-0000", "Impostor") };
    const view = read(settings);
    expect(view.visible.map((v) => [v.id, v.data.name])).toEqual([["legacy-0000", "First"], ["legacy-0001", "Second"]]);
    const { writes } = merge(view, [{ kind: "put", id: "n", data: { ...view.visible[0].data, name: "New" } }], author("me"), V);
    expect(Object.keys(writes).sort()).toEqual([`${ENTRY_PREFIX}legacy-0000`, `${ENTRY_PREFIX}legacy-0001`, `${ENTRY_PREFIX}n`, HEADER_KEY]);
    expect(JSON.parse(writes[`${ENTRY_PREFIX}legacy-0001`]).scenario.name).toBe("Second");
  });

  test("an entry we cannot read keeps its name: a conflict on it names the co-author's scenario", () => {
    // We split the document and edited "Mine" (item legacy-0000, rev 2 by us); an older add-in then
    // wrote the whole document again, with an entry we refuse at index 0.
    const old = JSON.stringify({ schema: 2, catalogVersion: V, scenarios: [scenario("Theirs", { case: "worst" })] });
    const view = read({ [HEADER_KEY]: old });
    const result = merge(view, [{ kind: "put", id: "legacy-0000", base: { rev: 2, by: "me" }, data: data("Mine") }], author("me"), V);
    expect(result.conflicts.map((c) => c.message)).toEqual([
      'A co-author changed "Theirs" while you edited it: their version stays "Theirs"; yours is saved as "Mine".',
    ]);
  });
});

describe("item readings are remembered across reloads, within a bound", () => {
  // Readings are kept per text object: a copy of the English texts starts with no readings.
  const freshText = () => ({ ...SCENARIO_TEXT_EN });

  test("an unchanged item is not read again on the next reload", () => {
    const text = freshText();
    const settings = store({ a: item("a", "A"), b: item("b", "B") });
    const first = readStore(settings, V, text);
    const second = readStore(settings, V, text);
    expect(second.versions.get("a")).toBe(first.versions.get("a"));
    expect(second.versions.get("b")).toBe(first.versions.get("b"));
  });

  test("2,000 readings are kept; the 2,001st empties them and starts afresh", () => {
    const text = freshText();
    const items = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`i${i}`, item(`i${i}`, `N${i}`)]));
    const first = readStore(store(items), V, text);
    expect(readStore(store(items), V, text).versions.get("i0")).toBe(first.versions.get("i0"));
    readStore(store({ extra: item("extra", "Extra") }), V, text);
    const after = readStore(store({ i0: items.i0 }), V, text).versions.get("i0");
    expect(after).not.toBe(first.versions.get("i0"));
    expect(after).toEqual(first.versions.get("i0"));
  });
});
