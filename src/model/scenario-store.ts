/**
 * Scenarios as co-authors share them. Each scenario is its own settings item
 * ("gigawatt.scenario.<id>") holding a revision, the trail of the last versions it grew from and the
 * scenario itself, so two people editing different scenarios write different items and both edits
 * survive. Saving reloads first and merges (src/model/scenario-merge.ts); an edit of a scenario that
 * a co-author changed meanwhile keeps their version and saves ours as a copy, and says so.
 *
 * What cannot be read is kept: an item we cannot parse, a scenario we reject, fields we do not know
 * and scenarios past the 100th are never rewritten (we write only the items we change, and rewrite
 * them on top of what was stored). "gigawatt.scenarios" holds a small header (schema 3); a whole
 * document from an older add-in (schema 1–2) there is read, and is split into items on the first save.
 * A header or document we cannot read makes the pane read-only.
 */
import {
  type Rejection, MAX_SCENARIOS, type ScenarioData, isRecord, readLegacyDocument, scenarioKey, storedName, unpinnedVersion, validateScenario,
} from "./scenario";
import { SCENARIO_TEXT_EN, type ScenarioText } from "./scenario-text";

export const HEADER_KEY = "gigawatt.scenarios";
export const ENTRY_PREFIX = "gigawatt.scenario.";
export const STORE_SCHEMA = 3;
/** All of Gigawatt's settings together, in characters: refused before writing, so what we write we can read. */
export const MAX_STORE_CHARS = 1_000_000;
/** How many past versions an item remembers, to tell "written on top of mine" from "written over mine". */
export const TRAIL_LENGTH = 32;
/** The author recorded for items split out of an older whole document (the same on every client). */
export const LEGACY_AUTHOR = "legacy";

export type Settings = Readonly<Record<string, string>>;

/** One stored item that could be read as an item (its scenario may still be rejected). */
export interface Version {
  readonly id: string;
  readonly rev: number;
  readonly by: string;
  readonly trail: readonly string[];
  readonly deleted: boolean;
  /** Creation time (ms): among two items with one name, the older keeps it. */
  readonly since: number;
  /** The item as stored: a rewrite starts from it, so fields a newer version added survive. */
  readonly wrapper: Readonly<Record<string, unknown>>;
  /** The scenario when it is readable and not deleted. */
  readonly data?: ScenarioData;
  readonly name?: string;
}

export interface StoreView {
  readonly layout: "empty" | "legacy" | "items";
  readonly catalogVersion: string;
  /** Readable items by id (legacy entries get deterministic ids). */
  readonly versions: ReadonlyMap<string, Version>;
  /** The scenarios the pane and the functions use: readable, not deleted, unique by name key, the first 100 by name. */
  readonly visible: readonly { readonly id: string; readonly data: ScenarioData }[];
  /** Readable items that lost their name to an older one ("Tight PUE" vs "Tight-PUE"), by id. */
  readonly hidden: ReadonlySet<string>;
  readonly rejected: readonly Rejection[];
  /** The whole store cannot be used (its header or old document); the pane is then read-only. */
  readonly fatal?: string;
  readonly readOnly: boolean;
  /** The stored settings this view was read from. */
  readonly settings: Settings;
}

export function tag(by: string, rev: number): string {
  return `${by}:${rev}`;
}

export function entryKey(id: string): string {
  return ENTRY_PREFIX + id;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function legacyId(index: number): string {
  return `legacy-${String(index).padStart(4, "0")}`;
}

/** Characters a set of settings takes (keys and values), as the size limit counts them. */
export function storeSize(settings: Settings): number {
  let size = 0;
  for (const [key, value] of Object.entries(settings)) if (isStoreKey(key)) size += key.length + value.length;
  return size;
}

function isStoreKey(key: string): boolean {
  return key === HEADER_KEY || key.startsWith(ENTRY_PREFIX);
}

type ItemReading = { version?: Version; rejection?: Rejection };

/**
 * Items are reread on every reload (each co-author's save), but an item's text rarely changes: its
 * reading is kept by text (per language of messages), bounded, and shared, since readings are never mutated.
 */
const readings = new WeakMap<ScenarioText, Map<string, ItemReading>>();
const MAX_READINGS = 2000;

function readItemCached(id: string, json: string, text: ScenarioText, fallbackVersion: string): ItemReading {
  let byText = readings.get(text);
  if (byText === undefined) readings.set(text, (byText = new Map()));
  const key = `${id}\u0000${fallbackVersion}\u0000${json}`;
  let reading = byText.get(key);
  if (reading === undefined) {
    reading = readItem(id, json, text, fallbackVersion);
    if (byText.size >= MAX_READINGS) byText.clear();
    byText.set(key, reading);
  }
  return reading;
}

/**
 * `fallbackVersion` is the catalog version a scenario stored without a pin reads (the header's): the
 * scenario comes back pinned to it, so the pane shows it and the next save records it.
 */
function readItem(id: string, json: string, text: ScenarioText, fallbackVersion: string): ItemReading {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { rejection: { reason: text.entryNotJson } };
  }
  if (!isRecord(raw) || typeof raw.schema !== "number") return { rejection: { reason: text.noSchema } };
  const name = storedName(raw.scenario);
  if (raw.schema > STORE_SCHEMA) return { rejection: { name, reason: text.newerEntry(raw.schema) } };
  if (raw.id !== id || typeof raw.rev !== "number" || !Number.isInteger(raw.rev) || raw.rev < 1 || typeof raw.by !== "string") {
    return { rejection: { name, reason: text.entryNoId } };
  }
  const trail = Array.isArray(raw.trail) ? raw.trail.filter((t): t is string => typeof t === "string") : [];
  const since = typeof raw.since === "number" && Number.isFinite(raw.since) ? raw.since : 0;
  const base = { id, rev: raw.rev, by: raw.by, trail, since, wrapper: raw, name };
  if (raw.deleted === true) return { version: { ...base, deleted: true } };
  const { scenario, problem } = validateScenario(raw.scenario, text, fallbackVersion);
  if (scenario === undefined) return { version: { ...base, deleted: false }, rejection: { name, reason: problem! } };
  return { version: { ...base, deleted: false, data: scenario, name: scenario.name } };
}

function legacyVersion(index: number, entry: unknown, text: ScenarioText, fallbackVersion: string): { version: Version; rejection?: Rejection } {
  const id = legacyId(index);
  const wrapper = { schema: STORE_SCHEMA, id, rev: 1, by: LEGACY_AUTHOR, trail: [tag(LEGACY_AUTHOR, 1)], since: index, scenario: entry };
  const { scenario, problem } = validateScenario(entry, text, fallbackVersion);
  const name = storedName(entry);
  const version: Version = { id, rev: 1, by: LEGACY_AUTHOR, trail: wrapper.trail, deleted: false, since: index, wrapper, data: scenario, name: scenario?.name ?? name };
  return { version, rejection: scenario === undefined ? { name, reason: problem! } : undefined };
}

/** Reads everything Gigawatt keeps in a workbook's settings. Never throws. */
export function readStore(settings: Settings, catalogVersion: string, text: ScenarioText = SCENARIO_TEXT_EN): StoreView {
  const rejected: Rejection[] = [];
  const versions = new Map<string, Version>();
  const refused = (fatal: string): StoreView => ({
    layout: "legacy", catalogVersion, versions, visible: [], hidden: new Set(), rejected: [], fatal, readOnly: true, settings,
  });
  // The loaders hand over text (anything else as its JSON); a value that is not text anyway came from
  // something else, and is refused whole (read-only, nothing overwritten) rather than misread or thrown on.
  if (Object.entries(settings).some(([key, value]) => isStoreKey(key) && typeof value !== "string")) return refused(text.notJson);
  if (storeSize(settings) > MAX_STORE_CHARS) return refused(text.tooLarge);
  let layout: StoreView["layout"] = "empty";
  let version = catalogVersion;
  const header = settings[HEADER_KEY];
  if (header !== undefined && header !== "") {
    let raw: unknown;
    try {
      raw = JSON.parse(header);
    } catch {
      return refused(text.notJson);
    }
    if (isRecord(raw) && typeof raw.schema === "number" && raw.schema > STORE_SCHEMA) return refused(text.newer(raw.schema));
    if (isRecord(raw) && raw.schema === STORE_SCHEMA) {
      layout = "items";
      if (typeof raw.catalogVersion === "string" && raw.catalogVersion.length < 40) version = raw.catalogVersion;
    } else {
      const legacy = readLegacyDocument(header, catalogVersion, text);
      if (legacy.fatal !== undefined) return refused(legacy.fatal);
      layout = "legacy";
      version = legacy.catalogVersion;
      legacy.entries.forEach((entry, index) => {
        const { version: v, rejection } = legacyVersion(index, entry, text, unpinnedVersion(version));
        versions.set(v.id, v);
        if (rejection) rejected.push(rejection);
      });
    }
  }
  for (const key of Object.keys(settings).sort()) {
    if (!key.startsWith(ENTRY_PREFIX)) continue;
    const id = key.slice(ENTRY_PREFIX.length);
    if (!ID.test(id) || versions.has(id)) continue;
    const { version: v, rejection } = readItemCached(id, settings[key], text, unpinnedVersion(version));
    if (v !== undefined) versions.set(id, v);
    if (rejection) rejected.push(rejection);
  }
  // One name, one scenario: the older item keeps a name; a younger one with the same key is hidden (and kept).
  const live = [...versions.values()].filter((v) => v.data !== undefined && !v.deleted)
    // Ids and keys are unique (map keys), so the tie-breaks never need to answer 0.
    .sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : 1));
  const byKey = new Map<string, Version>();
  const hidden = new Set<string>();
  for (const v of live) {
    const key = scenarioKey(v.data!.name);
    if (byKey.has(key)) {
      hidden.add(v.id);
      rejected.push({ name: v.name, reason: text.duplicateName });
    } else byKey.set(key, v);
  }
  const ordered = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  if (ordered.length > MAX_SCENARIOS) rejected.push({ reason: text.onlyFirst(MAX_SCENARIOS) });
  const visible = ordered.slice(0, MAX_SCENARIOS).map((v) => ({ id: v.id, data: v.data! }));
  return { layout, catalogVersion: version, versions, visible, hidden, rejected, readOnly: false, settings };
}

/** The stored text of a new version of an item: the old item's fields kept, ours on top. */
export function writeItem(
  previous: Version | undefined, id: string, by: string, since: number,
  content: { data: ScenarioData } | { deleted: true }, extra: Readonly<Record<string, unknown>> = {},
): { json: string; version: Version } {
  const rev = (previous?.rev ?? 0) + 1;
  const trail = [...(previous?.trail ?? []), tag(by, rev)].slice(-TRAIL_LENGTH);
  const old = previous?.wrapper ?? {};
  const wrapper: Record<string, unknown> = { ...old, ...extra, schema: STORE_SCHEMA, id, rev, by, trail, since: previous?.since ?? since };
  if ("deleted" in content) {
    wrapper.deleted = true;
    delete wrapper.scenario;
  } else {
    delete wrapper.deleted;
    wrapper.scenario = { ...(isRecord(old.scenario) ? old.scenario : {}), ...content.data };
  }
  const version: Version = {
    id, rev, by, trail, since: wrapper.since as number, wrapper, deleted: "deleted" in content,
    data: "deleted" in content ? undefined : content.data, name: "deleted" in content ? previous?.name : content.data.name,
  };
  return { json: JSON.stringify(wrapper), version };
}

export function headerJson(catalogVersion: string): string {
  return JSON.stringify({ schema: STORE_SCHEMA, catalogVersion });
}
