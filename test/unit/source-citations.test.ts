/**
 * GW.SOURCE's citation text and GW.SPEC's catalog dates, through the functions Excel calls. The expected
 * texts are written out here from the catalog's data files (src/model/catalog/data/…/systems/b200-hgx.json
 * and sources.json): a source without a date says "undated", the Gigawatt assumption source has no URL,
 * and a figure's note follows its source after " — ".
 */
import versions from "../../src/model/catalog/data/versions.json";
import { loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const gw = (id: string, ...args: unknown[]) => valueOf(excel, id, ...args);

const EPOCH = "ai-chip-counts: staging/chip_types.csv (commit 10c28e48b450bb0acf3c4c53c8d4b2ab38dc47cc) (undated) "
  + "https://github.com/epoch-research/ai-chip-counts/blob/10c28e48b450bb0acf3c4c53c8d4b2ab38dc47cc/staging/chip_types.csv";

test.each([
  // A reported figure from an undated source, without a note.
  ["hbm_gb", `Reported: ${EPOCH} Simulated as triangular (minimum 180, most likely 192, maximum 192).`],
  // Our assumption: the "GW" source has a date and no URL; the note follows.
  ["price_per_system", "Gigawatt assumption: Gigawatt planning assumption (no public source; see the note) (2026-11-25) — "
    + "8 GPUs at S32 prices plus CPUs, NICs and chassis; no published list price in our sources. "
    + "Simulated as triangular (minimum 350000, most likely 450000, maximum 515000)."],
  // A date figure cites like a number.
  ["available", `Reported: ${EPOCH} — Epoch B200 release date. Replaces the invented '2025-01-01'. `
    + "Simulated as triangular (minimum 2025-02-15, most likely 2025-02-15, maximum 2025-06)."],
])("GW.SOURCE(\"B200\", %s) names the kind, the source, its date or 'undated', the URL and the note", (field, citation) => {
  expect(gw("SOURCE", "B200", field)).toBe(citation);
});

test("a text field's source is the catalog itself, at the current version", () => {
  const current = versions[versions.length - 1].version;
  for (const field of ["name", "vendor", "family", "key", "accelerator_unit"]) {
    expect(gw("SOURCE", "B200", field)).toBe(`Gigawatt catalog ${current}`);
  }
});

test("a catalog date known to the month is that month's first day; a full date is that day (Excel serials)", () => {
  // b200-hgx available: low and base "2025-02-15", high "2025-06". DATE(2025,2,15) = 45703, DATE(2025,6,1) = 45809.
  expect([gw("SPEC", "B200", "available", "base"), gw("SPEC", "B200", "available", "high")]).toEqual([45703, 45809]);
});
