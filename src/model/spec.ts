/** Catalog figures as users ask for them by field name: SPEC, SOURCE and the SYSTEMS table. */
import { type Case, type DateFigure, type Figure, type FigureKind, sourceOf, type SystemSpec, SYSTEMS } from "./catalog";
import { serialFromIso } from "./dates";

type NumericField = "accelerators_per_system" | "chip_tdp_kw" | "system_kw" | "hbm_gb" | "sram_gb"
  | "fp8_pflops" | "fp4_pflops" | "price_per_accelerator" | "price_per_system";
type TextField = "key" | "name" | "vendor" | "family" | "accelerator_unit";
export type SpecField = NumericField | TextField | "available";

/** Field names are public API (typed in cells). */
const NUMERIC: Readonly<Record<NumericField, (s: SystemSpec) => Figure | null>> = {
  accelerators_per_system: (s) => s.acceleratorsPerSystem,
  chip_tdp_kw: (s) => s.chipTdpKw,
  system_kw: (s) => s.systemKw,
  hbm_gb: (s) => s.hbmGb,
  sram_gb: (s) => s.sramGb,
  fp8_pflops: (s) => s.fp8Pflops,
  fp4_pflops: (s) => s.fp4Pflops,
  price_per_accelerator: (s) => s.pricePerAcceleratorUsd,
  price_per_system: (s) => s.pricePerSystemUsd,
};
const TEXT: Readonly<Record<TextField, (s: SystemSpec) => string>> = {
  key: (s) => s.key,
  name: (s) => s.name,
  vendor: (s) => s.vendor,
  family: (s) => s.family,
  accelerator_unit: (s) => s.acceleratorUnit,
};

/** Text fields (key, name, vendor, …) describe the catalog entry itself rather than cite a figure. */
export function isTextField(field: SpecField): field is TextField {
  return field in TEXT;
}

export const SPEC_FIELDS: readonly SpecField[] = [...Object.keys(TEXT), ...Object.keys(NUMERIC), "available"] as SpecField[];

/** A figure's value for the case, a date as an Excel serial, a text field as text; null when unpublished. */
export function specValue(system: SystemSpec, field: SpecField, c: Case): number | string | null {
  if (field === "available") return serialFromIso(system.available[c]) ?? null;
  if (isTextField(field)) return TEXT[field](system);
  const figure = NUMERIC[field as NumericField](system);
  return figure === null ? null : figure[c];
}

export function specFigure(system: SystemSpec, field: SpecField): Figure | DateFigure | null {
  if (field === "available") return system.available;
  if (isTextField(field)) return null;
  return NUMERIC[field as NumericField](system);
}

const KIND_LABEL: Readonly<Record<FigureKind, string>> = {
  reported: "Reported",
  derived: "Derived",
  unconfirmed: "Reported, unconfirmed",
  assumption: "Gigawatt assumption",
};

/** "Reported: Morgan Stanley note … (2026-06-25) https://… — note" */
export function citation(figure: Figure | DateFigure): string {
  const source = sourceOf(figure.source);
  const where = source === undefined ? figure.source : `${source.title} (${source.date})${source.url ? " " + source.url : ""}`;
  return `${KIND_LABEL[figure.kind]}: ${where}${figure.note ? " — " + figure.note : ""}`;
}

export const SYSTEM_TABLE_HEADER = [
  "Key", "Name", "Vendor", "Family", "Accelerator", "Accelerators per system", "Chip TDP (kW)", "System power (kW)",
  "HBM (GB)", "SRAM (GB)", "FP8 dense (PFLOPS)", "FP4 dense (PFLOPS)", "Available", "Price per accelerator (USD)",
  "Price per system (USD)",
] as const;

const TABLE_FIELDS: readonly SpecField[] = [
  "key", "name", "vendor", "family", "accelerator_unit", "accelerators_per_system", "chip_tdp_kw", "system_kw",
  "hbm_gb", "sram_gb", "fp8_pflops", "fp4_pflops", "available", "price_per_accelerator", "price_per_system",
];

/** Base-case rows; unpublished figures are empty text, which Excel shows as a blank cell. */
export function systemTable(): (string | number)[][] {
  return SYSTEMS.map((system) => TABLE_FIELDS.map((field) => specValue(system, field, "base") ?? ""));
}
