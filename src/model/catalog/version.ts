/**
 * The catalog's versions: data/versions.json lists every released version, oldest first, and each
 * keeps its data in data/<version>/ (in full, or as an overlay of what changed since `basedOn`). The last one is the current catalog. Workbooks pin a version, so
 * a released version's data never changes: test/unit/catalog-derived.test.ts checks each against its
 * recorded fingerprint. Change data → add a version (an overlay, see CONTRIBUTING.md) and
 * run `npm run catalog`.
 */
import { RELEASES } from "./data/index.generated";

export const CATALOG_VERSIONS: readonly string[] = RELEASES.map((r) => r.version);
export const CATALOG_VERSION: string = CATALOG_VERSIONS[CATALOG_VERSIONS.length - 1];
export { RELEASES };
