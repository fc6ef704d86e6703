/**
 * Scenarios: named overrides of the catalog, stored in the workbook and shared with it. What is stored
 * is untrusted input (anyone can edit a workbook's settings): an older whole document is parsed against
 * a versioned schema and migrated (readLegacyDocument), and each scenario is checked on its own
 * (validateScenario), so one bad entry is reported while the others survive. The workbook's settings
 * are read with these by readStore (src/model/scenario-store.ts); the editing operations are here too.
 */
import { ASSUMPTIONS, type AssumptionKey, CASES, CATALOG_VERSION, CATALOG_VERSIONS, type Case, type Catalog, catalogAt } from "./catalog";
import type { Overrides } from "./assumptions";
import { ASSUMPTION_BOUNDS, PRICE_USD, RAMP_GW_PER_YEAR } from "./bounds";
import { normalizeName } from "./names";
import { SCENARIO_TEXT_EN, sentence, type ScenarioText } from "./scenario-text";
import { BASED_ON, buildCustomSystem } from "./custom-system";
import { MAX_SAMPLES, MAX_SEED, MIN_SAMPLES } from "./risk/sample";

export interface ScenarioData {
  readonly name: string;
  /**
   * The catalog version the scenario was built on: every formula naming the scenario reads that
   * version's data (systems, deals, assumptions), so a shared workbook keeps its numbers when the add-in
   * ships a newer catalog. New scenarios pin the current version. One stored without a pin (saved before
   * pins existed) reads as pinned to its store header's version, else the current one (pinnedVersion).
   * A version this add-in does not keep is kept as stored; formulas naming the scenario answer #N/A.
   */
  readonly catalogVersion?: string;
  /** Used when a formula leaves `estimate` empty. */
  readonly case: Case;
  readonly overrides: Overrides;
  /** Per deal key: GW added per calendar year from the deal's first year, replacing the catalog ramp. */
  readonly rampOverrides: Readonly<Record<string, readonly number[]>>;
  /** Per deal key: the system key that replaces the catalog's system mix for that deal. */
  readonly systemOverrides: Readonly<Record<string, string>>;
  /** Per system key: price per system in USD, replacing the catalog's range. */
  readonly priceOverrides: Readonly<Record<string, number>>;
  /** Per deal key, then system key: price per system in USD for that deal only; wins over priceOverrides. */
  readonly dealPriceOverrides?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * Custom systems usable by name in this scenario's formulas (and in GW.PLAN's system column): per name,
   * `based_on` (a catalog key) and GW.SPEC fields it replaces, e.g. { "GB300 hot": { based_on: "gb300-nvl72", system_kw: 140 } }.
   */
  readonly customSystems?: Readonly<Record<string, Readonly<Record<string, number | string>>>>;
  /** Monte Carlo estimates (p1 … p99, mean): the seed and sample count, when not the defaults (src/model/risk/sample.ts). */
  readonly seed?: number;
  readonly samples?: number;
  /** Per deal key: the probability that each of its tranches is delivered, replacing the one of its status. */
  readonly probabilityOverrides?: Readonly<Record<string, number>>;
}

export const SCHEMA_VERSION = 2;
export const MAX_SCENARIOS = 100;
export const MAX_NAME_LENGTH = 64;
const MAX_RAMP_YEARS = 50;

export interface ScenarioDocument {
  readonly schema: number;
  /** The catalog version the scenarios were made with; a colleague's add-in compares it with its own. */
  readonly catalogVersion: string;
  readonly scenarios: readonly ScenarioData[];
}

/** Bounds a scenario value must respect: the same the functions enforce on arguments (one home: bounds.ts). */
export const OVERRIDE_BOUNDS = ASSUMPTION_BOUNDS;

export interface Rejection {
  /** The scenario's name where one could be read (shown as text, never as markup). */
  readonly name?: string;
  readonly reason: string;
}

export { isRecord };

export function emptyDocument(catalogVersion: string): ScenarioDocument {
  return { schema: SCHEMA_VERSION, catalogVersion, scenarios: [] };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The one key a scenario name is known by: the functions look names up with it, so uniqueness is
 * checked with it too ("Tight PUE", "tight-pue" and "Tight_PUE" are one name).
 */
export function scenarioKey(name: string): string {
  return normalizeName(name.trim());
}

/** A name is plain text of 1–64 characters without control characters. Markup is allowed as text. */
export function nameProblem(name: unknown, text: ScenarioText = SCENARIO_TEXT_EN): string | undefined {
  if (typeof name !== "string") return text.nameNotText;
  const trimmed = name.trim();
  if (trimmed.length === 0) return text.nameEmpty;
  if (trimmed.length > MAX_NAME_LENGTH) return text.nameTooLong(MAX_NAME_LENGTH);
  if (CONTROL.test(trimmed)) return text.nameControl;
  if (scenarioKey(trimmed) === "") return text.nameNoLetters;
  return undefined;
}

/** A catalog version as stored: short text of digits, letters, dots and dashes ("2026.11.0"). */
function isVersionText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length < 40 && /^[0-9A-Za-z.+-]+$/.test(value);
}

/**
 * The version a scenario stored without a pin reads: the version its store (or whole document) was
 * written with, when that is a kept catalog version, else the current one. Only add-ins from before
 * pins wrote unpinned scenarios, and they recorded released versions or, in pre-release builds, ones
 * never released ("2026.10.0"), whose data no add-in has: those read the first catalog they can.
 */
export function unpinnedVersion(storeVersion: string | undefined): string {
  return storeVersion !== undefined && CATALOG_VERSIONS.includes(storeVersion) ? storeVersion : CATALOG_VERSION;
}

/** The catalog version a scenario reads: its pin, else the one its store implies (unpinnedVersion). */
export function pinnedVersion(scenario: Pick<ScenarioData, "catalogVersion">, storeVersion?: string): string {
  return scenario.catalogVersion ?? unpinnedVersion(storeVersion);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function finiteIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
}

/** Checks one stored scenario; returns it cleaned (unknown fields dropped) or the reason it is refused. */
export function validateScenario(
  raw: unknown, text: ScenarioText = SCENARIO_TEXT_EN, fallbackVersion?: string,
): { scenario?: ScenarioData; problem?: string } {
  if (!isRecord(raw)) return { problem: text.notObject };
  const problem = nameProblem(raw.name, text);
  if (problem) return { problem };
  if (raw.catalogVersion !== undefined && !isVersionText(raw.catalogVersion)) return { problem: text.badCatalogVersion };
  const pinned = (raw.catalogVersion as string | undefined) ?? fallbackVersion;
  // Keys are checked against the pinned version's catalog; a version this add-in does not keep cannot
  // check them, so they are kept as stored (the functions refuse the scenario with a message instead).
  const catalog = catalogAt(pinned ?? CATALOG_VERSION);
  const known = (index: "dealIndex" | "systemIndex", key: string) => catalog === undefined || catalog[index].find(key)?.key === key;
  if (!CASES.includes(raw.case as Case)) return { problem: text.badCase(CASES.join(", ")) };
  const overrides: Partial<Record<AssumptionKey, number>> = {};
  if (!isRecord(raw.overrides)) return { problem: text.overridesNotObject };
  for (const [key, value] of Object.entries(raw.overrides)) {
    // Own keys only: a stored "__proto__" or "constructor" must not reach Object.prototype.
    const bounds = Object.prototype.hasOwnProperty.call(OVERRIDE_BOUNDS, key) ? OVERRIDE_BOUNDS[key as AssumptionKey] : undefined;
    if (bounds === undefined) return { problem: text.unknownAssumption(key.slice(0, 40)) };
    if (!finiteIn(value, bounds.min, bounds.max)) return { problem: text.outOfBounds(key, bounds.min, bounds.max) };
    overrides[key as AssumptionKey] = value;
  }
  const rampOverrides: Record<string, number[]> = {};
  for (const [key, ramp] of Object.entries(isRecord(raw.rampOverrides) ? raw.rampOverrides : {})) {
    if (!known("dealIndex", key)) return { problem: text.unknownRampDeal(key.slice(0, 40)) };
    if (!Array.isArray(ramp) || ramp.length > MAX_RAMP_YEARS || !ramp.every((gw) => finiteIn(gw, RAMP_GW_PER_YEAR.min, RAMP_GW_PER_YEAR.max))) {
      return { problem: text.badRamp(key, MAX_RAMP_YEARS) };
    }
    rampOverrides[key] = [...ramp];
  }
  const systemOverrides: Record<string, string> = {};
  for (const [key, system] of Object.entries(isRecord(raw.systemOverrides) ? raw.systemOverrides : {})) {
    if (!known("dealIndex", key)) return { problem: text.unknownMixDeal(key.slice(0, 40)) };
    if (typeof system !== "string" || !known("systemIndex", system)) return { problem: text.badMixSystem(key) };
    systemOverrides[key] = system;
  }
  const priceOverrides: Record<string, number> = {};
  for (const [key, price] of Object.entries(isRecord(raw.priceOverrides) ? raw.priceOverrides : {})) {
    if (!known("systemIndex", key)) return { problem: text.unknownPriceSystem(key.slice(0, 40)) };
    if (!finiteIn(price, PRICE_USD.min, PRICE_USD.max)) return { problem: text.badPrice(key) };
    priceOverrides[key] = price;
  }
  const dealPriceOverrides: Record<string, Record<string, number>> = {};
  for (const [deal, prices] of Object.entries(isRecord(raw.dealPriceOverrides) ? raw.dealPriceOverrides : {})) {
    if (!known("dealIndex", deal)) return { problem: text.unknownMixDeal(deal.slice(0, 40)) };
    if (!isRecord(prices)) return { problem: text.badPrice(deal) };
    const byDeal: Record<string, number> = {};
    for (const [key, price] of Object.entries(prices)) {
      if (!known("systemIndex", key)) return { problem: text.unknownPriceSystem(key.slice(0, 40)) };
      if (!finiteIn(price, PRICE_USD.min, PRICE_USD.max)) return { problem: text.badPrice(key) };
      byDeal[key] = price;
    }
    if (Object.keys(byDeal).length > 0) dealPriceOverrides[deal] = byDeal;
  }
  const risk = validateRisk(raw, text, known);
  if (typeof risk === "string") return { problem: risk };
  const scenario: ScenarioData = { name: (raw.name as string).trim(), case: raw.case as Case, overrides, rampOverrides, systemOverrides, priceOverrides, ...risk };
  const customSystems: Record<string, Record<string, number | string>> = {};
  for (const [name, record] of Object.entries(isRecord(raw.customSystems) ? raw.customSystems : {})) {
    if (customSystemProblem(name, record, catalog)) return { problem: text.badCustomSystem(name.slice(0, 40)) };
    customSystems[name] = { ...(record as Record<string, number | string>) };
  }
  // Optional (added with per-deal prices and custom systems): absent when empty, so older documents round-trip unchanged.
  return {
    scenario: {
      ...scenario,
      ...(pinned !== undefined ? { catalogVersion: pinned } : {}),
      ...(Object.keys(dealPriceOverrides).length > 0 ? { dealPriceOverrides } : {}),
      ...(Object.keys(customSystems).length > 0 ? { customSystems } : {}),
    },
  };
}

/** Whether a stored custom system is usable: a catalog key in based_on, known fields with numbers in bounds. */
function customSystemProblem(name: string, record: unknown, catalog: Catalog | undefined): boolean {
  if (nameProblem(name) !== undefined || !isRecord(record)) return true;
  const basedOn = record[BASED_ON];
  if (typeof basedOn !== "string") return true;
  if (catalog === undefined) return false; // a version not kept here: kept as stored, refused by the functions
  if (catalog.systemIndex.find(basedOn)?.key !== basedOn) return true;
  const fields = new Map<string, number>();
  for (const [field, value] of Object.entries(record)) {
    if (field === BASED_ON) continue;
    if (typeof value !== "number") return true;
    fields.set(field, value);
  }
  return buildCustomSystem(basedOn, fields, name, (t) => catalog.systemIndex.find(t)).problem !== undefined;
}

/** The optional simulation fields; absent ones stay absent, so older documents read and write back unchanged. */
function validateRisk(raw: Record<string, unknown>, text: ScenarioText, known: (index: "dealIndex", key: string) => boolean): Pick<ScenarioData, "seed" | "samples" | "probabilityOverrides"> | string {
  const risk: { seed?: number; samples?: number; probabilityOverrides?: Record<string, number> } = {};
  if (raw.seed !== undefined) {
    if (!finiteIn(raw.seed, 0, MAX_SEED) || !Number.isInteger(raw.seed)) return text.badSeed(MAX_SEED);
    risk.seed = raw.seed;
  }
  if (raw.samples !== undefined) {
    if (!finiteIn(raw.samples, MIN_SAMPLES, MAX_SAMPLES) || !Number.isInteger(raw.samples)) return text.badSamples(MIN_SAMPLES, MAX_SAMPLES);
    risk.samples = raw.samples;
  }
  if (isRecord(raw.probabilityOverrides)) {
    const probabilities: Record<string, number> = {};
    for (const [key, p] of Object.entries(raw.probabilityOverrides)) {
      if (!known("dealIndex", key)) return text.unknownProbabilityDeal(key.slice(0, 40));
      if (!finiteIn(p, 0, 1)) return text.badProbability(key);
      probabilities[key] = p;
    }
    if (Object.keys(probabilities).length > 0) risk.probabilityOverrides = probabilities;
  }
  return risk;
}

/**
 * Schema 1 (the first pane prototype) kept assumption values flat on the scenario and had no ramps,
 * mixes or prices. Each migration takes one version to the next.
 */
const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {
  1: (doc) => ({
    schema: 2,
    catalogVersion: doc.catalogVersion,
    scenarios: (Array.isArray(doc.scenarios) ? doc.scenarios : []).map((s: unknown) => {
      if (!isRecord(s)) return s;
      const overrides = Object.fromEntries(ASSUMPTIONS.filter((a) => a.key in s).map((a) => [a.key, s[a.key]]));
      return { name: s.name, case: s.case ?? "base", overrides, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} };
    }),
  }),
};

/** A stored whole document (schema 1 or 2) as its catalog version and raw entries, or why it cannot be used. */
export interface LegacyDocument {
  readonly catalogVersion: string;
  /** The entries as stored (after migration to schema 2), readable or not, in order. */
  readonly entries: readonly unknown[];
  readonly fatal?: string;
}

export function readLegacyDocument(json: string, catalogVersion: string, text: ScenarioText = SCENARIO_TEXT_EN): LegacyDocument {
  const refused = (fatal: string): LegacyDocument => ({ catalogVersion, entries: [], fatal });
  // No size check here: readStore has already refused a store (this document included) over MAX_STORE_CHARS.
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refused(text.notJson);
  }
  if (!isRecord(raw) || typeof raw.schema !== "number") return refused(text.noSchema);
  if (raw.schema > SCHEMA_VERSION) return refused(text.newer(raw.schema));
  // A list of scenarios that is not a list was written by something else: read-only, never overwritten.
  if (raw.scenarios !== undefined && !Array.isArray(raw.scenarios)) return refused(text.wrongShape);
  let doc: Record<string, unknown> = raw;
  while ((doc.schema as number) < SCHEMA_VERSION) {
    const migrate = MIGRATIONS[doc.schema as number];
    if (migrate === undefined) return refused(text.unknownSchema(doc.schema as number));
    doc = migrate(doc);
  }
  const version = typeof doc.catalogVersion === "string" && doc.catalogVersion.length < 40 ? doc.catalogVersion : catalogVersion;
  return { catalogVersion: version, entries: Array.isArray(doc.scenarios) ? doc.scenarios : [] };
}

/** The name of a stored entry where one can be read, for messages. */
export function storedName(entry: unknown): string | undefined {
  return isRecord(entry) && typeof entry.name === "string" ? entry.name.slice(0, MAX_NAME_LENGTH) : undefined;
}

/** Editing operations: each returns a new document or the reason it cannot (immutable, like the data). */
export type EditResult = { document: ScenarioDocument; error?: undefined } | { document?: undefined; error: string };

function find(doc: ScenarioDocument, name: string): ScenarioData | undefined {
  const key = scenarioKey(name);
  return doc.scenarios.find((s) => scenarioKey(s.name) === key);
}

function checkNewName(doc: ScenarioDocument, name: string, text: ScenarioText, except?: string): string | undefined {
  const problem = nameProblem(name, text);
  if (problem) return sentence(problem);
  const existing = find(doc, name);
  if (existing && (except === undefined || scenarioKey(existing.name) !== scenarioKey(except))) return text.exists(existing.name, name.trim());
  if (doc.scenarios.length >= MAX_SCENARIOS && except === undefined) return text.full(MAX_SCENARIOS);
  return undefined;
}

/** A new scenario pins the catalog version it is built on (the current one unless told). */
export function blankScenario(name: string, catalogVersion: string = CATALOG_VERSION): ScenarioData {
  return { name: name.trim(), case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {}, catalogVersion };
}

export function addScenario(doc: ScenarioDocument, name: string, text: ScenarioText = SCENARIO_TEXT_EN): EditResult {
  const error = checkNewName(doc, name, text);
  return error ? { error } : { document: { ...doc, scenarios: [...doc.scenarios, blankScenario(name)] } };
}

export function duplicateScenario(doc: ScenarioDocument, source: string, name: string, text: ScenarioText = SCENARIO_TEXT_EN): EditResult {
  const original = find(doc, source);
  if (!original) return { error: text.noSuch(source) };
  const error = checkNewName(doc, name, text);
  return error ? { error } : { document: { ...doc, scenarios: [...doc.scenarios, { ...original, name: name.trim() }] } };
}

export function renameScenario(doc: ScenarioDocument, from: string, to: string, text: ScenarioText = SCENARIO_TEXT_EN): EditResult {
  const original = find(doc, from);
  if (!original) return { error: text.noSuch(from) };
  const error = checkNewName(doc, to, text, original.name);
  if (error) return { error };
  return { document: { ...doc, scenarios: doc.scenarios.map((s) => (s === original ? { ...s, name: to.trim() } : s)) } };
}

export function deleteScenario(doc: ScenarioDocument, name: string, text: ScenarioText = SCENARIO_TEXT_EN): EditResult {
  const original = find(doc, name);
  if (!original) return { error: text.noSuch(name) };
  return { document: { ...doc, scenarios: doc.scenarios.filter((s) => s !== original) } };
}

/** Replaces a scenario's settings after validating the result as if it had been read from a workbook. */
export function updateScenario(doc: ScenarioDocument, name: string, next: Omit<ScenarioData, "name">, text: ScenarioText = SCENARIO_TEXT_EN): EditResult {
  const original = find(doc, name);
  if (!original) return { error: text.noSuch(name) };
  // An edit keeps the scenario's pin unless it sets another (moving to a newer catalog is an edit of its own).
  const { scenario, problem } = validateScenario({ ...next, catalogVersion: next.catalogVersion ?? original.catalogVersion, name: original.name }, text);
  if (!scenario) return { error: sentence(problem!) };
  return { document: { ...doc, scenarios: doc.scenarios.map((s) => (s === original ? scenario : s)) } };
}
