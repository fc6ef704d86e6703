/**
 * The catalog's version. Bump on every change to data in this folder: workbooks pin it, and a
 * test fails when the data's fingerprint changes without a new version (test/unit/catalog-version.test.ts).
 */
export const CATALOG_VERSION = "2026.11.0";
