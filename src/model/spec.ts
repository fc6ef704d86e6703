/** Catalog figures as users ask for them by field name: SPEC, SOURCE and the SYSTEMS table. */
import { type Case, type DateFigure, type Figure, type FigureKind, sourceOf, type Source, type SystemField, type SystemSpec, SYSTEMS } from "./catalog";
import { serialFromIso } from "./dates";

/** A catalog date as an Excel serial: "2025-06" (day unknown) is the month's first day. */
export function serialFromCatalogDate(text: string): number | undefined {
  return serialFromIso(/^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text);
}

type NumericField = "accelerators_per_system" | "chip_tdp_kw" | "system_kw" | "hbm_gb" | "sram_gb"
  | "fp8_pflops" | "fp4_pflops" | "price_per_accelerator" | "price_per_system" | "bf16_pflops";
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
  bf16_pflops: (s) => s.bf16Pflops,
};

/** The data's name of each field that a design may lack (SystemSpec.notApplicable). */
const DATA_FIELD: Readonly<Partial<Record<SpecField, SystemField>>> = {
  hbm_gb: "hbmGb", sram_gb: "sramGb", bf16_pflops: "bf16Pflops", fp8_pflops: "fp8Pflops", fp4_pflops: "fp4Pflops",
};

/** Why a field does not exist for this system (the CS-3 has no HBM), or undefined when it does. */
export function notApplicable(system: SystemSpec, field: SpecField): string | undefined {
  const name = DATA_FIELD[field];
  return name === undefined ? undefined : system.notApplicable?.[name];
}
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

/** Public API in this order (workbooks and the recorded API): new fields go at the end. */
export const SPEC_FIELDS: readonly SpecField[] = [
  ...Object.keys(TEXT), ...Object.keys(NUMERIC).filter((f) => f !== "bf16_pflops"), "available", "bf16_pflops",
] as SpecField[];

/** A figure's value for the case, a date as an Excel serial, a text field as text; null when unpublished. */
export function specValue(system: SystemSpec, field: SpecField, c: Case): number | string | null {
  if (field === "available") return serialFromCatalogDate(system.available[c]) ?? null;
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

/** "Title (2026-06-25) https://…": how a source is named in cells. */
export function sourceLabel(source: Source): string {
  return `${source.title} (${source.date ?? "undated"})${source.url ? " " + source.url : ""}`;
}

/** "Reported: Morgan Stanley note … (2026-06-25) https://… — note" */
export function citation(figure: Figure | DateFigure): string {
  const source = sourceOf(figure.source);
  const where = source === undefined ? figure.source : sourceLabel(source);
  return `${KIND_LABEL[figure.kind]}: ${where}${figure.note ? " — " + figure.note : ""}`;
}

/** Columns are public API (workbooks index into the table): new ones go at the end. */
export const SYSTEM_TABLE_HEADER = [
  "Key", "Name", "Vendor", "Family", "Accelerator", "Accelerators per system", "Chip TDP (kW)", "System power (kW)",
  "HBM (GB)", "SRAM (GB)", "FP8 dense (PFLOPS)", "FP4 dense (PFLOPS)", "Available", "Price per accelerator (USD)",
  "Price per system (USD)", "BF16 dense (PFLOPS)",
] as const;

const TABLE_FIELDS: readonly SpecField[] = [
  "key", "name", "vendor", "family", "accelerator_unit", "accelerators_per_system", "chip_tdp_kw", "system_kw",
  "hbm_gb", "sram_gb", "fp8_pflops", "fp4_pflops", "available", "price_per_accelerator", "price_per_system", "bf16_pflops",
];

/** Text in a number column of GW.SYSTEMS where the field does not exist for the design. */
export const NOT_APPLICABLE_CELL = "n/a";

/** Base-case rows; unpublished figures are empty text (a blank cell), fields that do not apply "n/a". */
export function systemTable(systems: readonly SystemSpec[] = SYSTEMS): (string | number)[][] {
  return systems.map((system) => TABLE_FIELDS.map((field) =>
    specValue(system, field, "base") ?? (notApplicable(system, field) !== undefined ? NOT_APPLICABLE_CELL : "")));
}
