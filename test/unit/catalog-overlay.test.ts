/**
 * Overlay versions (versions.json `basedOn`): a released version that stores only what changed. The
 * bundle lays its files over its predecessor's (src/model/catalog/overlay.ts); the build's checks,
 * the fingerprints and CHANGES' test read them through scripts/catalog-validate.js, and the Python
 * oracle through its own resolver. All three must see the same data.
 */
import { overlayCatalogData } from "../../src/model/catalog/overlay";
import { CATALOG_VERSIONS, catalogAt } from "../../src/model/catalog";
import type { CatalogData } from "../../src/model/catalog/data/index.generated";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with webpack.config.js
const { readVersion, releases } = require("../../scripts/catalog-validate");

const item = (key: string, note: string) => ({ key, note }) as never;
const source = (id: string, title: string) => ({ id, title }) as never;

describe("laying an overlay over its predecessor", () => {
  const base: CatalogData = {
    systems: [item("a", "old a"), item("b", "old b")],
    deals: [item("x", "old x")],
    sources: [source("s1", "one"), source("s2", "two")],
    assumptions: [item("pue", "1.2")],
  };

  test("an item with the same key replaces the predecessor's in place; the others stay", () => {
    const merged = overlayCatalogData(base, { systems: [item("b", "new b")] });
    expect(merged.systems).toEqual([item("a", "old a"), item("b", "new b")]);
    expect(merged.deals).toEqual([item("x", "old x")]);
  });

  test("a new key is added at the end; a source with a known id replaces it", () => {
    const merged = overlayCatalogData(base, { deals: [item("y", "new y")], sources: [source("s2", "two, primary"), source("s3", "three")] });
    expect(merged.deals).toEqual([item("x", "old x"), item("y", "new y")]);
    expect(merged.sources).toEqual([source("s1", "one"), source("s2", "two, primary"), source("s3", "three")]);
  });

  test("an empty overlay is its predecessor's data", () => {
    expect(overlayCatalogData(base, {})).toEqual(base);
  });
});

describe("every released version resolves alike in the bundle and in the build's scripts", () => {
  const byKey = (list: Array<{ key?: string; id?: string }>) => [...list].sort((a, b) => String(a.key ?? a.id).localeCompare(String(b.key ?? b.id)));
  test.each(CATALOG_VERSIONS.map((v) => [v]))("%s", (version) => {
    const script = readVersion(version) as { systems: Array<[string, { key: string }]>; deals: Array<[string, { key: string }]>; sources: Array<{ id: string }>; assumptions: Array<{ key: string }> };
    const bundled = catalogAt(version)!;
    expect(byKey([...bundled.systems])).toEqual(byKey(script.systems.map(([, v]) => v)));
    expect(byKey([...bundled.deals])).toEqual(byKey(script.deals.map(([, v]) => v)));
    expect(byKey([...bundled.sources.values()])).toEqual(byKey(script.sources));
    expect(byKey([...bundled.assumptions])).toEqual(byKey(script.assumptions));
  });

  test("an overlay is based on an earlier release", () => {
    const list = releases() as Array<{ version: string; basedOn?: string }>;
    list.forEach((r, i) => {
      if (r.basedOn !== undefined) expect(list.slice(0, i).map((e) => e.version)).toContain(r.basedOn);
    });
  });
});
