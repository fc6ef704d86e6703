/**
 * SHA-256 over the catalog's data (systems, assumptions, sources, deals). `npm run catalog:fingerprint`
 * records it with the version in test/fixtures/catalog-fingerprint.json.
 */
import { createHash } from "crypto";
import { writeFileSync } from "fs";
import path from "path";
import { ASSUMPTIONS, CATALOG_VERSION, DEALS, SOURCES, SYSTEMS } from "../src/model/catalog";

export function catalogFingerprint(): string {
  const data = { systems: SYSTEMS, assumptions: ASSUMPTIONS, sources: [...SOURCES.values()], deals: DEALS };
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

if (require.main === module) {
  const file = path.resolve(__dirname, "../test/fixtures/catalog-fingerprint.json");
  writeFileSync(file, JSON.stringify({ version: CATALOG_VERSION, sha256: catalogFingerprint() }, null, 2) + "\n");
  console.log(`Recorded catalog ${CATALOG_VERSION} in ${path.relative(process.cwd(), file)}`);
}
