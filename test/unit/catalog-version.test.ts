/**
 * Workbooks pin the catalog version so colleagues compute the same numbers; a data change under an
 * unchanged version would break that promise silently. The fingerprint file records which data a
 * version names: change the data → bump CATALOG_VERSION and run `npm run catalog:fingerprint`.
 */
import { catalogFingerprint } from "../../scripts/catalog-fingerprint";
import recorded from "../fixtures/catalog-fingerprint.json";
import { CATALOG_VERSION } from "../../src/model/catalog";

test("the catalog's data matches the fingerprint recorded for its version", () => {
  const current = catalogFingerprint();
  if (current !== recorded.sha256 && CATALOG_VERSION === recorded.version) {
    throw new Error(`Catalog data changed but CATALOG_VERSION is still ${CATALOG_VERSION}: bump it in src/model/catalog/version.ts, then run npm run catalog:fingerprint.`);
  }
  expect({ version: CATALOG_VERSION, sha256: current }).toEqual(recorded);
});
