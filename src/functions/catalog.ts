/** GW.VERSION, GW.SPEC, GW.SOURCE, GW.SYSTEMS, GW.ASSUMPTIONS: the catalog as cells and tables, one declaration each (see CONTRIBUTING.md). */
import { CATALOG_VERSION, CATALOG_VERSIONS, SOURCES as SOURCES_NOW, VERSIONS_HEADER, sourceOf, versionRows, type Figure, type Source, type SystemSpec } from "../model/catalog";
import { CHANGES_HEADER, catalogChanges } from "../model/catalog/changes";
import { type SpecField, SPEC_FIELDS, SYSTEM_TABLE_HEADER, citation, isTextField, notApplicable, specFigure, specValue, systemTable } from "../model/spec";
import { messages } from "../i18n/messages";
import { scalarOf } from "./coerce";
import { defineFunction, type Cell, type ResultKind } from "./define";
import { systemEntity } from "./entities";
import { notAvailable, valueError } from "./errors";
import { booleanParam, caseParam, requiredChoiceParam, scenarioParam, systemParam, type Param } from "./params";
import { isStatistic } from "./estimate";
import { sampledFactor } from "./risk";
import { DEFAULT_SCENARIO, catalogOf } from "./scenarios";
import { COMPLETION_ASSUMPTIONS } from "../model/risk/completion";
import { describeDistribution } from "../model/risk/distributions";
import { serialFromCatalogDate } from "../model/spec";
import type { Statistic } from "../model/risk/percentiles";

/**
 * A percentile or the mean of a figure's triangular distribution, from the same draws the formulas
 * use (SPEC has no scenario: the default seed and sample count). A date's statistic is a whole day.
 */
function sampledSpec(system: SystemSpec, field: SpecField, statistic: Statistic): number {
  const figure = specFigure(system, field);
  if (figure === null) throw notAvailable(missing(system, field));
  if (field === "available") {
    const serials = { low: serialFromCatalogDate(system.available.low)!, base: serialFromCatalogDate(system.available.base)!, high: serialFromCatalogDate(system.available.high)! };
    return Math.floor(sampledFactor(["SPEC", system, field], statistic, DEFAULT_SCENARIO, undefined, (s) => s.specFigure(system, field, serials)));
  }
  return sampledFactor(["SPEC", system, field], statistic, DEFAULT_SCENARIO, undefined, (s) => s.specFigure(system, field, figure as Figure));
}

/** Why a figure is missing: the design has no such thing, or nobody published it. */
function missing(system: SystemSpec, field: SpecField): string {
  const why = notApplicable(system, field);
  return why !== undefined ? messages().notApplicable(field, system.name, why) : messages().notPublished(field, system.name);
}

/**
 * Declared as a matrix so that `list` can spill a table; the default call is a 1 × 1 result, which Excel
 * shows as the one value, so `=GW.VERSION()` in existing workbooks shows what it always showed.
 */
export const VERSION = defineFunction({
  id: "VERSION",
  description: "The current catalog version: formulas without a scenario compute with it (a scenario computes with the version it is pinned to). With list TRUE, every kept version as a table.",
  params: [
    booleanParam("list", false, "TRUE: every kept catalog version as a table (Version, Released, Systems, Deals, Note, Status). FALSE or omitted: the current version in one cell."),
  ],
  result: "matrix",
  returns: { kind: "table", description: "The current catalog version, e.g. 2026.11.1, in one cell; with list TRUE a table of the kept versions, oldest first, the current one marked \"current\" in Status." },
  compute: (list) => (list ? [[...VERSIONS_HEADER], ...versionRows()] : [[CATALOG_VERSION]]),
});

/** How SPEC's numbers show where Excel formats them; other fields stay plain. */
const SPEC_KINDS: Readonly<Partial<Record<SpecField, ResultKind>>> = {
  available: "date", accelerators_per_system: "count", price_per_accelerator: "usd", price_per_system: "usd",
};

export const SPEC = defineFunction({
  id: "SPEC",
  description: "One figure of a system from the catalog.",
  params: [
    systemParam("system", "System key or alias."),
    requiredChoiceParam("field", SPEC_FIELDS,
      "One of: key, name, vendor, family, accelerator_unit, accelerators_per_system, chip_tdp_kw, system_kw, hbm_gb, sram_gb, fp8_pflops, fp4_pflops, price_per_accelerator, price_per_system, available (an Excel date)."),
    caseParam('"low", "base" (default) or "high"; or "p1" … "p99" or "mean" of the figure\'s simulated distribution.'),
  ],
  result: "scalar",
  returns: { kind: "value", description: "The figure (number, date or text)." },
  formatAs: (_system, field) => SPEC_KINDS[field],
  compute(system, field, estimate) {
    if (isStatistic(estimate) && !isTextField(field)) return sampledSpec(system, field, estimate);
    const value = specValue(system, field, isStatistic(estimate) ? "base" : estimate ?? "base");
    if (value === null) throw notAvailable(missing(system, field));
    return value;
  },
});

export const SOURCE = defineFunction({
  id: "SOURCE",
  description: "Where a catalog figure comes from: reported, derived, unconfirmed or assumed, with source, date and URL.",
  params: [systemParam("system", "System key or alias."), requiredChoiceParam("field", SPEC_FIELDS, "A field name as in GW.SPEC.")],
  result: "scalar",
  returns: { kind: "text", description: "Citation text." },
  compute(system, field) {
    const figure = specFigure(system, field);
    if (figure === null) {
      if (isTextField(field)) return "Gigawatt catalog " + CATALOG_VERSION;
      const why = notApplicable(system, field);
      if (why !== undefined) return `Not applicable: ${why}`;
      throw notAvailable(messages().notPublished(field, system.name));
    }
    return `${citation(figure)} ${describeDistribution(figure)}`;
  },
});

export const SYSTEMS = defineFunction({
  id: "SYSTEMS",
  description: "All systems in the catalog with their base figures, as a table with a header row.",
  params: [],
  result: "matrix",
  returns: { kind: "table", description: "Table of systems." },
  compute: () => [[...SYSTEM_TABLE_HEADER], ...systemTable()],
});

/** Columns are public API: new ones go at the end. */
const ASSUMPTION_HEADER = ["Key", "Description", "Low", "Base", "High", "Unit", "Kind", "Source", "Scenario value", "Simulated as"];

function sourceText(id: string, sources: ReadonlyMap<string, Source> = SOURCES_NOW): string {
  const source = sources.get(id) ?? sourceOf(id);
  return source ? `${source.title} (${source.date ?? "undated"})` : id;
}

export const ASSUMPTIONS_TABLE = defineFunction({
  id: "ASSUMPTIONS",
  description: "The planning assumptions (PUE, overheads, prices, lives) with their ranges and sources, as a table.",
  params: [scenarioParam("Name of a scenario stored in this workbook; its values fill the last column.")],
  result: "matrix",
  returns: { kind: "table", description: "Table of assumptions." },
  compute(scenario) {
    // A scenario reads the catalog version it pins: its ranges and their sources.
    const catalog = catalogOf(scenario);
    const rows: Cell[][] = catalog.assumptions.map((a) => [a.key, a.description, a.low, a.base, a.high, a.unit, a.kind, sourceText(a.source, catalog.sources),
      scenario.overrides[a.key as keyof typeof scenario.overrides] ?? a[scenario.case], describeDistribution(a)]);
    // Deal risk: each status's completion probability, a Bernoulli draw per deal in p1 … p99 and mean estimates.
    const completion: Cell[][] = COMPLETION_ASSUMPTIONS.map((a) => [a.key, a.description, a.low, a.base, a.high, a.unit, a.kind,
      sourceText(a.source), a.base, `Bernoulli: delivered with probability ${a.base}, else nothing (one draw per deal for all its tranches). ${a.note ?? ""}`.trim()]);
    return [[...ASSUMPTION_HEADER], ...rows, ...completion];
  },
});

export const SYSTEM = defineFunction({
  id: "SYSTEM",
  description: "A system as a card with every catalog figure, its unit, range and source; elsewhere its name. Pass the card wherever a system key goes.",
  params: [systemParam("system", "System key or alias.")],
  result: "scalar",
  returns: { kind: "entity", description: "A card of the system where Excel supports data types, else its display name." },
  compute: (system) => system.name,
  entity: (system) => systemEntity(system),
});

/** A kept catalog version (text such as "2026.11.0"); an unknown one is #N/A naming the kept versions. */
function versionParam(name: string, optional: boolean, description: string): Param<string> {
  return {
    name, kind: "choice", optional, allowed: CATALOG_VERSIONS, description, ...(optional ? { default: CATALOG_VERSION } : {}),
    coerce(raw) {
      const value = scalarOf(raw, name);
      if (value === undefined) {
        if (optional) return CATALOG_VERSION;
        throw valueError(messages().missing(name));
      }
      const text = String(value).trim();
      if (!CATALOG_VERSIONS.includes(text)) throw notAvailable(messages().unknownVersion(name, text, CATALOG_VERSIONS));
      return text;
    },
  };
}

export const CHANGES = defineFunction({
  id: "CHANGES",
  description: "What changed between two kept catalog versions: one row per changed field of every system, deal, assumption and source, with old and new value and the figure's source.",
  params: [
    versionParam("from_version", false, 'A kept catalog version, e.g. "2026.11.0".'),
    versionParam("to_version", true, "A kept catalog version. Default: the current one."),
  ],
  result: "matrix",
  returns: { kind: "table", description: "Table of changes (Item, Field, Old, New, Source); only the header when nothing changed." },
  compute: (from, to) => [[...CHANGES_HEADER], ...catalogChanges(from, to)],
});
