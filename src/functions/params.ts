/**
 * Parameter declarations: each GW function lists its parameters once, as data (name, type, default,
 * bounds, allowed values), and the runner coerces Excel's raw arguments through them before the model
 * runs (modelled on HyperFormula's function plugins). Names must equal the JSDoc @param names; a test checks it.
 */
import { CASES, type Case, DEAL_INDEX, type DealSpec, SYSTEM_INDEX, type SystemSpec } from "../model/catalog";
import { dateFrom } from "./date-arg";
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
