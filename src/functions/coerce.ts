/**
 * Turns one raw Excel argument into a scalar, the way every GW function reads its arguments:
 * `null`/`undefined` (omitted), a 1×1 range unwrapped, an error value passed through, numeric
 * text read in the workbook's number culture (src/model/number-text.ts). The typed parameters in params.ts build on these.
 */
import { messages } from "../i18n/messages";
import { describeSeparator, readNumberText, type NumberCulture } from "../model/number-text";
import { GwError, incomingErrorCode, numError, valueError } from "./errors";

export type Scalar = number | string | boolean;

/** The omitted marker: Excel passes null for an omitted optional argument; an empty cell or "" is the same to us. */
export const OMITTED = undefined;

export function scalarOf(raw: unknown, arg: string): Scalar | undefined {
  let value = raw;
  if (Array.isArray(value)) {
    if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) throw valueError(messages().notOneCell(arg));
    value = value[0][0];
  }
  if (value === null || value === undefined) return OMITTED;
  switch (typeof value) {
    case "number":
    case "boolean":
      return value;
    case "string":
      return value.trim() === "" ? OMITTED : value;
    case "object": {
      const code = incomingErrorCode(value);
      throw new GwError(code ?? "#VALUE!", `${arg}: the argument is an error value (${code}).`);
    }
    default:
      throw valueError(messages().notANumber(arg, typeof value));
  }
}

/**
 * The workbook's number culture, published by the shared runtime once it has read it from Excel
 * (src/office/culture.ts); undefined until then, and then ambiguous numeric text is an error.
 */
let culture: NumberCulture | undefined;

/** Sets the culture numeric text is read in; returns whether it changed (formulas then recalculate). */
export function publishNumberCulture(next: NumberCulture | undefined): boolean {
  const same = culture === next || (culture !== undefined && next !== undefined && culture.decimal === next.decimal &&
    culture.group === next.group && culture.pairGroups === next.pairGroups);
  culture = next;
  return !same;
}

export function numberCulture(): NumberCulture | undefined {
  return culture;
}

export function describe(value: Scalar): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A finite number from a scalar; booleans are refused (a TRUE where gigawatts belong is a mistake). */
export function toNumber(value: Scalar, arg: string): number {
  let n: number | undefined;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const reading = readNumberText(value, culture);
    if (reading.problem === "format") {
      throw valueError(messages().numberNotInCulture(arg, describe(value), describeSeparator(culture!.decimal, messages().spaceMark()), describeSeparator(culture!.group, messages().spaceMark())));
    }
    if (reading.problem === "ambiguous") throw valueError(messages().numberAmbiguous(arg, describe(value), reading.readings!.map(String)));
    n = reading.value;
  }
  if (n === undefined) throw valueError(messages().notANumber(arg, describe(value)));
  if (!Number.isFinite(n)) throw numError(messages().notFinite(arg));
  return flushTiny(n);
}

/** Excel's smallest positive number is 2.2251E-308; below it (IEEE subnormals) Excel stores 0, and so do we. */
export const SMALLEST_NORMAL = 2.2250738585072014e-308;

export function flushTiny(n: number): number {
  return Math.abs(n) < SMALLEST_NORMAL ? 0 : n;
}
