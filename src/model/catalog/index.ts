import { buildNameIndex } from "../names";
import { ASSUMPTIONS } from "./assumptions";
import type { Assumption, SystemSpec } from "./schema";
import { SOURCES } from "./sources";
import { SYSTEMS } from "./systems";

export { ASSUMPTIONS } from "./assumptions";
export { SOURCES } from "./sources";
export { SYSTEMS } from "./systems";
export { CATALOG_VERSION } from "./version";
export * from "./schema";

export const SYSTEM_INDEX = buildNameIndex<SystemSpec>(SYSTEMS, (s) => [s.key, s.name, ...s.aliases], (s) => s.key);

const ASSUMPTION_BY_KEY = new Map<string, Assumption>(ASSUMPTIONS.map((a) => [a.key, a]));

export function assumption(key: AssumptionKey): Assumption {
  const found = ASSUMPTION_BY_KEY.get(key);
  if (found === undefined) throw new Error(`No assumption ${key}`);
  return found;
}

export type AssumptionKey =
  | "pue" | "it_overhead" | "network_capex_share" | "facility_capex_per_mw"
  | "utilization" | "electricity_usd_per_mwh" | "it_life_years" | "facility_life_years";

export function sourceOf(id: string) {
  return SOURCES.get(id);
}

export { DEALS } from "./deals";
import { DEALS } from "./deals";
import type { DealSpec } from "./schema";
export const DEAL_INDEX = buildNameIndex<DealSpec>(DEALS, (d) => [d.key, d.name, ...d.aliases], (d) => d.key);

export function systemByKey(key: string): SystemSpec {
  const found = SYSTEM_INDEX.find(key);
  if (found === undefined) throw new Error(`Catalog error: no system ${key}`);
  return found;
}
