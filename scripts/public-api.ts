/**
 * The public API that shared workbooks depend on: function ids with their argument names in order,
 * catalog keys and the names users type as arguments. `npm run api:record` writes it to
 * test/fixtures/public-api.json; test/contract/public-api.test.ts fails when any recorded entry
 * disappears or changes, and when something new has not been recorded yet.
 */
import { writeFileSync } from "fs";
import path from "path";
import { ASSUMPTIONS, DEALS, SYSTEMS } from "../src/model/catalog";
import { FUNCTION_DEFS } from "../src/functions/registry";

export interface PublicApi {
  functions: Record<string, string[]>;
  systems: string[];
  deals: string[];
  assumptions: string[];
  choices: Record<string, string[]>;
}

export function currentApi(): PublicApi {
  const choices: Record<string, string[]> = {};
  for (const def of FUNCTION_DEFS) for (const p of def.params) if (p.allowed) choices[`${def.id}.${p.name}`] = [...p.allowed];
  return {
    functions: Object.fromEntries(FUNCTION_DEFS.map((d) => [d.id, d.params.map((p) => p.name)])),
    systems: SYSTEMS.map((s) => s.key).sort(),
    deals: DEALS.map((d) => d.key).sort(),
    assumptions: ASSUMPTIONS.map((a) => a.key),
    choices,
  };
}

if (require.main === module) {
  const file = path.resolve(__dirname, "../test/fixtures/public-api.json");
  writeFileSync(file, JSON.stringify(currentApi(), null, 2) + "\n");
  console.log(`Recorded the public API in ${path.relative(process.cwd(), file)}`);
}
