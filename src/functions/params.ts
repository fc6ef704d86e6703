/**
 * Parameter declarations: each GW function lists its parameters once, as data (name, kind, description,
 * bounds, unit, default, allowed values), and everything else derives from that: the runner coerces
 * Excel's raw arguments through them before the model runs (modelled on HyperFormula's function
 * plugins), functions.json, the README reference and the help pages describe them (metadata.ts).
 * Bounds come from src/model/bounds.ts, shared with the scenarios.
 */
import { type AssumptionKey, type Catalog, CURRENT_CATALOG, type DealSpec, type SystemSpec } from "../model/catalog";
import type { Bounds } from "../model/bounds";
import { dateFrom } from "./date-arg";
import { messages } from "../i18n/messages";
import { ESTIMATES, type Estimate } from "./estimate";
import { describe, scalarOf, toNumber, type Scalar } from "./coerce";
import { notAvailable, numError, valueError } from "./errors";
import { findScenario, type Scenario, DEFAULT_SCENARIO } from "./scenarios";
import { isRange, NamedSystem, systemFromRange } from "./system-arg";
import { unknownDealText } from "./unknown-name";

/** What a parameter takes; the help pages and the fuzz tests read it. */
export type ParamKind = "number" | "date" | "choice" | "system" | "deal" | "scenario" | "table" | "boolean";

export interface Param<T> {
  /** The argument's name in Excel. Public API: never rename (test/fixtures/public-api.json). */
  readonly name: string;
  readonly kind: ParamKind;
  /** What Excel shows while typing the argument (English; German in src/i18n/functions.de.json). */
  readonly description: string;
  readonly optional: boolean;
  /** Whether Excel passes a whole range (a matrix parameter) rather than one value. */
  readonly matrix?: boolean;
  /** For a choice: the values it accepts (canonical spelling). */
  readonly allowed?: readonly string[];
  /** For a number: inclusive bounds (from src/model/bounds.ts) and its unit. */
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  /** What an omitted argument means: a fixed value, or the scenario's value of an assumption. */
  readonly default?: string | number;
  readonly defaultAssumption?: AssumptionKey;
  /**
   * Excel's raw argument as a typed value, or a GwError. `catalog` is the version the call reads (the
   * scenario argument's pinned version, read first by invoke()); systems and deals resolve in it.
   */
  coerce(raw: unknown, catalog?: Catalog): T;
}

function required(value: Scalar | undefined, name: string): Scalar {
  if (value === undefined) throw valueError(messages().missing(name));
  return value;
}

/** A number argument: its description, inclusive bounds (spread one from src/model/bounds.ts) and unit. */
interface NumberOptions extends Partial<Bounds> {
  readonly description: string;
  readonly unit?: string;
}

/** An optional number also says what stands in when it is omitted: a scenario's assumption (for the docs). */
interface OptionalNumberOptions extends NumberOptions {
  readonly defaultAssumption?: AssumptionKey;
}

function checkNumber(n: number, name: string, { min, max }: Partial<Bounds>): number {
  if (min !== undefined && n < min) throw numError(messages().tooSmall(name, String(min)));
  if (max !== undefined && n > max) throw numError(messages().tooLarge(name, String(max)));
  return n;
}

export function numberParam(name: string, options: NumberOptions): Param<number> {
  return {
    name, kind: "number", optional: false, description: options.description, min: options.min, max: options.max, unit: options.unit,
    coerce: (raw) => checkNumber(toNumber(required(scalarOf(raw, name), name), name), name, options),
  };
}

/** An optional number: undefined when omitted, so the model falls back to scenario or catalog. */
export function optionalNumberParam(name: string, options: OptionalNumberOptions): Param<number | undefined> {
  return {
    name, kind: "number", optional: true, description: options.description, min: options.min, max: options.max, unit: options.unit,
    defaultAssumption: options.defaultAssumption,
    coerce(raw) {
      const value = scalarOf(raw, name);
      return value === undefined ? undefined : checkNumber(toNumber(value, name), name, options);
    },
  };
}

const MAX_TEXT = 255; // Excel's limit for a text argument typed in a formula

function toText(value: Scalar, name: string): string {
  if (typeof value !== "string") throw valueError(messages().notText(name, describe(value)));
  if (value.length > MAX_TEXT) throw valueError(messages().tooLong(name, MAX_TEXT));
  return value.trim();
}

/** One of a fixed list, case-insensitive; returns the canonical spelling, or `fallback` when omitted. */
export function choiceParam<T extends string, F extends T | undefined = T>(name: string, allowed: readonly T[], fallback: F, description: string): Param<T | F> {
  const byLower = new Map(allowed.map((value) => [value.toLowerCase(), value]));
  return {
    name, kind: "choice", optional: true, allowed, default: fallback, description,
    coerce(raw) {
      const value = scalarOf(raw, name);
      if (value === undefined) return fallback;
      const text = toText(value, name);
      const found = byLower.get(text.toLowerCase());
      if (found === undefined) throw valueError(messages().notAllowed(name, text, allowed));
      return found;
    },
  };
}

export function requiredChoiceParam<T extends string>(name: string, allowed: readonly T[], description: string): Param<T> {
  const inner = choiceParam<T>(name, allowed, allowed[0], description);
  return {
    name, kind: "choice", optional: false, allowed, description,
    coerce: (raw) => {
      required(scalarOf(raw, name), name);
      return inner.coerce(raw);
    },
  };
}

/**
 * A system: a catalog key or alias, a two-column range of field/value rows (a custom system based on a
 * catalog one), or the name of a custom system in the formula's scenario (resolved by invoke(), which
 * knows the scenario; see system-arg.ts).
 */
export function systemParam(name: string, description: string): Param<SystemSpec> {
  return {
    name, kind: "system", optional: false, description, matrix: true,
    coerce(raw, catalog = CURRENT_CATALOG) {
      if (isRange(raw)) return systemFromRange(raw, name, catalog);
      const text = toText(required(scalarOf(raw, name), name), name);
      return catalog.systemIndex.find(text) ?? (new NamedSystem(text, name) as unknown as SystemSpec);
    },
  };
}

/**
 * A yes/no argument: TRUE or FALSE, as Excel passes them; also 1 and 0 (Excel's own functions read
 * those as TRUE and FALSE) and the text TRUE / FALSE (WAHR / FALSCH) from a cell. Anything else is
 * #VALUE!, not a guess; omitted is `fallback`.
 */
export function booleanParam(name: string, fallback: boolean, description: string): Param<boolean> {
  return {
    name, kind: "boolean", optional: true, default: fallback ? "TRUE" : "FALSE", description,
    coerce(raw) {
      const value = scalarOf(raw, name);
      if (value === undefined) return fallback;
      if (typeof value === "boolean") return value;
      if (value === 1 || value === 0) return value === 1;
      if (typeof value === "string") {
        const text = value.trim().toUpperCase();
        if (text === "TRUE" || text === "WAHR") return true;
        if (text === "FALSE" || text === "FALSCH") return false;
      }
      throw valueError(messages().notBoolean(name, describe(value)));
    },
  };
}

export function dateParam(name: string, description: string): Param<number> {
  return { name, kind: "date", optional: false, description, coerce: (raw) => dateFrom(required(scalarOf(raw, name), name), name) };
}

export function optionalDateParam(name: string, description: string): Param<number | undefined> {
  return {
    name, kind: "date", optional: true, description,
    coerce(raw) {
      const value = scalarOf(raw, name);
      return value === undefined ? undefined : dateFrom(value, name);
    },
  };
}

/** The trailing `scenario` argument: a scenario stored in this workbook, or the catalog defaults. */
export function scenarioParam(description = "Name of a scenario stored in this workbook. Default: catalog values."): Param<Scenario> {
  const name = "scenario";
  return {
    name, kind: "scenario", optional: true, description,
    coerce(raw) {
      const value = scalarOf(raw, name);
      if (value === undefined) return DEFAULT_SCENARIO;
      const text = toText(value, name);
      const found = findScenario(text);
      if (found === undefined) throw notAvailable(messages().unknownScenario(text));
      return found;
    },
  };
}

/**
 * The `estimate` argument: "low", "base" or "high" (the catalog's ends, exact), or a statistic of the
 * Monte Carlo distribution, "p1" … "p99" or "mean" (src/functions/risk.ts); omitted means the
 * scenario's case (base by default).
 */
export function caseParam(description = '"low", "base" (default) or "high"; or "p1" … "p99" or "mean" of 10,000 simulated outcomes.'): Param<Estimate | undefined> {
  const name = "estimate";
  const byLower = new Map(ESTIMATES.map((value) => [value.toLowerCase(), value]));
  return {
    name, kind: "choice", optional: true, allowed: ESTIMATES, default: "base", description,
    coerce(raw) {
      const value = scalarOf(raw, name);
      if (value === undefined) return undefined;
      const text = toText(value, name);
      const found = byLower.get(text.toLowerCase());
      if (found === undefined) throw valueError(messages().notEstimate(name, text));
      return found;
    },
  };
}

function resolveDeal(value: Scalar, name: string, catalog: Catalog): DealSpec {
  const text = toText(value, name);
  const found = catalog.dealIndex.find(text);
  if (found === undefined) throw notAvailable(unknownDealText(text, catalog.dealIndex));
  return found;
}

export function dealParam(name: string, description: string): Param<DealSpec> {
  return {
    name, kind: "deal", optional: false, description,
    coerce: (raw, catalog = CURRENT_CATALOG) => resolveDeal(required(scalarOf(raw, name), name), name, catalog),
  };
}

/** One deal id, or a range of them (a portfolio): empty cells are skipped, repeats count once. */
export function dealsParam(name: string, description: string): Param<DealSpec[]> {
  return {
    name, kind: "deal", optional: false, matrix: true, description,
    coerce(raw, catalog = CURRENT_CATALOG) {
      const cells = Array.isArray(raw) ? raw.flat() : [raw];
      const deals: DealSpec[] = [];
      for (const cell of cells) {
        const value = scalarOf(cell, name);
        if (value === undefined) continue;
        const deal = resolveDeal(value, name, catalog);
        if (!deals.includes(deal)) deals.push(deal);
      }
      if (deals.length === 0) throw valueError(Array.isArray(raw) ? messages().emptyRange(name) : messages().missing(name));
      return deals;
    },
  };
}

/** A system or nothing (RAMP's optional system). */
export function optionalSystemParam(name: string, description: string): Param<SystemSpec | undefined> {
  const inner = systemParam(name, description);
  return {
    name, kind: "system", optional: true, description, matrix: true,
    coerce: (raw, catalog) => (!isRange(raw) && scalarOf(raw, name) === undefined ? undefined : inner.coerce(raw, catalog)),
  };
}
