/**
 * Released catalog versions after the first full one may be overlays (versions.json `basedOn`): their
 * folder holds only the systems, deals, sources and assumptions that are new or changed, so a new
 * version adds kilobytes to the bundle, not a copy of the catalog. This lays an overlay over its
 * predecessor's data, as scripts/catalog-validate.js readVersion() does for the build's checks and
 * scripts/golden-schedules.py does for the oracle. Keys are public API, so an overlay only replaces or adds.
 */
import type { CatalogData } from "./data/index.generated";

/** `base` with the entries of `own` put in place by identity: same identity replaces, a new one is added. */
function overlayEntries<T>(base: readonly T[], own: readonly T[], identity: (entry: T) => string): readonly T[] {
  const replaced = new Map(own.map((entry) => [identity(entry), entry]));
  const known = new Set(base.map(identity));
  return [...base.map((entry) => replaced.get(identity(entry)) ?? entry), ...own.filter((entry) => !known.has(identity(entry)))];
}

export function overlayCatalogData(base: CatalogData, own: Partial<CatalogData>): CatalogData {
  return {
    systems: overlayEntries(base.systems, own.systems ?? [], (s) => s.key),
    deals: overlayEntries(base.deals, own.deals ?? [], (d) => d.key),
    sources: overlayEntries(base.sources, own.sources ?? [], (s) => s.id),
    assumptions: overlayEntries(base.assumptions, own.assumptions ?? [], (a) => a.key),
  };
}
