/**
 * Custom systems: a catalog system (`based_on`) with some of its GW.SPEC fields replaced by the user's
 * own figures ("GB300 at 140 kW a rack", "our negotiated price"). Every function that takes a system
 * takes one: the result is an ordinary SystemSpec, so the model computes with it unchanged. A replaced
 * figure is one number (low = base = high): the user's own assumption, not a range.
 */
import type { Figure, SystemSpec } from "./catalog";
import { PRICE_USD } from "./bounds";

type FigureKey = "acceleratorsPerSystem" | "chipTdpKw" | "systemKw" | "hbmGb" | "sramGb" | "bf16Pflops" | "fp8Pflops" | "fp4Pflops"
  | "pricePerAcceleratorUsd" | "pricePerSystemUsd";

interface CustomField {
  readonly figure: FigureKey;
  readonly unit: Figure["unit"];
  /** Inclusive bounds; `positive` excludes 0 (a figure that divides). */
  readonly min: number;
  readonly max: number;
  readonly positive?: boolean;
}

/** Fields a custom system may set: GW.SPEC's numeric field names (public API, typed in cells). */
export const CUSTOM_FIELDS: Readonly<Record<string, CustomField>> = {
  // At least one: a system holds whole accelerators, and 0.5 would silently double the systems per GW.
  accelerators_per_system: { figure: "acceleratorsPerSystem", unit: "count", min: 1, max: 1e6 },
  chip_tdp_kw: { figure: "chipTdpKw", unit: "kW", min: 0, max: 1e4, positive: true },
  system_kw: { figure: "systemKw", unit: "kW", min: 0, max: 1e6, positive: true },
  hbm_gb: { figure: "hbmGb", unit: "GB", min: 0, max: 1e7 },
  sram_gb: { figure: "sramGb", unit: "GB", min: 0, max: 1e7 },
  bf16_pflops: { figure: "bf16Pflops", unit: "PFLOPS", min: 0, max: 1e6 },
  fp8_pflops: { figure: "fp8Pflops", unit: "PFLOPS", min: 0, max: 1e6 },
  fp4_pflops: { figure: "fp4Pflops", unit: "PFLOPS", min: 0, max: 1e6 },
  price_per_accelerator: { figure: "pricePerAcceleratorUsd", unit: "USD", min: PRICE_USD.min, max: PRICE_USD.max },
  price_per_system: { figure: "pricePerSystemUsd", unit: "USD", min: PRICE_USD.min, max: PRICE_USD.max },
};
export const CUSTOM_FIELD_NAMES: readonly string[] = Object.keys(CUSTOM_FIELDS);
/** The row that names the catalog system a custom system starts from, and the optional display name. */
export const BASED_ON = "based_on";
export const CUSTOM_NAME = "name";

/** "System kW" → "system_kw", "based-on" → "based_on": how field cells are compared. */
export function normalizeField(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** Why a value cannot be a field's figure, or undefined when it can. */
export function fieldProblem(field: string, value: number): { min: number; max: number; positive: boolean } | undefined {
  const spec = CUSTOM_FIELDS[field];
  if (!Number.isFinite(value) || value < spec.min || value > spec.max || (spec.positive === true && value === 0)) {
    return { min: spec.min, max: spec.max, positive: spec.positive === true };
  }
  return undefined;
}

const interned = new Map<string, SystemSpec>();
const MAX_INTERNED = 2000;

/**
 * The base system with the given fields replaced. The same base, fields and name always give the same
 * object, so the functions' memos (keyed on the system object) keep working. The key stays the base's
 * unless the price changes, so a scenario's price for the base system still applies to a variant
 * that keeps its price, and never overrides a price set here.
 */
export function customSystem(base: SystemSpec, fields: ReadonlyMap<string, number>, name?: string): SystemSpec {
  // A Map's keys are distinct, so a comparator that never answers 0 is consistent.
  const entries = [...fields].sort(([a], [b]) => (a < b ? -1 : 1));
  const id = JSON.stringify([base.key, name ?? null, entries]);
  const known = interned.get(id);
  if (known !== undefined) return known;
  const replaced: Partial<Record<FigureKey, Figure>> = {};
  for (const [field, value] of entries) {
    const spec = CUSTOM_FIELDS[field];
    replaced[spec.figure] = {
      low: value, base: value, high: value, unit: spec.unit, kind: "assumption", source: "custom",
      note: `Set in the workbook (a custom system based on ${base.key}).`,
    } as Figure;
  }
  const label = name ?? `${base.name} (custom: ${entries.map(([f, v]) => `${f} ${v}`).join(", ")})`;
  const system = Object.freeze({
    ...base, ...replaced,
    key: fields.has("price_per_system") ? `${base.key}~custom` : base.key,
    name: label, aliases: [],
  }) as SystemSpec;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(id, system);
  return system;
}

export type CustomProblem =
  | { readonly code: "noBase" }
  | { readonly code: "unknownBase"; readonly value: string }
  | { readonly code: "unknownField"; readonly field: string }
  | { readonly code: "outOfRange"; readonly field: string; readonly min: number; readonly max: number; readonly positive: boolean };

/** A custom system from its rows, already read (field names normalised, values numbers), or what is wrong. */
export function buildCustomSystem(
  basedOn: string | undefined, fields: ReadonlyMap<string, number>, name: string | undefined,
  findSystem: (text: string) => SystemSpec | undefined,
): { system: SystemSpec; problem?: undefined } | { system?: undefined; problem: CustomProblem } {
  if (basedOn === undefined || basedOn.trim() === "") return { problem: { code: "noBase" } };
  const base = findSystem(basedOn.trim());
  if (base === undefined) return { problem: { code: "unknownBase", value: basedOn.trim() } };
  for (const [field, value] of fields) {
    if (!Object.prototype.hasOwnProperty.call(CUSTOM_FIELDS, field)) return { problem: { code: "unknownField", field } };
    const bad = fieldProblem(field, value);
    if (bad !== undefined) return { problem: { code: "outOfRange", field, ...bad } };
  }
  return { system: customSystem(base, fields, name) };
}
