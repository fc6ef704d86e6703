/**
 * Parameter declarations: each GW function lists its parameters once, as data (name, type, default,
 * bounds, allowed values), and the runner coerces Excel's raw arguments through them before the model
 * runs (modelled on HyperFormula's function plugins). Names must equal the JSDoc @param names; a test checks it.
 */
import { CASES, type Case, DEAL_INDEX, type DealSpec, SYSTEM_INDEX, type SystemSpec } from "../model/catalog";
import { serialFromIso, serialFromYmd, FIRST_SERIAL, LAST_SERIAL } from "../model/dates";
import { messages } from "../i18n/messages";
import { describe, scalarOf, toNumber, type Scalar } from "./coerce";
import { notAvailable, numError, valueError } from "./errors";
import { findScenario, type Scenario, DEFAULT_SCENARIO } from "./scenarios";

export interface Param<T> {
  readonly name: string;
  readonly optional: boolean;
  /** Whether Excel passes a whole range (a matrix parameter) rather than one value. */
  readonly matrix?: boolean;
  /** For a choice: the values it accepts (canonical spelling). */
  readonly allowed?: readonly string[];
  coerce(raw: unknown): T;
}

function required(value: Scalar | undefined, name: string): Scalar {
  if (value === undefined) throw valueError(messages().missing(name));
  return value;
}

/** Inclusive bounds of a number argument. */
interface NumberOptions {
  readonly min?: number;
  readonly max?: number;
}

function checkNumber(n: number, name: string, { min, max }: NumberOptions): number {
  if (min !== undefined && n < min) throw numError(messages().tooSmall(name, String(min)));
  if (max !== undefined && n > max) throw numError(messages().tooLarge(name, String(max)));
  return n;
}

export function numberParam(name: string, options: NumberOptions = {}): Param<number> {
  return {
    name, optional: false,
    coerce: (raw) => checkNumber(toNumber(required(scalarOf(raw, name), name), name), name, options),
  };
}

/** An optional number: undefined when omitted, so the model falls back to scenario or catalog. */
export function optionalNumberParam(name: string, options: NumberOptions = {}): Param<number | undefined> {
  return {
    name, optional: true,
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
export function choiceParam<T extends string, F extends T | undefined = T>(name: string, allowed: readonly T[], fallback: F): Param<T | F> {
  const byLower = new Map(allowed.map((value) => [value.toLowerCase(), value]));
  return {
    name, optional: true, allowed,
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

export function requiredChoiceParam<T extends string>(name: string, allowed: readonly T[]): Param<T> {
  const inner = choiceParam<T>(name, allowed, allowed[0]);
  return {
    name, optional: false, allowed,
    coerce: (raw) => {
      required(scalarOf(raw, name), name);
      return inner.coerce(raw);
    },
  };
}

export function systemParam(name: string): Param<SystemSpec> {
  return {
    name, optional: false,
    coerce(raw) {
      const text = toText(required(scalarOf(raw, name), name), name);
      const found = SYSTEM_INDEX.find(text);
      if (found === undefined) throw notAvailable(messages().unknownSystem(text, SYSTEM_INDEX.suggest(text)));
      return found;
    },
  };
}

const YEAR_TEXT = /^(\d{4})$/;
const QUARTER_TEXT = /^(\d{4})[-\s]?Q([1-4])$/i;
const HALF_TEXT = /^(\d{4})[-\s]?H([12])$/i;
const MONTH_TEXT = /^(\d{4})-(\d{2})$/;

/**
 * A date as an Excel serial. Whole numbers 1900–9999 are years (1 January), since serials in that
 * range are dates in 1905–1927 that no one plans compute for; larger numbers are serials.
 * Text: ISO dates, years, "2027-03", "2027-Q1", "2027-H2" (the first day of that period).
 */
export function dateFrom(value: Scalar, name: string): number {
  let serial: number | undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw numError(messages().notFinite(name));
    serial = Number.isInteger(value) && value >= 1900 && value <= 9999 ? serialFromYmd(value, 1, 1) : Math.floor(value);
  } else if (typeof value === "string") {
    const text = value.trim();
    let m: RegExpExecArray | null;
    if ((m = YEAR_TEXT.exec(text))) serial = serialFromYmd(Number(m[1]), 1, 1);
    else if ((m = QUARTER_TEXT.exec(text))) serial = serialFromYmd(Number(m[1]), 3 * Number(m[2]) - 2, 1);
    else if ((m = HALF_TEXT.exec(text))) serial = serialFromYmd(Number(m[1]), Number(m[2]) === 1 ? 1 : 7, 1);
    else if ((m = MONTH_TEXT.exec(text)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) serial = serialFromYmd(Number(m[1]), Number(m[2]), 1);
    else serial = serialFromIso(text);
  }
  if (serial === undefined) throw valueError(messages().badDate(name, describe(value)));
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) throw numError(messages().dateOutOfRange(name));
  return serial;
}

export function dateParam(name: string): Param<number> {
  return { name, optional: false, coerce: (raw) => dateFrom(required(scalarOf(raw, name), name), name) };
}

export function optionalDateParam(name: string): Param<number | undefined> {
  return {
    name, optional: true,
    coerce(raw) {
      const value = scalarOf(raw, name);
      return value === undefined ? undefined : dateFrom(value, name);
    },
  };
}

/** The trailing `scenario` argument: a scenario stored in this workbook, or the catalog defaults. */
export function scenarioParam(name = "scenario"): Param<Scenario> {
  return {
    name, optional: true,
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

/** The `estimate` argument (low/base/high); omitted means the scenario's case (base by default). */
export function caseParam(name = "estimate"): Param<Case | undefined> {
  return choiceParam<Case, undefined>(name, CASES, undefined);
}

function resolveDeal(value: Scalar, name: string): DealSpec {
  const text = toText(value, name);
  const found = DEAL_INDEX.find(text);
  if (found === undefined) throw notAvailable(messages().unknownDeal(text, DEAL_INDEX.suggest(text)));
  return found;
}

export function dealParam(name = "deal"): Param<DealSpec> {
  return { name, optional: false, coerce: (raw) => resolveDeal(required(scalarOf(raw, name), name), name) };
}

/** One deal id, or a range of them (a portfolio): empty cells are skipped, repeats count once. */
export function dealsParam(name = "deal"): Param<DealSpec[]> {
  return {
    name, optional: false, matrix: true,
    coerce(raw) {
      const cells = Array.isArray(raw) ? raw.flat() : [raw];
      const deals: DealSpec[] = [];
      for (const cell of cells) {
        const value = scalarOf(cell, name);
        if (value === undefined) continue;
        const deal = resolveDeal(value, name);
        if (!deals.includes(deal)) deals.push(deal);
      }
      if (deals.length === 0) throw valueError(Array.isArray(raw) ? messages().emptyRange(name) : messages().missing(name));
      return deals;
    },
  };
}

/** A system or nothing (RAMP's optional system). */
export function optionalSystemParam(name: string): Param<SystemSpec | undefined> {
  const inner = systemParam(name);
  return { name, optional: true, coerce: (raw) => (scalarOf(raw, name) === undefined ? undefined : inner.coerce(raw)) };
}
