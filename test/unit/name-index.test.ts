/**
 * A name index built by the test itself (src/model/names.ts buildNameIndex, which the catalog builds its
 * system and deal lookups with): what it finds, which names it lists as shared and in what order, and
 * how a "Did you mean …?" suggestion is spelled. The catalog's own indexes are built as the module loads,
 * before any test; these cases pin the rules on small hand-made entries. Distances are worked by hand:
 * a name is compared lower-cased without spaces and punctuation, and is near another within
 * max(2, ⌊length ÷ 3⌋) edits (or at 1 when one is a prefix of the other).
 */
import { buildNameIndex } from "../../src/model/names";

interface Entry {
  readonly key: string;
  readonly names?: readonly string[];
  readonly shared?: readonly string[];
}
const index = (entries: readonly Entry[]) =>
  buildNameIndex(entries, (e) => [e.key, ...(e.names ?? [])], (e) => e.key, (e) => e.shared ?? []);

test("an index given no shared names builds with a single entry, and shares no name", () => {
  const solo: Entry = { key: "solo" };
  const built = buildNameIndex([solo], (e) => [e.key], (e) => e.key);
  expect(built.find("SOLO")).toBe(solo);
  expect(built.sharedBy("solo")).toEqual([]);
});

test("a suggestion is spelled as the first of the entry's names that normalise to the nearest one", () => {
  // "ironwod" is one insertion from "ironwood" (limit max(2, ⌊7 ÷ 3⌋) = 2), which "Ironwood", "IRONWOOD" and
  // "Iron wood" all normalise to; "tpuv7" is 6 edits away. "Ironwood" was listed first.
  const built = index([{ key: "tpu-v7", names: ["Ironwood", "IRONWOOD", "Iron wood"] }, { key: "b200" }]);
  expect(built.suggestions("Ironwod")).toEqual(["Ironwood"]);
  // "trainiun2" is one replacement from "trainium2": the key, listed before "Trainium 2".
  expect(index([{ key: "trainium2", names: ["Trainium 2"] }]).suggestions("Trainiun2")).toEqual(["trainium2"]);
});

test("two entries exactly at the edit limit are both suggested, by key", () => {
  // "b4o0" (4 characters, limit max(2, ⌊4 ÷ 3⌋ = 1) = 2) is two replacements from "b200" (4 → 2, o → 0) and
  // from "b300" (4 → 3, o → 0), and neither is a prefix of the other: a tie at the limit, so both are listed.
  expect(index([{ key: "b300" }, { key: "b200" }]).suggestions("B4O0")).toEqual(["b200", "b300"]);
  // One of them at the limit and the other beyond it ("b4o0" to "gb300": 3 edits) suggests the one.
  expect(index([{ key: "gb300" }, { key: "b200" }]).suggestions("B4O0")).toEqual(["b200"]);
});

test("a shared alias lists the entries that declare it in alphabetical order, whatever their order", () => {
  const built = index([{ key: "zeta", shared: ["Stargate"] }, { key: "alpha", shared: ["Stargate"] }, { key: "mid", shared: ["Stargate"] }]);
  expect(built.sharedBy("stargate")).toEqual(["alpha", "mid", "zeta"]);
  expect(built.find("Stargate")).toBeUndefined();
});

test("an entry declaring a shared alias in two spellings is listed once, and counts as one", () => {
  const built = index([{ key: "b", shared: ["Stargate", "star gate"] }, { key: "a", shared: ["Stargate"] }]);
  expect(built.sharedBy("STAR-GATE")).toEqual(["a", "b"]);
  // Declared twice by one entry is still declared by one entry: an alias of it, not a shared name.
  expect(() => index([{ key: "a", shared: ["Stargate", "STARGATE"] }, { key: "b" }])).toThrow(/^Shared alias "Stargate" is declared only by a:/);
});
