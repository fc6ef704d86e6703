/**
 * The catalog, loaded from its data files (data/<version>/…, bundled by webpack as JSON). The
 * exports SYSTEMS, DEALS, SOURCES, ASSUMPTIONS, SYSTEM_INDEX, DEAL_INDEX, systemByKey and assumption()
 * are the current version; catalogAt(version) gives any released version for pinned workbooks.
 */
import { buildNameIndex, type NameIndex } from "../names";
import { DATA } from "./data/index.generated";
import type { Assumption, DealSpec, Source, SystemSpec } from "./schema";
import { CATALOG_VERSION, CATALOG_VERSIONS, RELEASES } from "./version";
import { serialFromIso } from "../dates";

export * from "./schema";
export { CATALOG_VERSION, CATALOG_VERSIONS, RELEASES } from "./version";

export type AssumptionKey =
  | "pue" | "it_overhead" | "network_capex_share" | "facility_capex_per_mw"
  | "utilization" | "electricity_usd_per_mwh" | "it_life_years" | "facility_life_years";

/** One version's data with its lookups. */
export interface Catalog {
  readonly version: string;
  readonly systems: readonly SystemSpec[];
  readonly deals: readonly DealSpec[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly assumptions: readonly Assumption[];
  readonly systemIndex: NameIndex<SystemSpec>;
  readonly dealIndex: NameIndex<DealSpec>;
  readonly assumption: (key: AssumptionKey) => Assumption;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Tables list systems by vendor, then by availability; deals by announcement. */
function bySystemOrder(a: SystemSpec, b: SystemSpec): number {
  return a.vendor.localeCompare(b.vendor, "en") || a.available.base.localeCompare(b.available.base) || a.key.localeCompare(b.key);
}

function byDealOrder(a: DealSpec, b: DealSpec): number {
  return a.announced.localeCompare(b.announced) || a.key.localeCompare(b.key);
}

function build(version: string): Catalog {
  const data = DATA[version];
  const systems = deepFreeze([...data.systems].sort(bySystemOrder));
  const deals = deepFreeze([...data.deals].sort(byDealOrder));
  const assumptions = deepFreeze(data.assumptions);
  const byKey = new Map<string, Assumption>(assumptions.map((a) => [a.key, a]));
  return Object.freeze({
    version,
    systems,
    deals,
    sources: new Map(deepFreeze(data.sources).map((s) => [s.id, s])),
    assumptions,
    systemIndex: buildNameIndex<SystemSpec>(systems, (s) => [s.key, s.name, ...s.aliases], (s) => s.key, (s) => s.sharedAliases ?? []),
    dealIndex: buildNameIndex<DealSpec>(deals, (d) => [d.key, d.name, ...d.aliases], (d) => d.key, (d) => d.sharedAliases ?? []),
    assumption(key: AssumptionKey): Assumption {
      const found = byKey.get(key);
      if (found === undefined) throw new Error(`No assumption ${key} in catalog ${version}`);
      return found;
    },
  });
}

const built = new Map<string, Catalog>();

/** A released version's catalog (built once, on first use); undefined for a version never released. */
export function catalogAt(version: string): Catalog | undefined {
  if (!CATALOG_VERSIONS.includes(version)) return undefined;
  let catalog = built.get(version);
  if (catalog === undefined) built.set(version, (catalog = build(version)));
  return catalog;
}

const CURRENT = catalogAt(CATALOG_VERSION)!;

/**
 * The current (latest) version's catalog: what a call without a scenario reads. A call that names a
 * scenario reads the version the scenario pins (catalogAt(scenario.catalogVersion)); the model takes
 * the catalog as an option (ModelOptions.catalog, ScheduleOptions.catalog), never a global switch.
 */
export const CURRENT_CATALOG: Catalog = CURRENT;

export const SYSTEMS: readonly SystemSpec[] = CURRENT.systems;
export const DEALS: readonly DealSpec[] = CURRENT.deals;
export const SOURCES: ReadonlyMap<string, Source> = CURRENT.sources;
export const ASSUMPTIONS: readonly Assumption[] = CURRENT.assumptions;
export const SYSTEM_INDEX = CURRENT.systemIndex;
export const DEAL_INDEX = CURRENT.dealIndex;

export function assumption(key: AssumptionKey): Assumption {
  return CURRENT.assumption(key);
}

export function sourceOf(id: string): Source | undefined {
  return SOURCES.get(id);
}

export function systemByKey(key: string): SystemSpec {
  const found = SYSTEM_INDEX.find(key);
  if (found === undefined) throw new Error(`Catalog error: no system ${key}`);
  return found;
}

/** GW.VERSION(TRUE)'s columns. Public API: new ones go at the end. */
export const VERSIONS_HEADER = ["Version", "Released", "Systems", "Deals", "Note", "Status"] as const;

/**
 * Every kept catalog version, oldest first: its release date (an Excel serial), how many systems and
 * deals it holds, its release note, and "current" for the one formulas without a scenario read
 * ("kept" for the others, which scenarios pinned to them read).
 */
export function versionRows(): (string | number)[][] {
  return RELEASES.map((release) => {
    const catalog = catalogAt(release.version)!;
    return [release.version, serialFromIso(release.released)!, catalog.systems.length, catalog.deals.length, release.note,
      release.version === CATALOG_VERSION ? "current" : "kept"];
  });
}
