/**
 * Merging one author's scenario edits into the workbook as reloaded (src/model/scenario-merge.ts):
 * co-authors never lose an edit, nothing stored is rewritten that need not be, and every kept copy is
 * said. Stores are built as raw settings; expected names, messages and writes are written out by hand.
 */
import { CATALOG_VERSION } from "../../src/model/catalog";
import { type Ack, merge, reconcile } from "../../src/model/scenario-merge";
import { ENTRY_PREFIX, HEADER_KEY, MAX_STORE_CHARS, readStore } from "../../src/model/scenario-store";
import type { ScenarioData } from "../../src/model/scenario";
import { SCENARIO_TEXT_EN } from "../../src/model/scenario-text";

const V = CATALOG_VERSION;
/**
 * Reads with a fresh copy of the English texts: item readings are cached per text object, and the
 * mutation run counts only the first test that reads an item as covering the reading code.
 */
const read = (settings: Record<string, string>) => readStore(settings, V, { ...SCENARIO_TEXT_EN });
const HEADER = JSON.stringify({ schema: 3, catalogVersion: V });
const data = (name: string, extra: Partial<ScenarioData> = {}): ScenarioData =>
  ({ name, case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {}, catalogVersion: V, ...extra });
function item(id: string, scenario: unknown, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: 3, id, rev: 1, by: "seed", trail: ["seed:1"], since: 0, scenario, ...fields });
}
const settingsOf = (items: Record<string, string>) => ({ [HEADER_KEY]: HEADER, ...Object.fromEntries(Object.entries(items).map(([id, json]) => [ENTRY_PREFIX + id, json])) });
let n = 0;
const author = (me = "me") => ({ me, newId: () => `${me}${++n}`, now: () => 1000 });
beforeEach(() => { n = 0; });

describe("the same edit twice is written once", () => {
  test("a co-author made the identical edit meanwhile: no copy, no conflict", () => {
    const view = read(settingsOf({ x: item("x", data("X", { case: "high" }), { rev: 2, by: "bob", trail: ["seed:1", "bob:2"] }) }));
    const result = merge(view, [{ kind: "put", id: "x", base: { rev: 1, by: "seed" }, data: data("X", { case: "high" }) }], author(), V);
    expect(result).toEqual({ writes: {}, conflicts: [], acks: [] });
  });

  test("a different edit on an old base is kept as a copy that records which version it started from", () => {
    const view = read(settingsOf({ x: item("x", data("X", { case: "high" }), { rev: 2, by: "bob", trail: ["seed:1", "bob:2"] }) }));
    const result = merge(view, [{ kind: "put", id: "x", base: { rev: 1, by: "seed" }, data: data("X", { case: "low" }) }], author(), V);
    expect(result.conflicts.map((c) => c.message)).toEqual(['A co-author changed "X" while you edited it: their version stays "X"; yours is saved as "X (copy)".']);
    expect(JSON.parse(result.writes[`${ENTRY_PREFIX}me1`]).copyOf).toBe("x@seed:1");
  });

  test("restoring a version a co-author already wrote the same: nothing written", () => {
    const view = read(settingsOf({ x: item("x", data("X", { case: "high" }), { rev: 3, by: "bob", trail: ["bob:3"] }) }));
    const ack: Ack = { id: "x", rev: 2, by: "me", deleted: false, data: data("X", { case: "high" }) };
    expect(merge(view, [{ kind: "restore", ack }], author(), V)).toEqual({ writes: {}, conflicts: [], acks: [] });
  });
});

describe("whose version an edit started from", () => {
  test("an edit of the stored version, keeping its name, is written as the next revision without a conflict", () => {
    const view = read(settingsOf({ x: item("x", data("X")) }));
    const result = merge(view, [{ kind: "put", id: "x", base: { rev: 1, by: "seed" }, data: data("X", { case: "high" }) }], author(), V);
    expect(result.conflicts).toEqual([]);
    expect(JSON.parse(result.writes[`${ENTRY_PREFIX}x`])).toMatchObject({ rev: 2, by: "me", trail: ["seed:1", "me:2"], scenario: { name: "X", case: "high" } });
  });

  test("a co-author's revision with the same number as the one we started from is theirs, not ours: ours is kept as a copy", () => {
    // Two panes both wrote revision 2 of x; ours started from alice's revision 2, the store holds bob's.
    const view = read(settingsOf({ x: item("x", data("X", { case: "high" }), { rev: 2, by: "bob", trail: ["seed:1", "bob:2"] }) }));
    const result = merge(view, [{ kind: "put", id: "x", base: { rev: 2, by: "alice" }, data: data("X", { case: "low" }) }], author(), V);
    expect(result.writes[`${ENTRY_PREFIX}x`]).toBeUndefined();
    expect(result.conflicts.map((c) => [c.kind, c.copyName])).toEqual([["edited", "X (copy)"]]);
  });
});

describe("co-authors' versions we cannot read are kept", () => {
  test("editing a scenario a co-author rewrote into one we refuse: ours is a copy, and it says they changed it (not deleted it)", () => {
    const view = read(settingsOf({ x: item("x", { name: "X", case: "worst", overrides: {} }, { rev: 2, by: "bob", trail: ["bob:2"] }) }));
    const result = merge(view, [{ kind: "put", id: "x", base: { rev: 1, by: "seed" }, data: data("X") }], author(), V);
    expect(result.writes[`${ENTRY_PREFIX}x`]).toBeUndefined();
    expect(result.conflicts.map((c) => [c.kind, c.copyId])).toEqual([["edited", "me1"]]);
    expect(result.conflicts[0].message).toMatch(/^A co-author changed "X" while you edited it: their version stays "X"/);
  });

  test("deleting a scenario a co-author rewrote into something nameless: theirs is kept, and the message names what we deleted", () => {
    const view = read(settingsOf({ x: item("x", "not a scenario", { rev: 2, by: "bob", trail: ["bob:2"] }) }));
    const result = merge(view, [{ kind: "delete", id: "x", base: { rev: 1, by: "seed" }, name: "X" }], author(), V);
    expect(result.writes).toEqual({});
    expect(result.conflicts).toEqual([{ kind: "deleteLost", name: "X", message: 'A co-author changed "X" while you deleted it: their version is kept.' }]);
  });

  test("deleting a scenario a co-author renamed meanwhile: the message gives their name", () => {
    const view = read(settingsOf({ x: item("x", data("Renamed"), { rev: 2, by: "bob", trail: ["seed:1", "bob:2"] }) }));
    const result = merge(view, [{ kind: "delete", id: "x", base: { rev: 1, by: "seed" }, name: "X" }], author(), V);
    expect(result.conflicts.map((c) => c.message)).toEqual(['A co-author changed "Renamed" while you deleted it: their version is kept.']);
  });

  test("a new scenario whose id is already stored never overwrites the stored one", () => {
    const settings = settingsOf({ x: item("x", data("Theirs")) });
    const result = merge(read(settings), [{ kind: "put", id: "x", data: data("Mine") }], author(), V);
    expect(result.writes).toEqual({});
  });
});

describe("names", () => {
  test("a copy of a 64-character name is cut so that the copy name has 64 characters", () => {
    const long = "N".repeat(64);
    const view = read(settingsOf({ x: item("x", data(long, { case: "high" }), { rev: 2, by: "bob", trail: ["bob:2"] }) }));
    const result = merge(view, [{ kind: "put", id: "x", base: { rev: 1, by: "seed" }, data: data(long) }], author(), V);
    expect(result.conflicts[0].copyName).toBe(`${"N".repeat(57)} (copy)`);
  });

  test("a name held by a scenario past the 100th is taken: a new one of that name is renamed and told", () => {
    const items = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`s${i}`, item(`s${i}`, data(`S${String(i).padStart(3, "0")}`))]));
    const view = read(settingsOf(items));
    expect(view.visible.map((v) => v.data.name)).not.toContain("S100");
    const result = merge(view, [{ kind: "put", id: "new", data: data("s100") }], author(), V);
    expect(result.conflicts.map((c) => c.message)).toEqual(['A co-author also has a scenario named "s100": theirs keeps the name; yours is saved as "s100 (copy)".']);
  });

  test("deleting a scenario frees its name for one created in the same save", () => {
    const view = read(settingsOf({ x: item("x", data("X")) }));
    const result = merge(view, [{ kind: "delete", id: "x", base: { rev: 1, by: "seed" }, name: "X" }, { kind: "put", id: "new", data: data("X") }], author(), V);
    expect(result.conflicts).toEqual([]);
    expect(JSON.parse(result.writes[`${ENTRY_PREFIX}new`]).scenario.name).toBe("X");
  });

  test("deleting a hidden same-named item does not free the name its older twin keeps", () => {
    const view = read(settingsOf({ x: item("x", data("X"), { since: 1 }), twin: item("twin", data("x"), { since: 2 }) }));
    expect([...view.hidden]).toEqual(["twin"]);
    const result = merge(view, [{ kind: "delete", id: "twin", base: { rev: 1, by: "seed" }, name: "x" }, { kind: "put", id: "new", data: data("X") }], author(), V);
    expect(result.conflicts.map((c) => c.copyName)).toEqual(["X (copy)"]);
  });

  test("a deletion is acknowledged as a deletion, and deleting twice in one save is no conflict", () => {
    const view = read(settingsOf({ x: item("x", data("X")) }));
    const del = { kind: "delete" as const, id: "x", base: { rev: 1, by: "seed" }, name: "X" };
    const result = merge(view, [del, del], author(), V);
    expect(result.conflicts).toEqual([]);
    expect(result.acks).toEqual([{ id: "x", rev: 2, by: "me", deleted: true, data: undefined, name: "X" }]);
  });
});

describe("an older whole document is split only when something is saved, and only its own entries", () => {
  const doc = JSON.stringify({ schema: 2, catalogVersion: V, scenarios: [{ name: "First", case: "base", overrides: {} }] });

  test("a save that changes nothing writes nothing", () => {
    const view = read({ [HEADER_KEY]: doc });
    expect(merge(view, [{ kind: "delete", id: "gone", base: { rev: 1, by: "x" }, name: "Gone" }], author(), V).writes).toEqual({});
  });

  test("items stored beside the document are not rewritten by the split", () => {
    // Written with spaces: a rewrite would change their bytes.
    const spaced = (id: string, by: string, rev: number) => JSON.stringify({ schema: 3, id, rev, by, trail: [`${by}:${rev}`], since: 0, scenario: { name: id, case: "base", overrides: {} } }, null, 1);
    const settings = { [HEADER_KEY]: doc, [`${ENTRY_PREFIX}bobs`]: spaced("bobs", "bob", 1), [`${ENTRY_PREFIX}edited`]: spaced("edited", "legacy", 2) };
    const view = read(settings);
    const { writes } = merge(view, [{ kind: "put", id: "n", data: data("New") }], author(), V);
    expect(Object.keys(writes).sort()).toEqual([`${ENTRY_PREFIX}legacy-0000`, `${ENTRY_PREFIX}n`, HEADER_KEY]);
  });
});

describe("the size limit after the save", () => {
  test("a save that makes the store exactly the limit is written; one character more is refused", () => {
    const probe = merge(read(settingsOf({})), [{ kind: "put", id: "n", data: data("New") }], author(), V);
    const written = `${ENTRY_PREFIX}n`.length + probe.writes[`${ENTRY_PREFIX}n`].length;
    // Header key and value, the padding item's key and value, and the written item: MAX_STORE_CHARS in all.
    const pad = (extra: number) => ({ ...settingsOf({}), [`${ENTRY_PREFIX}pad`]: "x".repeat(MAX_STORE_CHARS + extra - HEADER_KEY.length - HEADER.length - `${ENTRY_PREFIX}pad`.length - written) });
    n = 0;
    expect(merge(read(pad(0)), [{ kind: "put", id: "n", data: data("New") }], author(), V).refused).toBeUndefined();
    n = 0;
    expect(merge(read(pad(1)), [{ kind: "put", id: "n", data: data("New") }], author(), V).refused)
      .toBe("Not saved: the scenarios would take 1000001 characters, more than the 1000000 Gigawatt keeps in a workbook's settings. Delete scenarios or shorten ramps.");
  });
});

describe("reconcile", () => {
  const deletion: Ack = { id: "x", rev: 2, by: "me", deleted: true, name: "X" };

  test("our deletion replaced by a co-author's unseen rewrite: theirs is kept, and it is said with their name", () => {
    const view = read(settingsOf({ x: item("x", data("Theirs"), { rev: 2, by: "bob", trail: ["seed:1", "bob:2"] }) }));
    const { ops } = reconcile(view, [deletion]);
    expect(ops).toEqual([{ kind: "restore", ack: deletion }]);
    const result = merge(view, ops, author(), V);
    expect(result.writes).toEqual({});
    expect(result.conflicts).toEqual([{ kind: "deleteLost", name: "Theirs", message: 'A co-author changed "Theirs" while you deleted it: their version is kept.' }]);
  });

  test("our deletion replaced by a rewrite we cannot read: the message names what we deleted", () => {
    const view = read(settingsOf({ x: item("x", "not a scenario", { rev: 2, by: "bob", trail: ["bob:2"] }) }));
    const result = merge(view, reconcile(view, [deletion]).ops, author(), V);
    expect(result.conflicts.map((c) => c.message)).toEqual(['A co-author changed "X" while you deleted it: their version is kept.']);
  });

  test("our deletion of an item whose name we never could read, replaced unseen: said without a name", () => {
    const view = read(settingsOf({ x: item("x", "not a scenario", { rev: 2, by: "bob", trail: ["bob:2"] }) }));
    const nameless: Ack = { id: "x", rev: 2, by: "me", deleted: true };
    const result = merge(view, reconcile(view, [nameless]).ops, author(), V);
    expect(result.conflicts).toEqual([{ kind: "deleteLost", name: undefined, message: "A co-author changed a scenario while you deleted it: their version is kept." }]);
  });

  test("our deletion replaced by a co-author's own deletion: nothing said yet, and still watched, since a later save could undo it", () => {
    const deletedByBob = read(settingsOf({ x: item("x", data("X"), { rev: 2, by: "bob", trail: ["bob:2"], deleted: true }) }));
    expect(deletedByBob.versions.get("x")?.deleted).toBe(true);
    expect(reconcile(deletedByBob, [deletion])).toEqual({ ops: [], keep: [deletion] });
    expect(merge(deletedByBob, [{ kind: "restore", ack: deletion }], author(), V)).toEqual({ writes: {}, conflicts: [], acks: [] });
    // Carol, who saw neither deletion, then saves her edit over the item: now it is said.
    const undone = read(settingsOf({ x: item("x", data("Carol's"), { rev: 2, by: "carol", trail: ["seed:1", "carol:2"] }) }));
    const result = merge(undone, reconcile(undone, [deletion]).ops, author(), V);
    expect(result.conflicts.map((c) => c.message)).toEqual(['A co-author changed "Carol\'s" while you deleted it: their version is kept.']);
  });

  test("a co-author's save built on ours (our version in its trail): nothing to restore, nothing watched", () => {
    const view = read(settingsOf({ x: item("x", data("X", { case: "low" }), { rev: 3, by: "bob", trail: ["seed:1", "me:2", "bob:3"] }) }));
    expect(reconcile(view, [{ id: "x", rev: 2, by: "me", deleted: false, data: data("X", { case: "high" }) }])).toEqual({ ops: [], keep: [] });
  });

  test("our deletion replaced by the item's removal: what we asked for, so nothing is said, written or watched", () => {
    const gone = read(settingsOf({}));
    expect(reconcile(gone, [deletion])).toEqual({ ops: [], keep: [] });
    expect(merge(gone, [{ kind: "restore", ack: deletion }], author(), V)).toEqual({ writes: {}, conflicts: [], acks: [] });
  });

  test("an older revision of our own item written back over our save (a restored copy of the workbook) saves ours again as a copy", () => {
    const view = read(settingsOf({ x: item("x", data("X"), { rev: 1, by: "me", trail: ["me:1"] }) }));
    const ack: Ack = { id: "x", rev: 2, by: "me", deleted: false, data: data("X", { case: "high" }) };
    const { ops, keep } = reconcile(view, [ack]);
    expect(ops).toEqual([{ kind: "restore", ack }]);
    expect(keep).toEqual([]);
    const result = merge(view, ops, author(), V);
    expect(result.conflicts.map((c) => c.message)).toEqual(['A co-author\'s save replaced your change to "X": their version stays "X"; yours is saved as "X (copy)".']);
  });
});
